// Large datasets (issue 10) in real Chromium: below zoom AGGREGATE_BELOW the links of one place
// pair are drawn as one arc with their number written on it. On a dataset of AGGREGATE_FROM links
// made by bench:app's generator, the map (not the app's state) is asked what it drew: the counts
// are there and equal the dataset's links between the two places, a filter changes what the arc
// stands for, zooming in gives the links back one by one, and the legend explains the numbers.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { LinksFile, LonLat, PlacesFile } from '../../src/core/types.ts';
import { AGGREGATE_BELOW, AGGREGATE_FROM, LAYERS } from '../../src/app/map/layer-ids.ts';
import type { RenderedFeature } from '../../src/app/test-hook.ts';
import { writeDataset } from '../../scripts/lib/synthetic-dataset.ts';
import { screenshotPath } from './support/browser.ts';
import { openExplorer, screenPoint, serveExplorer } from './support/explorer-page.ts';

const SEED = 20251123;
const dir = mkdtempSync(join(tmpdir(), 'fa-pairs-e2e-'));
const atlas = serveExplorer([{ prefix: '/big/', dir }]);
const { newPage } = atlas;
const BIG = () => `${atlas.app}?data=/big/`;
const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};

const key = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
/** Links between two places in the generated files, by kind: what the map must count. */
const between = new Map<string, { sister: number; visit: number }>();
const names = new Map<string, string>();
const total = (a: string, b: string) => {
  const k = between.get(key(a, b));
  return k ? k.sister + k.visit : 0;
};

beforeAll(() => {
  writeDataset(dir, AGGREGATE_FROM, SEED);
  const links = JSON.parse(readFileSync(join(dir, 'links.geojson'), 'utf8')) as LinksFile;
  for (const { properties: l } of links.features) {
    const k = key(l.from.id, l.to.id);
    const c = between.get(k) ?? { sister: 0, visit: 0 };
    c[l.kind]++;
    between.set(k, c);
  }
  const places = JSON.parse(readFileSync(join(dir, 'places.geojson'), 'utf8')) as PlacesFile;
  for (const p of places.features) names.set(p.properties.id, p.properties.name);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const rendered = (p: Page, layer: string): Promise<RenderedFeature[]> =>
  p.evaluate((l) => window.__atlas!.rendered(l), layer);
const zoom = (p: Page) => p.evaluate(() => window.__atlas!.zoom);

interface Count {
  id: number;
  /** The pair arc's ends (place ids). */
  a: string;
  b: string;
  /** The number drawn on the label (its text as MapLibre evaluates it). */
  text: number;
  /** Whether it is drawn opaque (LinkLayers hides a number the filter made untrue). */
  readable: boolean;
  /** Links the arc shows under the filter (its feature-state "n"; all of them when unset). */
  shown: number;
  at: LonLat;
}

/** The count labels drawn in the view, each with the pair arc it is written on. */
async function counts(p: Page): Promise<Count[]> {
  const arcs = new Map((await rendered(p, LAYERS.pairs)).map((f) => [f.id, f]));
  return (await rendered(p, LAYERS.pairLabels)).map((l) => {
    const arc = arcs.get(l.id);
    if (!arc) throw new Error(`count label ${String(l.id)} has no pair arc drawn under it`);
    return {
      id: Number(l.id),
      a: String(arc.properties.a),
      b: String(arc.properties.b),
      text: Number(l.text),
      readable: l.opacity === 1,
      shown: (arc.state.n as number | undefined) ?? Number(arc.properties.n),
      at: l.point!,
    };
  });
}

/** The hover tooltip with the pointer at a point on the map ('' when none). */
async function tooltipAt(p: Page, at: LonLat): Promise<string> {
  const { x, y } = await screenPoint(p, at);
  await p.mouse.move(x, y);
  return (await p
    .locator('.map-tooltip.shown')
    .textContent({ timeout: 2_000 })
    .catch(() => ''))!;
}
const said = (c: Count, n: number) => `${names.get(c.a)} – ${names.get(c.b)} · ${n} quan hệ`;

describe('the count on a pair arc', () => {
  it('is drawn at the default zoom, says how many links join the two places, and names them on hover', async () => {
    const page = await newPage();
    await openExplorer(page, BIG());
    expect(await zoom(page)).toBeLessThan(AGGREGATE_BELOW);
    const drawn = await counts(page);
    // 348 pairs have several links; the rest of them give way to place names.
    expect(drawn.length).toBeGreaterThan(15);
    expect(drawn.map((c) => [c.a, c.b, c.text])).toEqual(
      drawn.map((c) => [c.a, c.b, total(c.a, c.b)]),
    );
    expect(drawn.every((c) => c.readable && c.shown === c.text && c.text >= 2)).toBe(true);
    expect(Math.max(...drawn.map((c) => c.text))).toBeGreaterThanOrEqual(3);
    // The number is drawn over links and dots (not hidden under a dot, yet taking its room),
    // under place names; pointing at it means its pair.
    const order = await page.evaluate(() => window.__atlas!.layers);
    const at = (id: string) => order.indexOf(id);
    expect(at(LAYERS.pairLabels)).toBeGreaterThan(at(LAYERS.placeCircles));
    expect(at(LAYERS.pairLabels)).toBeLessThan(at(LAYERS.placeLabels));
    expect(at(LAYERS.placeCircles)).toBeGreaterThan(at(LAYERS.arrows));
    expect(at(LAYERS.arrows)).toBeGreaterThan(at(LAYERS.pairs));
    // (A dozen of them: each hover waits for a frame drawn in software.)
    const some = drawn.slice(0, 12);
    const tips: string[] = [];
    for (const c of some) tips.push(await tooltipAt(page, c.at));
    expect(tips).toEqual(some.map((c) => said(c, c.text)));
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('pairs-desktop') });
  });

  it('follows a filter: the arc stands for the filtered links, a number it no longer means is hidden', async () => {
    const page = await newPage();
    await openExplorer(page, BIG());
    const c = (await counts(page)).find((x) => {
      const k = between.get(key(x.a, x.b))!;
      return k.sister > 0 && k.visit > 0;
    })!;
    const { sister, visit } = between.get(key(c.a, c.b))!;

    await page.getByRole('radio', { name: 'Chuyến thăm' }).check();
    const after = async () => (await counts(page)).find((x) => x.id === c.id);
    await expect.poll(async () => (await after())?.shown).toBe(visit);
    const now = (await after())!;
    // A symbol's text cannot read feature-state (LinkLayers): the whole-pair number is hidden.
    expect([now.text, now.readable]).toEqual([sister + visit, false]);
    expect(await tooltipAt(page, now.at)).not.toBe(said(c, sister + visit));
    // Pairs made only of visits keep their number; pairs of sister links only show nothing.
    const all = await counts(page);
    for (const x of all) {
      const k = between.get(key(x.a, x.b))!;
      expect([x.shown, x.readable]).toEqual([k.visit, k.sister === 0]);
    }
    expect(all.filter((x) => x.readable).length).toBeGreaterThan(0);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: screenshotPath('pairs-desktop-visits') });
  });

  it('gives way to the links one by one when a click on it zooms past AGGREGATE_BELOW', async () => {
    const page = await newPage();
    await openExplorer(page, BIG());
    const c = (await counts(page)).find((x) => x.text >= 3)!;
    const { x, y } = await screenPoint(page, c.at);
    await page.mouse.click(x, y);
    await expect.poll(() => zoom(page)).toBeGreaterThanOrEqual(AGGREGATE_BELOW);
    const ofPair = async () =>
      [...(await rendered(page, LAYERS.sister)), ...(await rendered(page, LAYERS.visit))].filter(
        (f) => key(String(f.properties.from), String(f.properties.to)) === key(c.a, c.b),
      ).length;
    // Polled: the camera eases there and the new tiles load after the zoom is reached.
    await expect.poll(ofPair).toBe(c.text);
    expect(await rendered(page, LAYERS.pairLabels)).toEqual([]);
    expect(await rendered(page, LAYERS.pairs)).toEqual([]);
    await page.screenshot({ path: screenshotPath('pairs-desktop-zoomed') });
  });
});

describe('the legend row for counts', () => {
  const VI = 'Số trên đường: số quan hệ gộp lại';
  const EN = 'Number on a line: links drawn as one';

  it('is shown in Vietnamese and in English on a large dataset', async () => {
    const page = await newPage();
    await openExplorer(page, BIG());
    const legend = page.locator('.atlas-legend');
    expect(await legend.getByText(VI).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => legend.getByText(EN).isVisible()).toBe(true);
  });

  it('is left out where no arc carries a number (the built-in dataset)', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    expect(await page.locator('.atlas-legend').textContent()).not.toContain(VI);
    expect(await rendered(page, LAYERS.pairLabels)).toEqual([]);
  });

  it('is in the embed too', async () => {
    const page = await newPage();
    await openExplorer(page, `${atlas.url}/app/embed.html?data=/big/&lang=en`);
    await page.locator('.fa-legend .atlas-legend summary').click();
    expect(await page.locator('.fa-legend').getByText(EN).isVisible()).toBe(true);
  });
});

describe('on a 390 × 844 phone', () => {
  it('draws the counts and explains them in the folded legend', async () => {
    const page = await newPage(PHONE);
    await openExplorer(page, `${BIG()}&lang=en`);
    const drawn = await counts(page);
    expect(drawn.length).toBeGreaterThan(10);
    expect(drawn.every((c) => c.text === total(c.a, c.b) && c.readable)).toBe(true);
    await page.screenshot({ path: screenshotPath('pairs-phone') });
    const legend = page.locator('.atlas-legend');
    expect(await legend.getByText('Number on a line: links drawn as one').isVisible()).toBe(false);
    await legend.locator('summary').click();
    expect(await legend.getByText('Number on a line: links drawn as one').isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('pairs-phone-legend') });
  });
});
