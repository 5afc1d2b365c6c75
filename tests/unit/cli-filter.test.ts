// The stream filter contract (issue 9): `geocode -` answers every stdin line with one result
// line, in order; result lines of shards, merged with --from-results, give the same dataset and
// report as one run over the whole input, byte for byte, wherever the shards are cut.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { ROOT, datasetFiles, fixtureLines, geocode } from './helpers/run-cli.ts';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/geocode.ts');

describe('geocode - (stdin filter) and --from-results', () => {
  let dir: string;
  let input: string[];
  let single: Record<string, string>;
  let singleLines: string[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-filter-'));
    const articles = fixtureLines();
    // A blank line, a broken line and a copy of an earlier article, as real dumps have.
    input = [...articles.slice(0, 5), '', '{not json', articles[2]!, ...articles.slice(5)];
    const r = await geocode(['-', '--out', 'single', '--jobs', '2'], dir, input.join('\n') + '\n');
    expect(r.stderr).toMatch(/-:7: not valid JSON/);
    single = datasetFiles(join(dir, 'single'));
    singleLines = r.stdout.trimEnd().split('\n');
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes one result line per input line, in input order', () => {
    expect(singleLines).toHaveLength(input.length);
    const parsed = singleLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(parsed.map((p) => p.source)).toEqual(input.map((_, i) => `-:${i + 1}`));
    expect(parsed[5]).toEqual({ source: '-:6', blank: true });
    expect(parsed[6]).toMatchObject({ source: '-:7', error: expect.stringMatching(/JSON/) });
    expect(Object.keys(parsed[0]!)).toEqual([
      'source',
      'article',
      'inputWarnings',
      'dropped',
      'unresolved',
    ]);
  });

  it('exits 0 as a filter even when a line fails (the failure is in its result line)', async () => {
    const r = await geocode(['-', '--quiet'], dir, '{not json\n');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"error":"not valid JSON/);
    expect(r.stderr).toMatch(/error: -:1: not valid JSON/);
  });

  it('answers an empty stdin (an empty partition) with nothing, exit 0', async () => {
    const r = await geocode(['-', '--quiet'], dir, '');
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it.each([
    ['three shards', [0, 17, 34]],
    ['a cut between an article and its copy', [0, 3, 8]],
    ['one line, then the rest', [0, 1]],
  ])(
    'merges shards cut as %s into the single run, byte for byte',
    async (name, cuts) => {
      const bounds = [...cuts, input.length];
      const shardDir = join(dir, `shards-${name.replace(/\W+/g, '-')}`);
      mkdirSync(shardDir, { recursive: true });
      const results: string[] = [];
      for (let i = 0; i + 1 < bounds.length; i++) {
        const shard = input.slice(bounds[i], bounds[i + 1]);
        if (shard.length === 0) continue;
        const r = await geocode(['-', '--quiet', '--jobs', '1'], dir, shard.join('\n') + '\n');
        expect(r.code).toBe(0);
        const file = join(shardDir, `part-${String(i).padStart(5, '0')}`);
        writeFileSync(file, r.stdout);
        results.push(file);
      }
      const merged = join(shardDir, 'out');
      const r = await geocode(['--from-results', ...results, '--out', merged, '--quiet'], dir);
      expect(r.stderr).toMatch(/-:7: not valid JSON/);
      expect(datasetFiles(merged)).toEqual(single);
      // GNU parallel --pipe -k writes the shards' answers one after the other into one stream.
      const joined = join(shardDir, 'joined.ndjson');
      writeFileSync(joined, results.map((f) => readFileSync(f, 'utf8')).join(''));
      await geocode(['--from-results', joined, '--out', `${merged}-joined`, '--quiet'], dir);
      expect(datasetFiles(`${merged}-joined`)).toEqual(single);
    },
    120_000,
  );

  it('reads a folder of part-* files (as Spark and Hadoop write them) in name order', async () => {
    const parts = join(dir, 'spark-out');
    mkdirSync(parts);
    writeFileSync(join(parts, 'part-00000'), singleLines.slice(0, 4).join('\n') + '\n');
    writeFileSync(join(parts, 'part-00001'), singleLines.slice(4).join('\n') + '\n');
    writeFileSync(join(parts, '_SUCCESS'), '');
    writeFileSync(join(parts, '.part-00000.crc'), 'x');
    const r = await geocode(['--from-results', parts, '--out', join(dir, 'from-folder')], dir);
    expect(datasetFiles(join(dir, 'from-folder'))).toEqual(single);
    expect(r.code).toBe(1); // the broken input line is still a failed input
  }, 60_000);

  it('names the file and line of a broken result line and merges the others', async () => {
    const bad = join(dir, 'bad.ndjson');
    writeFileSync(
      bad,
      `${singleLines[0]}\n{"title":"an article, not a result"}\n${singleLines[1]}\n`,
    );
    const r = await geocode(['--from-results', bad, 'missing.ndjson', '--out', 'bad-out'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.ndjson:2: not a result line/);
    expect(r.stderr).toMatch(/missing\.ndjson: no such file or folder/);
    const articles = JSON.parse(readFileSync(join(dir, 'bad-out/articles.json'), 'utf8')) as {
      articles: unknown[];
    };
    expect(articles.articles).toHaveLength(2);
  }, 60_000);

  it('stops quietly, exit 0, when the reader closes the pipe early (| head)', async () => {
    const child = spawn(TSX, [SCRIPT, '-', '--quiet', '--jobs', '1'], { cwd: dir });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const big = Array.from({ length: 40 }, () => input.filter((l) => l.startsWith('{"'))).flat();
    child.stdin.on('error', () => undefined);
    child.stdin.end(big.join('\n') + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  }, 120_000);

  it('refuses "-" together with other inputs (usage error, exit 2)', async () => {
    const r = await geocode(['-', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/"-" \(stdin\) must be the only input/);
  });
});
