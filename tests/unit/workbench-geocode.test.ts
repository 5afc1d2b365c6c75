// The workbench's geocoding step (what the browser worker runs) against the CLI's, on committed
// articles of each input kind: the results must be the same, warnings and all.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processTask } from '../../scripts/lib/process-input.ts';
import { kindOf, readTasks } from '../../scripts/lib/read-input.ts';
import { geocodeDraft } from '../../src/app/workbench/geocode-draft.ts';
import { readFileBytes } from '../../src/app/workbench/read-article-input.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';

const gaz = builtinGazetteer();
const FILES = [
  'tests/fixtures/corpus/a01-quang-tri-savannakhet.txt',
  'tests/fixtures/corpus/a05-quang-ngai-2026.txt',
  'tests/fixtures/articles/visit-related-list.txt',
  'tests/fixtures/articles/page.html',
  'tests/fixtures/articles/portal-page.html',
];

describe('geocodeDraft (the browser worker) against the CLI', () => {
  for (const path of FILES) {
    it(`gives the CLI's result for ${basename(path)}`, async () => {
      // The CLI's own reading of the file, then its own processing.
      const tasks = readTasks({ path, display: path, kind: kindOf(path)! });
      const first = await tasks.next();
      if (first.done) throw new Error(`CLI read nothing from ${path}`);
      const cli = processTask(first.value.task, gaz);
      if (cli.kind !== 'article') throw new Error(`CLI failed on ${path}`);
      // The browser's reading of the same bytes, then the worker's processing.
      const read = readFileBytes(basename(path), new Uint8Array(readFileSync(path)));
      if (!('raw' in read)) throw new Error(`unreadable: ${read.problem}`);
      const draft = geocodeDraft(read.raw, gaz);
      expect(draft.original).toEqual(cli.result);
      expect(draft.original.links.length + draft.original.places.length).toBeGreaterThan(0);
    });
  }

  it('gives sentences inside the text, in order, that the evidence of every link lies in', () => {
    const raw = {
      file: 'a01.txt',
      kind: 'text' as const,
      content: readFileSync(FILES[0]!, 'utf8'),
    };
    const d = geocodeDraft(raw, gaz);
    for (const l of d.original.links) {
      const [s, e] = l.evidenceSpan;
      expect(d.sentences.some(([a, b]) => a <= s && e <= b)).toBe(true);
    }
  });
});
