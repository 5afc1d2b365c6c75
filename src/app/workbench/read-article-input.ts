// What a reviewer pastes or drops → the raw article the extractor reads, or a message saying why
// not. Runs before anything is sent to the worker: a huge paste or a binary file is refused here.
import type { RawArticle } from '../../core/article/prepare.ts';

/** Real articles are a few dozen kB; a page with its scripts rarely passes 1 MB. */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

export type InputProblem =
  | { problem: 'empty' }
  | { problem: 'tooLarge'; bytes: number }
  | { problem: 'binary'; name: string };

export type ReadInput = { raw: RawArticle } | InputProblem;

const HTML_NAME = /\.html?$/i;
const TEXT_NAME = /\.(txt|html?)$/i;

/** An HTML page or fragment, as opposed to text that happens to contain a "<". */
export function looksLikeHtml(s: string): boolean {
  return (
    /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(s) ||
    /^\s*<(p|div|article|section|h[1-6]|span|main)[\s>]/i.test(s)
  );
}

/** Pasted text: an HTML page (pasted page source) or plain text with its headline first. */
export function readPastedText(text: string, name = 'pasted.txt'): ReadInput {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_INPUT_BYTES) return { problem: 'tooLarge', bytes };
  if (text.trim() === '') return { problem: 'empty' };
  const kind = looksLikeHtml(text) ? 'html' : 'text';
  return {
    raw: { file: kind === 'html' ? name.replace(/\.txt$/, '.html') : name, kind, content: text },
  };
}

/**
 * A dropped or chosen file's bytes. Only UTF-8 text is taken (the CLI reads legacy encodings
 * too; a browser user can re-save the file): a NUL byte or invalid UTF-8 means it is not text.
 */
export function readFileBytes(name: string, bytes: Uint8Array): ReadInput {
  if (bytes.length > MAX_INPUT_BYTES) return { problem: 'tooLarge', bytes: bytes.length };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'binary', name };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return { problem: 'binary', name };
  }
  if (!TEXT_NAME.test(name) && /[\u0000-\u0008\u000E-\u001F]/.test(text.slice(0, 8192)))
    return { problem: 'binary', name };
  if (text.trim() === '') return { problem: 'empty' };
  const kind =
    HTML_NAME.test(name) || (!TEXT_NAME.test(name) && looksLikeHtml(text)) ? 'html' : 'text';
  return { raw: { file: baseName(name), kind, content: text } };
}

function baseName(name: string): string {
  return name.split(/[\\/]/).pop() || 'article.txt';
}
