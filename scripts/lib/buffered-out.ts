// Output lines gathered into large writes: one write per article costs a system call each on a
// pipe, which at thousands of articles a second shows. Waits for 'drain' so memory stays flat
// when the reader downstream is slower than we are.
import type { Writable } from 'node:stream';

const CHUNK_CHARS = 64 * 1024;

export interface LineWriter {
  line(text: string): void;
  /** Writes what is gathered; resolves when the stream can take more. */
  flush(): Promise<void>;
  /** True when enough is gathered that the caller should flush before going on. */
  readonly full: boolean;
}

export function bufferedLines(out: Writable): LineWriter {
  let parts: string[] = [];
  let size = 0;
  return {
    line(text) {
      parts.push(text, '\n');
      size += text.length + 1;
    },
    get full() {
      return size >= CHUNK_CHARS;
    },
    async flush() {
      if (size === 0) return;
      const chunk = parts.join('');
      parts = [];
      size = 0;
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
  };
}
