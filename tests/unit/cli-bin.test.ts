// The installed command: `friendship-atlas geocode …` is scripts/cli.ts bundled into one file
// (npm run build:cli, run by `npm ci` through "prepare"). Built here into a temp folder so that
// the test does not depend on an earlier build.
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, datasetFiles, geocode, runCommand } from './helpers/run-cli.ts';

describe('friendship-atlas (bundled bin)', () => {
  let dir: string;
  let bundle: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-bin-'));
    const r = await runCommand(
      join(ROOT, 'node_modules/.bin/vite'),
      ['build', '-c', 'scripts/cli.vite.config.ts', '--outDir', join(dir, 'bin')],
      ROOT,
    );
    expect(r.code, r.stderr).toBe(0);
    bundle = join(dir, 'bin/friendship-atlas.js');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is one file named by package.json "bin", starting with a node shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
      bin: Record<string, string>;
    };
    expect(pkg.bin['friendship-atlas']).toBe('dist-cli/friendship-atlas.js');
    expect(existsSync(bundle)).toBe(true);
    expect(readFileSync(bundle, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
  });

  it('is executable as it is built, so a rebuild never breaks an npx link made before', async () => {
    expect(statSync(bundle).mode & 0o111).toBe(0o111);
    const run = await runCommand(bundle, ['geocode', '--help'], dir);
    expect(run.code, run.stderr).toBe(0);
  });

  it('prints the geocode usage, and exits 2 for an unknown command', async () => {
    const help = await runCommand('node', [bundle, 'geocode', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--jobs/);
    const bad = await runCommand('node', [bundle, 'frobnicate'], dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/unknown command "frobnicate"/);
  });

  it('writes the same dataset as the source, with worker threads', async () => {
    const corpus = join(ROOT, 'tests/fixtures/corpus');
    const fromBundle = await runCommand(
      'node',
      [bundle, 'geocode', '--jobs', '2', '--quiet', '--out', 'bundled', corpus],
      dir,
    );
    expect(fromBundle.code, fromBundle.stderr).toBe(0);
    const fromSource = await geocode(['--jobs', '1', '--quiet', '--out', 'source', corpus], dir);
    expect(fromSource.code).toBe(0);
    expect(datasetFiles(join(dir, 'bundled'))).toEqual(datasetFiles(join(dir, 'source')));
  }, 60_000);
});
