// Builds the app and the embed once for all browser tests, with `npm run build` itself (the
// same configs and mode as `npm start`), into dist-test/: a running `npm start` keeps its dist/.
// E2E_SKIP_BUILD=1 reuses an existing complete dist-test/.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { TEST_DIST, folderStamp } from './test-dist.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** dist/ as it was before the test build ran (names and mtimes), to prove it was not touched. */
    distBefore: string;
  }
}

export default function setup(project: TestProject): void {
  project.provide('distBefore', folderStamp('dist'));
  const complete = ['index.html', 'embed.html', 'friendship-atlas.js'].every((f) =>
    existsSync(`${TEST_DIST}/${f}`),
  );
  if (process.env.E2E_SKIP_BUILD === '1' && complete) return;
  // Vitest sets NODE_ENV=test; the build must not inherit it (Svelte and Vite read it).
  const env: NodeJS.ProcessEnv = { ...process.env, ATLAS_OUT_DIR: TEST_DIST };
  delete env.NODE_ENV;
  execFileSync('npm', ['run', '--silent', 'build'], {
    stdio: 'inherit',
    env,
  });
}
