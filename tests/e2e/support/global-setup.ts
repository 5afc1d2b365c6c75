// Builds the app once for all browser tests (unless E2E_SKIP_BUILD=1 and dist/ exists).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export default function setup(): void {
  if (process.env.E2E_SKIP_BUILD === '1' && existsSync('dist/index.html')) return;
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
}
