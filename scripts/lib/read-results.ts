// Reading result lines back for --from-results: files in the order given (a folder stands for
// its part-* files in name order, as Spark and Hadoop write them), line by line in constant
// memory. Stdin line numbers ("-:N") are numbered across the files, which works because the
// filter writes exactly one line per input line: shards merged in order get the numbers a single
// run over the whole input gives, so the dataset and the report are the same byte for byte.
// A new shard shows as numbers starting again (in a new file, or inside one file when GNU
// parallel -k concatenated the shards); numbers that go on from the previous line (a single
// run's output, cut up) are left as they are.
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileProblem } from '../../src/core/article/run-report.ts';
import { byteLines, fileChunks } from './ndjson-lines.ts';
import type { Outcome } from './process-input.ts';
import { parseRecord } from './result-record.ts';

export type ResultItem =
  { outcome: Outcome; bytes: number } | { problem: FileProblem; bytes: number };

const STDIN_LINE = /^-:(\d+)$/;

const stdinLine = (name: string): number | null => {
  const m = STDIN_LINE.exec(name);
  return m ? Number(m[1]) : null;
};

/** "-:N" → "-:(offset + N)"; other names are left as they are. */
export function renumber(name: string, offset: number): string {
  const n = stdinLine(name);
  return n === null ? name : `-:${offset + n}`;
}

function shifted(o: Outcome, offset: number): Outcome {
  if (offset === 0) return o;
  const source = renumber(o.source, offset);
  if (o.kind !== 'article') return { ...o, source };
  return { ...o, source, result: { ...o.result, file: renumber(o.result.file, offset) } };
}

async function expand(arg: string): Promise<string[]> {
  const s = await stat(arg);
  if (!s.isDirectory()) return [arg];
  const names = (await readdir(arg)).filter((n) => !n.startsWith('.') && !n.startsWith('_'));
  return names.sort().map((n) => join(arg, n));
}

export async function* readResultFiles(args: readonly string[]): AsyncGenerator<ResultItem> {
  // The shift of the current shard, and the last line number as written by the filter.
  let offset = 0;
  let prev = 0;
  for (const arg of args) {
    let files: string[];
    try {
      files = await expand(arg);
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      const message = e.code === 'ENOENT' ? 'no such file or folder' : e.message;
      yield { problem: { file: arg, message }, bytes: 0 };
      continue;
    }
    for (const file of files) {
      try {
        for await (const l of byteLines(fileChunks(file))) {
          const where = `${file}:${l.lineNo}`;
          if (l.text === null) {
            yield { problem: { file: where, message: 'not valid UTF-8' }, bytes: l.bytes };
            continue;
          }
          if (l.text.trim() === '') continue;
          const parsed = parseRecord(l.text);
          if (typeof parsed === 'string') {
            yield { problem: { file: where, message: parsed }, bytes: l.bytes };
            continue;
          }
          const n = stdinLine(parsed.source);
          if (n !== null) {
            if (n <= prev) offset += prev;
            prev = n;
          }
          yield { outcome: shifted(parsed, offset), bytes: l.bytes };
        }
      } catch (err) {
        const e = err as NodeJS.ErrnoException;
        yield {
          problem: { file, message: e.code === 'EISDIR' ? 'is a folder' : e.message },
          bytes: 0,
        };
      }
    }
  }
}
