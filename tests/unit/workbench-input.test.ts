import { describe, expect, it } from 'vitest';
import {
  looksLikeHtml,
  MAX_INPUT_BYTES,
  readFileBytes,
  readPastedText,
} from '../../src/app/workbench/read-article-input.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('readPastedText', () => {
  it('takes pasted article text as a text article', () => {
    expect(readPastedText('Kon Tum thăm Attapeu\n\nNội dung.')).toEqual({
      raw: { file: 'pasted.txt', kind: 'text', content: 'Kon Tum thăm Attapeu\n\nNội dung.' },
    });
  });
  it('takes pasted page source as HTML', () => {
    const r = readPastedText('<!doctype html><html><body><p>Kon Tum</p></body></html>');
    expect('raw' in r && r.raw.kind).toBe('html');
  });
  it('refuses a 5 MB paste with its size', () => {
    const big = 'Kon Tum thăm Attapeu. '.repeat(250_000);
    expect(readPastedText(big)).toEqual({ problem: 'tooLarge', bytes: utf8(big).length });
  });
  it('refuses an empty paste', () => {
    expect(readPastedText('  \n ')).toEqual({ problem: 'empty' });
  });
});

describe('readFileBytes', () => {
  it('reads a UTF-8 .txt file without its BOM', () => {
    const r = readFileBytes('bai.txt', utf8('\uFEFFKon Tum\n\nthăm Lào'));
    expect(r).toEqual({ raw: { file: 'bai.txt', kind: 'text', content: 'Kon Tum\n\nthăm Lào' } });
  });
  it('reads an .html file as HTML, whatever it starts with', () => {
    const r = readFileBytes('C:\\tin\\bai.html', utf8('  Kon Tum <b>thăm</b> Lào'));
    expect(r).toEqual({
      raw: { file: 'bai.html', kind: 'html', content: '  Kon Tum <b>thăm</b> Lào' },
    });
  });
  it('refuses a binary file (NUL bytes, as in a PNG)', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(readFileBytes('anh.png', png)).toEqual({ problem: 'binary', name: 'anh.png' });
  });
  it('refuses bytes that are not UTF-8 (a legacy-encoded or binary file)', () => {
    expect(readFileBytes('bai.txt', new Uint8Array([0x4b, 0xf4, 0x6e, 0xff]))).toEqual({
      problem: 'binary',
      name: 'bai.txt',
    });
  });
  it('refuses a file over the limit before decoding it', () => {
    expect(readFileBytes('bai.txt', new Uint8Array(MAX_INPUT_BYTES + 1))).toEqual({
      problem: 'tooLarge',
      bytes: MAX_INPUT_BYTES + 1,
    });
  });
});

describe('looksLikeHtml', () => {
  it('is false for text that merely contains a tag-like sign', () => {
    expect(looksLikeHtml('Kim ngạch < 5 triệu USD <tăng>')).toBe(false);
    expect(looksLikeHtml('<p>Kon Tum</p>')).toBe(true);
  });
});
