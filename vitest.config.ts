import { defineConfig } from 'vitest/config';

// Unit, property and golden tests: pure Node, no browser.
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
