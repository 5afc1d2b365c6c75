// Reading the articles named on the command line: folders expanded in sorted order, files
// decoded whatever encoding Vietnamese sites and editors produced (UTF-8, UTF-16 with BOM,
// legacy Windows-1258), ndjson read line by line. Every problem names the file (and line).
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import iconv from 'iconv-lite';
import type { RawArticle } from '../../src/core/article/prepare.ts';
import { byteLines, fileChunks } from './ndjson-lines.ts';
import type { Task } from './process-input.ts';

export type InputKind = 'text' | 'html' | 'ndjson';

export interface InputFile {
  path: string;
  /** The path as shown in messages and the report (relative to the working folder). */
  display: string;
  kind: InputKind;
  /** Bytes on disk when listed, for progress. */
  size?: number;
}

export interface FileProblem {
  file: string;
  message: string;
}

export interface ExpandedInputs {
  files: InputFile[];
  skipped: FileProblem[];
  errors: FileProblem[];
}

export type ReadItem =
  | { ok: true; source: string; raw: RawArticle; warnings: string[] }
  | { ok: false; source: string; message: string };

const KINDS: Record<string, InputKind> = {
  '.txt': 'text',
  '.html': 'html',
  '.htm': 'html',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
};

/** Bytes read from one .txt/.html file; an article is far shorter, the rest is page junk. */
export const MAX_READ_BYTES = 8 * 1024 * 1024;
/** ndjson files not in UTF-8 up to this size are decoded whole (UTF-16, Windows-1258); UTF-8 is streamed. */
const WHOLE_NDJSON_BYTES = 32 * 1024 * 1024;
const SNIFF_BYTES = 64 * 1024;

export class DecodeError extends Error {}

export function kindOf(path: string): InputKind | null {
  return KINDS[extname(path).toLowerCase()] ?? null;
}

/** Files and folders → the input files, folders walked recursively in sorted order. */
export async function expandInputs(
  args: readonly string[],
  cwd = process.cwd(),
): Promise<ExpandedInputs> {
  const out: ExpandedInputs = { files: [], skipped: [], errors: [] };
  const seenFiles = new Set<string>();
  const seenDirs = new Set<string>();

  // `display` is the path as the user wrote it, extended inside folders: stable across machines.
  const addFile = async (path: string, display: string, explicit: boolean, size: number) => {
    const real = await realpath(path);
    if (seenFiles.has(real)) return;
    seenFiles.add(real);
    const kind = kindOf(path);
    const type = extname(path) || '(none)';
    if (kind) out.files.push({ path, display, kind, size });
    else if (explicit)
      out.errors.push({
        file: display,
        message: `unsupported file type "${type}" (expected .txt, .html, .htm, .ndjson or .jsonl)`,
      });
    else out.skipped.push({ file: display, message: `skipped: unsupported file type "${type}"` });
  };

  const walk = async (dir: string, display: string) => {
    const real = await realpath(dir);
    if (seenDirs.has(real)) return;
    seenDirs.add(real);
    const entries = (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const p = join(dir, e.name);
      const shown = join(display, e.name);
      try {
        const s = await stat(p);
        if (s.isDirectory()) await walk(p, shown);
        else if (s.isFile()) await addFile(p, shown, false, s.size);
      } catch (err) {
        out.errors.push({ file: shown, message: errorText(err) });
      }
    }
  };

  for (const arg of args) {
    const path = resolve(cwd, arg);
    try {
      const s = await stat(path);
      if (s.isDirectory()) await walk(path, arg);
      else if (s.isFile()) await addFile(path, arg, true, s.size);
      else out.errors.push({ file: arg, message: 'not a regular file or folder' });
    } catch (err) {
      out.errors.push({ file: arg, message: errorText(err) });
    }
  }
  return out;
}

function errorText(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file or folder';
  if (e?.code === 'EACCES') return 'permission denied';
  return e?.message ?? String(err);
}

/** True when the bytes look like a binary file rather than text. */
function looksBinary(head: Uint8Array): boolean {
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

// Letters and marks a Windows-1258 Vietnamese text decodes to (tones come as combining marks).
const VIETNAMESE_NON_ASCII =
  /[\u00c0-\u00c3\u00c8-\u00ca\u00cc\u00cd\u00d2-\u00d5\u00d9\u00da\u00dd\u00e0-\u00e3\u00e8-\u00ea\u00ec\u00ed\u00f2-\u00f5\u00f9\u00fa\u00fd\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u0300\u0301\u0303\u0309\u0323\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u00a0]/u;

function decodeWindows1258(bytes: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(bytes), 'windows1258');
  let nonAscii = 0;
  let vietnamese = 0;
  let marks = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    nonAscii++;
    if (VIETNAMESE_NON_ASCII.test(ch)) vietnamese++;
    if (
      /[\u0300\u0301\u0303\u0309\u0323\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0]/u.test(ch)
    )
      marks++;
  }
  if (nonAscii === 0 || marks === 0 || vietnamese / nonAscii < 0.9) return null;
  return text.normalize('NFC');
}

/**
 * Bytes → text. UTF-8 (BOM stripped), UTF-16 LE/BE with BOM, else Windows-1258 when the bytes
 * read as Vietnamese in it. `truncated` says the bytes were cut off, so a split last character
 * is not an encoding error. Throws DecodeError saying what is wrong.
 */
export function decodeBytes(bytes: Uint8Array, truncated = false): string {
  if (bytes.length === 0) throw new DecodeError('empty file');
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le');
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be');
  else {
    if (looksBinary(bytes.subarray(0, SNIFF_BYTES)))
      throw new DecodeError('binary file (not text)');
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes, {
        stream: truncated,
      });
    } catch {
      const legacy = decodeWindows1258(bytes);
      if (legacy === null)
        throw new DecodeError(
          'not valid UTF-8, and does not read as Windows-1258 Vietnamese either',
        );
      text = legacy;
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (/[\u0000]/.test(text.slice(0, SNIFF_BYTES))) throw new DecodeError('binary file (not text)');
  if (text.trim() === '') throw new DecodeError('empty file (only white space)');
  return text;
}

async function readHead(path: string, max: number): Promise<{ bytes: Uint8Array; size: number }> {
  const fh = await open(path, 'r');
  try {
    const size = (await fh.stat()).size;
    const buf = Buffer.alloc(Math.min(size, max));
    let off = 0;
    while (off < buf.length) {
      const { bytesRead } = await fh.read(buf, off, buf.length - off, off);
      if (bytesRead === 0) break;
      off += bytesRead;
    }
    return { bytes: buf.subarray(0, off), size };
  } finally {
    await fh.close();
  }
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

/** A unit of work as read, with the input bytes it stands for (for progress). */
export interface TaskItem {
  task: Task;
  bytes: number;
}

/**
 * The work in one input file, in order: one task for .txt/.html, one per line for ndjson (blank
 * lines included, so that a stream filter can answer every line). ndjson lines are left for a
 * worker to parse.
 */
export async function* readTasks(file: InputFile): AsyncGenerator<TaskItem> {
  const name = basename(file.path);
  const source = file.display;
  if (file.kind !== 'ndjson') {
    try {
      const { bytes, size } = await readHead(file.path, MAX_READ_BYTES);
      const text = decodeBytes(bytes, size > bytes.length);
      const warnings =
        size > bytes.length
          ? [`file is ${mb(size)}; only the first ${mb(MAX_READ_BYTES)} were read`]
          : [];
      yield {
        task: { source, raw: { file: name, kind: file.kind, content: text }, warnings },
        bytes: size,
      };
    } catch (err) {
      yield { task: { source, error: errorText(err) }, bytes: file.size ?? 0 };
    }
    return;
  }
  let wholeLines: string[] | null = null;
  try {
    const head = await readHead(file.path, SNIFF_BYTES);
    const truncated = head.size > head.bytes.length;
    if (isUtf8(head.bytes, truncated) || head.size > WHOLE_NDJSON_BYTES)
      decodeBytes(head.bytes, truncated); // binary, empty or blank: the whole file fails
    else {
      try {
        wholeLines = decodeBytes((await readHead(file.path, WHOLE_NDJSON_BYTES)).bytes)
          .replace(/\n$/, '')
          .split('\n');
      } catch (err) {
        // Neither UTF-8 nor Windows-1258 as a whole: most likely a few broken lines in a
        // UTF-8 dump, so it is read line by line and only those lines fail.
        if (!(err instanceof DecodeError) || !err.message.startsWith('not valid UTF-8')) throw err;
      }
    }
  } catch (err) {
    yield { task: { source, error: errorText(err) }, bytes: file.size ?? 0 };
    return;
  }
  const lines:
    | AsyncIterable<{ lineNo: number; text: string | null; bytes: number }>
    | Iterable<{
        lineNo: number;
        text: string | null;
        bytes: number;
      }> = wholeLines
    ? wholeLines.map((l, i) => ({
        lineNo: i + 1,
        text: l.endsWith('\r') ? l.slice(0, -1) : l,
        bytes: Buffer.byteLength(l) + 1,
      }))
    : byteLines(fileChunks(file.path));
  try {
    for await (const l of lines) yield { task: lineTask(file.display, name, l), bytes: l.bytes };
  } catch (err) {
    yield { task: { source, error: errorText(err) }, bytes: 0 };
  }
}

/** The task for one ndjson line of `display` (a file, or "-" for stdin). */
export function lineTask(
  display: string,
  name: string,
  l: { lineNo: number; text: string | null },
): Task {
  const source = `${display}:${l.lineNo}`;
  if (l.text === null) return { source, error: 'not valid UTF-8' };
  if (l.text.trim() === '') return { source, blank: true };
  return { source, line: l.text, name: `${name}:${l.lineNo}` };
}

function isUtf8(bytes: Uint8Array, truncated: boolean): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: truncated });
    return true;
  } catch {
    return false;
  }
}

/** The articles of one input file: one for .txt/.html, one per line for ndjson. */
export async function* readArticles(file: InputFile): AsyncGenerator<ReadItem> {
  for await (const { task } of readTasks(file)) {
    if ('blank' in task) continue;
    if ('error' in task) yield { ok: false, source: task.source, message: task.error };
    else if ('raw' in task)
      yield { ok: true, source: task.source, raw: task.raw, warnings: task.warnings };
    else {
      const parsed = parseNdjsonLine(task.line, task.name);
      if (typeof parsed === 'string') yield { ok: false, source: task.source, message: parsed };
      else yield { ok: true, source: task.source, raw: parsed, warnings: [] };
    }
  }
}

/** One ndjson line → a raw article, or the reason it is not one. */
export function parseNdjsonLine(line: string, file: string): RawArticle | string {
  if (line.includes('\ufffd')) return 'not valid UTF-8';
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    return `not valid JSON (${(err as Error).message})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return 'expected a JSON object';
  const rec = value as Record<string, unknown>;
  const str = (k: string) => (typeof rec[k] === 'string' ? (rec[k] as string) : undefined);
  for (const k of ['title', 'text', 'html', 'url', 'date']) {
    if (rec[k] !== undefined && rec[k] !== null && typeof rec[k] !== 'string')
      return `"${k}" must be a string`;
  }
  const text = str('text');
  const html = str('html');
  if (!text?.trim() && !html?.trim()) return 'needs a non-empty "text" or "html"';
  return {
    file,
    kind: text?.trim() ? 'text' : 'html',
    content: text?.trim() ? text : html!,
    title: str('title'),
    date: str('date'),
    url: str('url'),
  };
}
