import { defineConfig } from 'vitest/config';

// Browser tests: build the app once, serve dist/ on loopback, drive Debian's Chromium.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/support/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for the map (camera eases, tiles load, WebGL in software): 1 s, the
    // default, was too short when a second CI shared the two cores.
    expect: { poll: { timeout: 15_000 } },
    // One Chromium at a time: the machine has 2 cores and WebGL runs in software.
    fileParallelism: false,
  },
});
