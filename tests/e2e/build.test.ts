// The browser tests' build: issue 10 found `npm test` emptying the dist/ a running `npm start`
// served, and testing a NODE_ENV=test build without the embed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, inject, it } from 'vitest';
import { TEST_DIST, folderStamp } from './support/test-dist.ts';
import { firstViewGzip, firstViewScripts } from './support/first-view.ts';

/**
 * First-view JS (entry + preloaded modules, gzip level 9) measured on the build before the
 * workbench, with issue 10's map changes (commit 8439d35): 10,020 (main) + 32,099 (shared app
 * chunk) + 286,099 (MapLibre). Issue 11 allows the workbench to add at most 2 KB to it; everything
 * else loads on demand.
 */
const FIRST_VIEW_BEFORE_WORKBENCH = 328_218;
const FIRST_VIEW_BUDGET = FIRST_VIEW_BEFORE_WORKBENCH + 2048;

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

  it('keeps the first view within 2 KB gzip of its size before the workbench', () => {
    const sizes = firstViewGzip(TEST_DIST);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    console.log(`first-view JS gzip: ${total} B (budget ${FIRST_VIEW_BUDGET} B)`, sizes);
    expect(total).toBeLessThanOrEqual(FIRST_VIEW_BUDGET);
  });

  it('puts the workbench, its geocoding worker and the dataset layers in lazy chunks', () => {
    const first = firstViewScripts(TEST_DIST);
    const assets = readdirSync(`${TEST_DIST}/assets`);
    for (const lazy of [
      /^Workbench-.*\.js$/,
      /^geocode\.worker-.*\.js$/,
      /^dataset-layers-.*\.js$/,
    ]) {
      const file = assets.find((f) => lazy.test(f));
      expect(file, String(lazy)).toBeDefined();
      expect(first).not.toContain(`assets/${file}`);
    }
    // The gazetteer and the extractor are in none of the first view's scripts.
    for (const f of first)
      expect(readFileSync(`${TEST_DIST}/${f}`, 'utf8')).not.toContain('Chăm Pa Sắc');
    const wb = assets.filter((f) => /^(Workbench|dataset-layers|geocode\.worker)-.*\.js$/.test(f));
    console.log('workbench chunks gzip:', firstViewGzipOf(wb));
  });
});

function firstViewGzipOf(files: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of files)
    out[f] = gzipSync(readFileSync(`${TEST_DIST}/assets/${f}`), { level: 9 }).length;
  return out;
}
