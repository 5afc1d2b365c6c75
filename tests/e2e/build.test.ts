// The browser tests' build: issue 10 found `npm test` emptying the dist/ a running `npm start`
// served, and testing a NODE_ENV=test build without the embed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { TEST_DIST, folderStamp } from './support/test-dist.ts';

describe('the test build', () => {
  it('leaves dist/ exactly as it was (names, sizes, mtimes)', () => {
    expect(folderStamp('dist')).toBe(inject('distBefore'));
  });

  it('holds the explorer, the embed page and the embed component, like npm start', () => {
    for (const f of ['index.html', 'embed.html', 'friendship-atlas.js', 'embed-host.js'])
      expect(existsSync(`${TEST_DIST}/${f}`), f).toBe(true);
    expect(existsSync(`${TEST_DIST}/data/places.geojson`)).toBe(true);
  });

  it('is a production build (no Svelte dev-mode checks in the app chunk)', () => {
    const assets = readdirSync(`${TEST_DIST}/assets`).filter((f) => /^main-.*\.js$/.test(f));
    expect(assets.length).toBe(1);
    const code = readFileSync(`${TEST_DIST}/assets/${assets[0]}`, 'utf8');
    // A NODE_ENV=test build compiles Svelte in dev mode, which names each component's file.
    expect(code).not.toContain('App.svelte');
  });
});
