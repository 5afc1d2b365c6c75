import { describe, expect, it } from 'vitest';
import {
  isResizeMessage,
  parseCommand,
  resizeMessage,
  RESIZE,
  SELECT_PLACE,
  SET_FILTER,
} from '../../src/embed/messages.ts';
import {
  datasetUrl,
  isAllowedOrigin,
  normalizePair,
  readEmbedParams,
  toOrigin,
} from '../../src/embed/embed-params.ts';

describe('resizeMessage', () => {
  it('resizeMessage rounds the height up and keeps the id', () => {
    expect(resizeMessage('a', 412.2)).toEqual({ type: RESIZE, id: 'a', height: 413 });
  });
  it('resizeMessage clamps a huge height', () => {
    expect(resizeMessage('a', 1e9).height).toBe(10_000);
  });
});

describe('isResizeMessage', () => {
  it('isResizeMessage accepts what resizeMessage builds', () => {
    expect(isResizeMessage(resizeMessage('x', 300))).toBe(true);
  });
  it('isResizeMessage rejects strings, a missing id and NaN heights', () => {
    expect(isResizeMessage('friendship-atlas:resize')).toBe(false);
    expect(isResizeMessage({ type: RESIZE, height: 10 })).toBe(false);
    expect(isResizeMessage({ type: RESIZE, id: 'x', height: Number.NaN })).toBe(false);
  });
});

describe('parseCommand', () => {
  it('parseCommand reads a place selection and a clear', () => {
    expect(parseCommand({ type: SELECT_PLACE, place: 'la:attapeu' })).toEqual({
      type: SELECT_PLACE,
      place: 'la:attapeu',
    });
    expect(parseCommand({ type: SELECT_PLACE, place: null })).toEqual({
      type: SELECT_PLACE,
      place: null,
    });
  });
  it('parseCommand keeps only string filter values', () => {
    expect(parseCommand({ type: SET_FILTER, filter: { kind: 'sister', x: 3 } })).toEqual({
      type: SET_FILTER,
      filter: { kind: 'sister' },
    });
  });
  it('parseCommand returns null for unknown types', () => {
    expect(parseCommand({ type: 'other' })).toBeNull();
    expect(parseCommand(null)).toBeNull();
  });
});

describe('readEmbedParams', () => {
  it('readEmbedParams reads embedId and a comma-separated allowOrigin list', () => {
    const p = readEmbedParams(
      new URLSearchParams(
        'embedId=bao-a&allowOrigin=https://bao.example.vn,http://localhost:8080/',
      ),
    );
    expect(p).toEqual({
      embedId: 'bao-a',
      allowOrigins: ['https://bao.example.vn', 'http://localhost:8080'],
    });
  });
  it('readEmbedParams drops an embedId with markup in it', () => {
    expect(readEmbedParams(new URLSearchParams('embedId=<b>')).embedId).toBe('');
  });
  it('readEmbedParams ignores wildcards, paths and other schemes in allowOrigin', () => {
    const p = readEmbedParams(
      new URLSearchParams('allowOrigin=*&allowOrigin=https://a.vn/page&allowOrigin=javascript:x'),
    );
    expect(p.allowOrigins).toEqual([]);
  });
});

describe('toOrigin / isAllowedOrigin', () => {
  it('toOrigin lowercases the host', () => {
    expect(toOrigin('https://Bao.Example.VN')).toBe('https://bao.example.vn');
  });
  it('isAllowedOrigin refuses the opaque origin "null" even when listed', () => {
    expect(isAllowedOrigin('null', ['null'])).toBe(false);
    expect(isAllowedOrigin('https://a.vn', ['https://a.vn'])).toBe(true);
  });
});

describe('normalizePair', () => {
  it('normalizePair sorts a pair written Vietnam first', () => {
    expect(normalizePair(new URLSearchParams('pair=VN-LA&lang=en')).toString()).toBe(
      'pair=LA-VN&lang=en',
    );
  });
  it('normalizePair leaves "all" and other parameters alone', () => {
    expect(normalizePair(new URLSearchParams('pair=all&place=vn:kon-tum')).get('pair')).toBe('all');
  });
});

describe('datasetUrl', () => {
  const page = 'https://atlas.example/fa/embed.html?x=1';
  it('datasetUrl resolves a relative folder against the page', () => {
    expect(datasetUrl('../bao/data/', page, 'd')).toBe('https://atlas.example/bao/data/');
  });
  it('datasetUrl falls back for javascript: and missing values', () => {
    expect(datasetUrl('javascript:alert(1)', page, 'default')).toBe('default');
    expect(datasetUrl(null, page, 'default')).toBe('default');
  });
});
