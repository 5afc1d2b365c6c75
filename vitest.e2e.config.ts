import { defineConfig } from 'vitest/config';

// Browser tests: build the app once, serve dist/ on loopback, drive Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 120_000,
    // A failed test runs once more: CI once saw a page stop drawing frames for a minute after a
    // workbench edit, on a page the next tests shared. Tests open a page of their own, so a retry
    // starts afresh; none needs a second try on an idle machine.
    retry: 1,
    hookTimeout: 120_000,
    // expect.poll waits for the map (camera eases, tiles load, WebGL in software): 1 s, the
    // default, was too short when a second CI shared the two cores.
    expect: { poll: { timeout: 15_000 } },
    // One Chromium at a time: the machine has 2 cores and WebGL runs in software.
    fileParallelism: false,
  },
});
