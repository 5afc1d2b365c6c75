// Bundles the CLI (scripts/cli.ts) and everything it imports, dependencies included, into one
// ESM file for Node: `npm run build:cli` (run by `npm ci` through "prepare"). Only Node's own
// modules stay outside; loading one file instead of hundreds is what makes startup fast.
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  root,
  publicDir: false,
  plugins: [
    {
      // npm marks a bin executable only when it links it: `npx friendship-atlas` reuses that link,
      // so a rebuilt bundle must keep the mode itself or the command fails "Permission denied".
      name: 'executable-bin',
      writeBundle(options, bundle) {
        for (const file of Object.keys(bundle)) chmodSync(join(options.dir!, file), 0o755);
      },
    },
  ],
  logLevel: 'warn',
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: 'scripts/cli.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rolldownOptions: {
      external: [...builtinModules, ...builtinModules.map((m) => `node:${m}`)],
      output: {
        format: 'es',
        entryFileNames: 'friendship-atlas.js',
        banner: '#!/usr/bin/env node',
        codeSplitting: false,
      },
    },
  },
});
