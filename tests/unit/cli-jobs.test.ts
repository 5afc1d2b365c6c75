// --jobs N runs the extraction on worker threads; the output must not depend on N: same dataset
// bytes, same --ndjson lines in the same order, same messages.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, datasetFiles, fixtureLines, geocode } from './helpers/run-cli.ts';

describe('geocode --jobs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-jobs-'));
    for (const d of ['articles', 'corpus', 'corpus-blind', 'corpus-blind2', 'corpus-blind3'])
      cpSync(join(ROOT, 'tests/fixtures', d), join(dir, 'in', d), { recursive: true });
    // A copy, so that which file is "first" must survive the reordering.
    cpSync(join(dir, 'in/corpus/a01-quang-tri-savannakhet.txt'), join(dir, 'in/zz-copy.txt'));
    writeFileSync(join(dir, 'in/empty.txt'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the same dataset files and messages with --jobs 1 and --jobs 3', async () => {
    const one = await geocode(['--jobs', '1', '--out', 'one', 'in'], dir);
    const three = await geocode(['--jobs', '3', '--out', 'three', 'in'], dir);
    expect(one.code).toBe(1); // the empty file
    expect(three.code).toBe(1);
    const files = datasetFiles(join(dir, 'one'));
    expect(Object.keys(files)).toEqual([
      'articles.json',
      'links.geojson',
      'map.json',
      'places.geojson',
      'report.json',
    ]);
    expect(datasetFiles(join(dir, 'three'))).toEqual(files);
    const messages = (s: string) =>
      s.replace(/.* MB in .* s: .*\n/, '').replace(/written to .*/, '');
    expect(messages(three.stderr)).toEqual(messages(one.stderr));
    expect(one.stderr).toMatch(/zz-copy\.txt is the same article as in\/corpus\/a01/);
  }, 120_000);

  it('prints the same --ndjson lines in input order with --jobs 1 and --jobs 2', async () => {
    const one = await geocode(['--jobs', '1', '--ndjson', 'in'], dir);
    const two = await geocode(['--jobs', '2', '--ndjson', 'in'], dir);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.split('\n').length).toBeGreaterThan(40);
  }, 120_000);

  it('answers stdin the same with --jobs 1 and --jobs 2', async () => {
    const input = fixtureLines().join('\n') + '\n';
    const one = await geocode(['-', '--jobs', '1', '--quiet'], dir, input);
    const two = await geocode(['-', '--jobs', '2', '--quiet'], dir, input);
    expect(two.stdout).toBe(one.stdout);
  }, 120_000);

  it('rejects --jobs 0 as a usage error', async () => {
    const r = await geocode(['--jobs', '0', 'in'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--jobs.*whole number/);
  });
});
