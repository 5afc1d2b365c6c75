// The explorer in real headless Chromium, driven as a reader drives it. The seed dataset is the
// one the test build copied to dist-test/data/ (geodata/dataset/, or the fixture that mirrors it).
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { LinksFile, PlacesFile, LonLat } from '../../src/core/types.ts';
import { axeViolations, screenshotPath } from './support/browser.ts';
import { TEST_DIST } from './support/test-dist.ts';
import {
  openExplorer,
  screenPoint,
  serveExplorer,
  waitForMapReady,
} from './support/explorer-page.ts';
import '../../src/app/test-hook.ts';

const places = JSON.parse(readFileSync(`${TEST_DIST}/data/places.geojson`, 'utf8')) as PlacesFile;
const links = JSON.parse(readFileSync(`${TEST_DIST}/data/links.geojson`, 'utf8')) as LinksFile;
const kontum = places.features.find((f) => f.properties.name === 'Kon Tum')!;
const nameOf = (id: string) => places.features.find((f) => f.properties.id === id)!.properties.name;
const countryOf = (id: string) =>
  places.features.find((f) => f.properties.id === id)!.properties.country;
const kontumVisits = links.features.filter(
  (f) => f.properties.kind === 'visit' && f.properties.from.id === kontum.properties.id,
);

let page: Page;

const atlas = serveExplorer([{ prefix: '/fx/', dir: 'tests/fixtures' }]);
const { newPage } = atlas;

/** The list view's button for a place (its name may be followed by "(cũ)"). */
const placeButton = (p: Page, name: string) =>
  p.locator('.list-view ul.places').getByRole('button', { name: new RegExp(`^${name}( \\(|$)`) });
const panel = () => page.locator('.place-panel');
const status = () => page.locator('.status');
const visitsOutNames = () =>
  panel().locator('h3:has-text("Chuyến thăm đi") + ul li > button.linklike').allTextContents();

describe('explorer on the seed dataset', () => {
  it('the dataset has Kon Tum with six visits: four to Laos, two to Cambodia', () => {
    expect(kontumVisits.map((f) => countryOf(f.properties.to.id)).sort()).toEqual([
      'KH',
      'KH',
      'LA',
      'LA',
      'LA',
      'LA',
    ]);
  });

  it('clicking Kon Tum in the list view shows its six visits', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await page.screenshot({ path: screenshotPath('explorer-desktop') });
    await placeButton(page, 'Kon Tum').click();
    await expect.poll(() => visitsOutNames()).toHaveLength(6);
    expect((await visitsOutNames()).sort()).toEqual(
      kontumVisits.map((f) => nameOf(f.properties.to.id)).sort(),
    );
    await expect.poll(() => panel().textContent()).toMatch(/thuộc Quảng Ngãi/);
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('explorer-selected-place') });
  });

  it('clicking Kon Tum on the map opens the same panel', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    const at = await screenPoint(page, kontum.geometry.coordinates);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => panel().locator('h2').textContent()).toBe('Kon Tum');
    await expect.poll(() => visitsOutNames()).toHaveLength(6);
    expect(page.url()).toContain(`place=${encodeURIComponent(kontum.properties.id)}`);
  });

  it('the Việt Nam–Campuchia filter leaves only Kon Tum’s Cambodian links', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('radio', { name: 'Việt Nam–Campuchia' }).check();
    await waitForMapReady(page);
    const expected = links.features.filter((f) => f.properties.pair === 'KH-VN');
    expect(
      expected.every(
        (f) =>
          f.properties.from.id === kontum.properties.id ||
          f.properties.to.id === kontum.properties.id,
      ),
    ).toBe(true);
    await expect.poll(() => page.locator('.list-view ul.links li').count()).toBe(expected.length);
    const texts = await page.locator('.list-view ul.links li').allTextContents();
    for (const f of expected)
      expect(texts.some((t) => t.includes(nameOf(f.properties.to.id)))).toBe(true);
    expect(await status().textContent()).toContain(`${expected.length} quan hệ`);
    expect(page.url()).toContain('pair=KH-VN');
    // On the map too: a Lao arc, now hidden, does not answer a click.
    const lao = longest(links.features.filter((f) => f.properties.pair === 'LA-VN'));
    const at = await screenPoint(page, middle(lao.geometry.coordinates));
    await page.mouse.click(at.x, at.y);
    await waitForMapReady(page);
    expect(await page.locator('.maplibregl-popup').count()).toBe(0);
  });

  it('clicking an arc shows its article’s headline', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    const arc = longest(links.features);
    const at = await screenPoint(page, middle(arc.geometry.coordinates));
    await page.mouse.click(at.x, at.y);
    const headline = page.locator('.maplibregl-popup .headline').first();
    await headline.waitFor();
    const articles = JSON.parse(readFileSync(`${TEST_DIST}/data/articles.json`, 'utf8')) as {
      articles: { id: string; title: string }[];
    };
    const title = articles.articles.find(
      (a) => a.id === arc.properties.articles[0]!.article,
    )!.title;
    expect(await headline.textContent()).toBe(title);
    expect(await page.locator('.maplibregl-popup mark').count()).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('explorer-popup') });
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
  });

  it('a copied URL restores filter, place and language in a new page', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('radio', { name: 'Việt Nam–Lào' }).check();
    await placeButton(page, 'Kon Tum').click();
    await page.getByRole('button', { name: 'English' }).click();
    const url = page.url();
    const second = await page.context().newPage();
    await openExplorer(second, url);
    expect(await second.getByRole('radio', { name: 'Vietnam–Laos' }).isChecked()).toBe(true);
    expect(await second.locator('.place-panel h2').textContent()).toBe('Kon Tum');
    expect(await second.locator('h1').textContent()).toBe('Friendship Atlas');
    await second.close();
  });

  it('back and forward walk through filter and selection changes', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('radio', { name: 'Việt Nam–Campuchia' }).check();
    await placeButton(page, 'Kon Tum').click();
    await panel().waitFor();
    await page.goBack();
    await expect.poll(() => panel().count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Việt Nam–Campuchia' }).isChecked()).toBe(true);
    await page.goBack();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Tất cả' }).first().isChecked())
      .toBe(true);
    await page.goForward();
    await expect
      .poll(() => page.getByRole('radio', { name: 'Việt Nam–Campuchia' }).isChecked())
      .toBe(true);
    await page.goForward();
    await expect.poll(() => panel().count()).toBe(1);
  });

  it('the Share / Embed button turns the current view into iframe code with a live preview', async () => {
    page = await newPage();
    await openExplorer(page, `${atlas.app}?pair=KH-VN`);
    await page.getByRole('button', { name: 'Chia sẻ / Nhúng' }).click();
    const dialog = page.locator('dialog.share');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const code = await dialog.locator('textarea.code').inputValue();
    expect(code).toMatch(/^<iframe /);
    expect(code).toContain('embed.html');
    expect(code).toContain('pair=KH-VN');
    expect(await dialog.locator('iframe.preview').getAttribute('src')).toContain('pair=KH-VN');
    const preview = page.frameLocator('dialog.share iframe.preview');
    await expect
      .poll(() => preview.locator('canvas').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath('explorer-share') });
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
  });

  it('the English toggle changes the UI strings and the page language', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Friendship Atlas');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('legend').first().textContent()).toBe('Country pair');
    expect(await status().textContent()).toMatch(/^Showing \d+ links/);
    await placeButton(page, 'Kon Tum').click();
    await expect.poll(() => panel().textContent()).toMatch(/Since 1 July 2025 part of Quang Ngai/);
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('explorer-english') });
  });

  it('the search finds a Lao province by its English name without diacritics', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    const lao = places.features.find(
      (f) => f.properties.country === 'LA' && f.properties.nameEn !== f.properties.name,
    )!;
    await page.getByRole('searchbox').fill(lao.properties.nameEn.toLowerCase());
    await expect
      .poll(() => page.locator('.list-view ul.places li').allTextContents())
      .toEqual([lao.properties.name]);
  });

  it('axe finds no serious or critical issue, with the panel and a popup open', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await placeButton(page, 'Kon Tum').click();
    await page.locator('.list-view ul.links button').first().click();
    await page.locator('.maplibregl-popup').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('on a phone the place panel is a bottom sheet and touch pans the map', async () => {
    page = await newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    await openExplorer(page, atlas.app);
    const before = page.url();
    const box = (await page.locator('.atlas-map').boundingBox())!;
    await touchDrag(
      page,
      box.x + box.width / 2,
      box.y + box.height / 2,
      box.x + box.width / 2 - 80,
      box.y + box.height / 2 + 60,
    );
    await expect.poll(() => page.url()).not.toBe(before);
    expect(page.url()).toContain('map=');
    await placeButton(page, 'Kon Tum').click();
    const sheet = (await page.locator('.panel').boundingBox())!;
    expect(Math.round(sheet.y + sheet.height)).toBe(844);
    expect(sheet.width).toBe(390);
    expect(sheet.y).toBeGreaterThan(844 * 0.4);
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('explorer-phone') });
  });
});

describe('the first view (issue 10)', () => {
  /** ms from navigation to the first request of each dataset file, and to the first arcs. */
  const timeline = (p: Page) =>
    p.evaluate(() => {
      const at = (name: string) =>
        performance
          .getEntriesByType('resource')
          .find((e) => new URL(e.name).pathname.endsWith(`/${name}`))?.startTime ?? null;
      return {
        arcs: window.__atlas?.arcsAt ?? null,
        map: at('map.json'),
        links: at('links.geojson'),
        articles: at('articles.json'),
      };
    });

  it('draws its arcs from map.json before it asks for links.geojson and articles.json', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    const t = await timeline(page);
    expect(t.map).not.toBeNull();
    expect(t.arcs).not.toBeNull();
    expect(t.map!).toBeLessThan(t.arcs!);
    expect(t.links!).toBeGreaterThanOrEqual(t.arcs!);
    expect(t.articles!).toBeGreaterThanOrEqual(t.arcs!);
    // The full files still come: the lists and the status line are there.
    expect(await status().textContent()).toContain(`${links.features.length} quan hệ`);
  });

  it('still loads a dataset folder written before map.json, from the full files', async () => {
    page = await newPage();
    await openExplorer(page, `${atlas.app}?data=/fx/dataset/`);
    const t = await timeline(page);
    expect(t.links).not.toBeNull();
    expect(t.arcs).not.toBeNull();
    expect(await page.locator('.list-view ul.places li').count()).toBeGreaterThan(0);
  });
});

describe('explorer with untrusted or missing data', () => {
  it('shows markup from an article as literal text and runs nothing', async () => {
    page = await newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openExplorer(page, `${atlas.app}?data=/fx/dataset-xss/`);
    await placeButton(page, 'Kon Tum').click();
    await panel().waitFor();
    const title = '<img src=x onerror=alert(1)> Kon Tum thăm Lào';
    expect(await panel().textContent()).toContain(title);
    // The popup of a Kon Tum visit shows the same title as a heading, as text.
    await page.locator('.list-view ul.links button', { hasText: 'Ratanakiri' }).click();
    const headline = page.locator('.maplibregl-popup .headline');
    await headline.waitFor();
    expect(await headline.textContent()).toBe(title);
    expect(await page.locator('img').count()).toBe(0);
    // javascript: is never a link.
    expect(await page.locator('a[href^="javascript:" i]').count()).toBe(0);
    expect(await page.locator('.maplibregl-popup a').count()).toBe(0);
    expect(await page.locator('.maplibregl-popup').textContent()).toContain(
      'không có liên kết nguồn',
    );
    expect(dialogs).toBe(0);
  });

  it('a missing dataset shows which file is missing instead of a blank map', async () => {
    page = await newPage();
    await page.goto(`${atlas.app}?data=/fx/no-such-folder/`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/places\.geojson: file not found \(HTTP 404\)/);
    expect(await page.locator('.atlas-map').count()).toBe(0);
  });
});

/** The arc with the longest chord: it stands apart, so a click on its middle hits only it. */
function longest<F extends { geometry: { coordinates: LonLat[] } }>(features: F[]): F {
  const span = (c: LonLat[]) =>
    Math.hypot(c[0]![0] - c[c.length - 1]![0], c[0]![1] - c[c.length - 1]![1]);
  return [...features].sort(
    (a, b) => span(b.geometry.coordinates) - span(a.geometry.coordinates),
  )[0]!;
}

const middle = (coords: LonLat[]): LonLat => coords[Math.floor(coords.length / 2)]!;

/** A one-finger drag through the DevTools protocol (Playwright's touchscreen only taps). */
async function touchDrag(p: Page, x0: number, y0: number, x1: number, y1: number): Promise<void> {
  const cdp = await p.context().newCDPSession(p);
  await cdp.send('Input.dispatchTouchEvent', {
    type: 'touchStart',
    touchPoints: [{ x: x0, y: y0 }],
  });
  const steps = 8;
  for (let i = 1; i <= steps; i++) {
    const x = x0 + ((x1 - x0) * i) / steps;
    const y = y0 + ((y1 - y0) * i) / steps;
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [{ x, y }] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}
