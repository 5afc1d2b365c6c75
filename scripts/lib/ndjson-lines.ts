// Lines of a byte stream, each decoded on its own: a stream of any size is read in constant
// memory (one chunk and one line at a time), and a line that is not UTF-8 fails alone.
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';

export interface ByteLine {
  /** 1-based, counting every line, blank ones too (so that "file:N" matches an editor's N). */
  lineNo: number;
  /** The line without its end of line (and without a BOM on line 1); null when not UTF-8. */
  text: string | null;
  /** Bytes of the line with its end of line, for progress. */
  bytes: number;
}

const NL = 0x0a;
const CR = 0x0d;

export async function* byteLines(
  input: Readable | AsyncIterable<Uint8Array>,
): AsyncGenerator<ByteLine> {
  const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let lineNo = 0;
  const decode = (bytes: Buffer): string | null => {
    const end =
      bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.length - 1 : bytes.length;
    try {
      const text = decoder.decode(bytes.subarray(0, end));
      return lineNo === 1 && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    } catch {
      return null;
    }
  };
  // The tail of the last chunk(s), a line not yet ended: kept as parts, so that a long line is
  // copied once, and a chunk is never copied whole to join it to the tail before it.
  let carry: Buffer[] = [];
  for await (const chunk of input as AsyncIterable<Uint8Array | string>) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk)
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    if (carry.length > 0) {
      const nl = buf.indexOf(NL);
      if (nl === -1) {
        carry.push(Buffer.from(buf));
        continue;
      }
      const line = Buffer.concat([...carry, buf.subarray(0, nl)]);
      carry = [];
      lineNo++;
      yield { lineNo, text: decode(line), bytes: line.length + 1 };
      start = nl + 1;
    }
    for (let nl = buf.indexOf(NL, start); nl !== -1; nl = buf.indexOf(NL, start)) {
      lineNo++;
      yield { lineNo, text: decode(buf.subarray(start, nl)), bytes: nl + 1 - start };
      start = nl + 1;
    }
    // Copied, so that the chunk it came from can be freed.
    if (start < buf.length) carry.push(Buffer.from(buf.subarray(start)));
  }
  if (carry.length > 0) {
    const last = Buffer.concat(carry);
    if (last.length > 0) {
      lineNo++;
      yield { lineNo, text: decode(last), bytes: last.length };
    }
  }
}

/** Bytes read from a file at a time by fileChunks. */
const FILE_CHUNK_BYTES = 256 * 1024;

/**
 * A file's bytes, read into one buffer used over and over: each chunk is a view of it, valid
 * until the next one is asked for (byteLines copies what it keeps). A read stream's fresh
 * buffer per chunk lived long enough (a chunk holds hundreds of articles) to reach the old
 * generation, where its memory waited for a full collection: peak RSS grew with the corpus.
 */
export async function* fileChunks(path: string): AsyncGenerator<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.allocUnsafe(FILE_CHUNK_BYTES);
    for (;;) {
      const { bytesRead } = await fh.read(buf, 0, buf.length, null);
      if (bytesRead === 0) return;
      yield buf.subarray(0, bytesRead);
    }
  } finally {
    await fh.close();
  }
}
