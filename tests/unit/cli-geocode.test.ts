// Runs the real geocode CLI on hand-made bad inputs in a temp folder: every failure must name its
// file, the other files must still be processed, and the outputs must be valid JSON.
import { execFile } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleResult, ArticlesFile } from '../../src/core/types.ts';
import type { RunReport } from '../../src/core/article/run-report.ts';
import { toWindows1258 } from './helpers/windows-1258.ts';

const ROOT = join(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/geocode.ts');
const EXTRACTOR = join(ROOT, 'src/core/extract/geocode-article.ts');
const hasExtractor = existsSync(EXTRACTOR);
if (!hasExtractor)
  console.warn(`cli-geocode: ${EXTRACTOR} does not exist yet; CLI runs that need it are skipped`);

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function run(args: string[], cwd: string, timeout = 60_000): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      TSX,
      [SCRIPT, ...args],
      { cwd, timeout, maxBuffer: 64 * 1024 * 1024 },
      (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;

const ARTICLE_A =
  'Tỉnh Quảng Trị tiếp đoàn tỉnh Savannakhet\nNgày 4/5, lãnh đạo tỉnh Quảng Trị đã tiếp đoàn đại biểu tỉnh Savannakhet (Lào) sang thăm.\n';
const ARTICLE_UTF16 =
  'Tỉnh Nghệ An thăm tỉnh Bolikhamxay\nĐoàn đại biểu tỉnh Nghệ An đã sang thăm và làm việc tại tỉnh Bolikhamxay.\n';
const ARTICLE_1258 =
  'Tỉnh Tây Ninh tiếp đoàn tỉnh Svay Rieng\nChiều qua, lãnh đạo tỉnh Tây Ninh đã tiếp đoàn đại biểu tỉnh Svay Rieng (Campuchia).\n';
const SCRIPT_PAGE = `<!doctype html><html><head><title>Tỉnh Kon Tum thăm tỉnh Attapeu</title>
${'<script>var a = "tỉnh Điện Biên"; for (let i = 0; i < 9; i++) { track(i); }</script>\n'.repeat(200)}
<style>body { margin: 0 }</style></head><body><nav>Trang chủ | Thời sự</nav>
<article><h1>Tỉnh Kon Tum thăm tỉnh Attapeu</h1><script>document.write("Lai Châu")</script>
<p>Đoàn công tác tỉnh Kon Tum đã sang thăm tỉnh Attapeu (Lào) trong hai ngày.</p></article>
${'<script src="ads.js"></script>'.repeat(100)}</body></html>`;

describe('geocode CLI usage errors', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-cli-usage-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits 2 with a message when no input is given', async () => {
    const r = await run([], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no input files or folders/);
  });

  it('exits 2 on an unknown flag', async () => {
    const r = await run(['--frobnicate', 'a.txt'], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/unknown option '--frobnicate'/);
  });

  it('prints usage and exits 0 for --help', async () => {
    const r = await run(['--help'], dir);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/--ndjson/);
  });
});

describe.skipIf(!hasExtractor)('geocode CLI on bad and good inputs', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-cli-'));
    const inDir = join(dir, 'in');
    mkdirSync(join(inDir, 'sub'), { recursive: true });
    writeFileSync(join(inDir, 'empty.txt'), '');
    writeFileSync(
      join(inDir, 'binary.txt'),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48]),
    );
    writeFileSync(
      join(inDir, 'bad-utf8.txt'),
      Buffer.from([0x54, 0x69, 0x74, 0x6c, 0x65, 0x0a, 0x81, 0x8d, 0x8f, 0x90, 0x9d, 0x0a]),
    );
    writeFileSync(
      join(inDir, 'utf16.txt'),
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ARTICLE_UTF16, 'utf16le')]),
    );
    writeFileSync(join(inDir, 'legacy.txt'), toWindows1258(ARTICLE_1258));
    writeFileSync(join(inDir, 'scripts.html'), SCRIPT_PAGE);
    writeFileSync(join(inDir, 'a.txt'), ARTICLE_A);
    writeFileSync(join(inDir, 'sub', 'copy-of-a.txt'), ARTICLE_A.replace('\n', '\r\n'));
    writeFileSync(join(inDir, 'notes.docx'), 'PK');
    mkdirSync(join(dir, 'good'));
    writeFileSync(join(dir, 'good', 'a.txt'), ARTICLE_A);
    writeFileSync(join(dir, 'good', 'scripts.html'), SCRIPT_PAGE);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('names each failed file, goes on with the others, and exits 1', async () => {
    const r = await run(['--out', 'out', 'in'], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/in\/empty\.txt: empty file/);
    expect(r.stderr).toMatch(/in\/binary\.txt: binary file/);
    expect(r.stderr).toMatch(/in\/bad-utf8\.txt: not valid UTF-8/);
    // Files that are not articles are counted once in the summary, not listed one per line.
    expect(r.stderr).not.toMatch(/notes\.docx/);
    expect(r.stderr).toMatch(/1 skipped file \(not articles: 1 \.docx\)/);
    expect(r.stderr).toMatch(/in\/sub\/copy-of-a\.txt is the same article as in\/a\.txt/);

    const report = readJson<RunReport>(join(dir, 'out/report.json'));
    expect(report.errors.map((e) => e.file)).toEqual([
      'in/bad-utf8.txt',
      'in/binary.txt',
      'in/empty.txt',
    ]);
    expect(report.skipped.map((e) => e.file)).toEqual(['in/notes.docx']);
    expect(report.duplicates).toEqual([
      { id: expect.stringMatching(/^[0-9a-f]{16}$/), files: ['in/a.txt', 'in/sub/copy-of-a.txt'] },
    ]);
    expect(report.counts).toMatchObject({ articles: 4, duplicates: 1, failed: 3, skipped: 1 });

    const articles = readJson<ArticlesFile>(join(dir, 'out/articles.json'));
    expect(articles.articles.map((a) => a.title).sort()).toEqual([
      'Tỉnh Kon Tum thăm tỉnh Attapeu',
      'Tỉnh Nghệ An thăm tỉnh Bolikhamxay',
      'Tỉnh Quảng Trị tiếp đoàn tỉnh Savannakhet',
      'Tỉnh Tây Ninh tiếp đoàn tỉnh Svay Rieng',
    ]);
    expect(readJson<{ type: string }>(join(dir, 'out/places.geojson')).type).toBe(
      'FeatureCollection',
    );
    expect(readJson<{ type: string }>(join(dir, 'out/links.geojson')).type).toBe(
      'FeatureCollection',
    );
  });

  it('keeps script text out of what the extractor sees in an HTML page', async () => {
    const r = await run(['--ndjson', 'in/scripts.html'], dir);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.stdout) as ArticleResult;
    expect(result.places.map((p) => p.name).join(' ')).not.toMatch(/Điện Biên|Lai Châu/);
  });

  it('writes byte-identical files on a second run and exits 0 when every input is good', async () => {
    const first = await run(['--out', 'out-good', 'good'], dir);
    expect(first.code).toBe(0);
    const names = ['places.geojson', 'links.geojson', 'articles.json', 'report.json'];
    const before = names.map((n) => readFileSync(join(dir, 'out-good', n), 'utf8'));
    const second = await run(['--out', 'out-good', 'good', '--quiet'], dir);
    expect(second.code).toBe(0);
    expect(second.stderr.replace(/npm warn.*\n/g, '')).toBe('');
    expect(names.map((n) => readFileSync(join(dir, 'out-good', n), 'utf8'))).toEqual(before);
    for (const text of before) expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
  });

  it('--ndjson prints one ArticleResult line per article, keys in type order, and writes no files', async () => {
    const r = await run(['--ndjson', 'good'], dir);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(Object.keys(JSON.parse(line) as object)).toEqual([
        'file',
        'id',
        'title',
        'date',
        'url',
        'places',
        'links',
        'warnings',
      ]);
    }
    expect(existsSync(join(dir, 'geodata'))).toBe(false);
  });

  it('reads a file over 50 MB without crashing, warns that it was cut, and still processes the others', async () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    const fd = openSync(join(big, 'huge.txt'), 'w');
    try {
      writeSync(fd, 'Tỉnh Gia Lai tiếp đoàn tỉnh Ratanakiri\n');
      // Numbered paragraphs, so that the text is not one line repeated.
      for (let written = 0, n = 0; written <= 51 * 1024 * 1024; n++) {
        const lines = Array.from(
          { length: 1000 },
          (_, i) =>
            `Đoạn ${n * 1000 + i}: đoàn đại biểu tỉnh Ratanakiri đã sang thăm tỉnh Gia Lai.\n`,
        );
        written += writeSync(fd, lines.join(''));
      }
    } finally {
      closeSync(fd);
    }
    writeFileSync(join(big, 'small.txt'), ARTICLE_A);
    try {
      const r = await run(['--out', 'out-big', 'big'], dir, 180_000);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/big\/huge\.txt: file is 5\d\.\d MB; only the first/);
      const report = readJson<RunReport>(join(dir, 'out-big/report.json'));
      expect(report.counts.articles).toBe(2);
    } finally {
      rmSync(join(big, 'huge.txt'), { force: true });
    }
  }, 240_000);
});
