import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonText, writeFileAtomic } from '../../scripts/lib/atomic-write.ts';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'atlas-write-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates missing folders, writes the content and leaves no temp file', async () => {
    const path = join(dir, 'a/b/out.json');
    await writeFileAtomic(path, 'một\n');
    expect(readFileSync(path, 'utf8')).toBe('một\n');
    expect(readdirSync(join(dir, 'a/b'))).toEqual(['out.json']);
  });

  it('replaces an existing file whole', async () => {
    const path = join(dir, 'replace.txt');
    await writeFileAtomic(path, 'x'.repeat(10000));
    await writeFileAtomic(path, 'ngắn');
    expect(readFileSync(path, 'utf8')).toBe('ngắn');
  });

  it('throws and removes its temp file when the target cannot be replaced (a folder)', async () => {
    const target = join(dir, 'is-a-folder');
    mkdirSync(target);
    await expect(writeFileAtomic(target, 'x')).rejects.toThrow();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});

describe('jsonText', () => {
  it('writes 2-space JSON with a final newline', () => {
    expect(jsonText({ a: [1] })).toBe('{\n  "a": [\n    1\n  ]\n}\n');
  });
});
