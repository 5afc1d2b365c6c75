// Issue 10 in real Chromium: the legend, the popup on a phone, focus after Escape, the skip link,
// the empty-filter message, refitting and returning after the panel closes.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { PlacesFile } from '../../src/core/types.ts';
import { screenshotPath } from './support/browser.ts';
import {
  openExplorer,
  screenPoint,
  serveExplorer,
  waitForMapReady,
} from './support/explorer-page.ts';
import { TEST_DIST } from './support/test-dist.ts';
import '../../src/app/test-hook.ts';

const places = JSON.parse(readFileSync(`${TEST_DIST}/data/places.geojson`, 'utf8')) as PlacesFile;
const kontum = places.features.find((f) => f.properties.name === 'Kon Tum')!;

const atlas = serveExplorer();
const { newPage } = atlas;

const PHONE = {
  viewport: { width: 390, height: 844 },
  hasTouch: true,
  isMobile: true,
  deviceScaleFactor: 2,
};
const placeButton = (p: Page, name: string) =>
  p.locator('.list-view ul.places').getByRole('button', { name: new RegExp(`^${name}( \\(|$)`) });
const focusedText = (p: Page) =>
  p.evaluate(() => (document.activeElement as HTMLElement | null)?.textContent?.trim() ?? '');

describe('the legend', () => {
  it('explains colours, width, ring and line styles in Vietnamese and in English', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    const legend = page.locator('.atlas-legend');
    expect(await legend.locator('summary').textContent()).toBe('Chú giải');
    expect(await legend.textContent()).toContain('Màu đường: cặp quốc gia');
    expect(await legend.textContent()).toContain('Nét đứt, mũi tên: chuyến thăm');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => legend.locator('summary').textContent()).toBe('Legend');
    for (const words of [
      'Line colour: country pair',
      'Dot colour: country',
      'Line width: number of articles',
      'Ring: former unit, merged in 2025',
      'Dashed, arrow: visit',
      'Solid: sister link',
    ])
      expect(await legend.textContent()).toContain(words);
    // It folds away.
    await legend.locator('summary').click();
    expect(await legend.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('reading-desktop-en') });
  });

  it('is in the embed too, in the embed’s language', async () => {
    const page = await newPage();
    await page.goto(`${atlas.url}/app/embed.html?lang=en`);
    await waitForMapReady(page);
    const summary = page.locator('.fa-legend .atlas-legend summary');
    expect(await summary.textContent()).toBe('Legend');
    await summary.click();
    expect(await page.locator('.fa-legend').textContent()).toContain('Dot colour: country');
  });
});

describe('on a 390 × 844 phone', () => {
  it('every header button is wholly on screen, in both languages', async () => {
    const page = await newPage(PHONE);
    await openExplorer(page, atlas.app);
    for (const lang of ['vi', 'en']) {
      const buttons = page.locator('header.top .actions button:visible');
      expect(await buttons.count()).toBeGreaterThanOrEqual(3);
      for (const b of await buttons.all()) {
        const box = (await b.boundingBox())!;
        expect(box.x, `${lang}: ${await b.textContent()}`).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width, `${lang}: ${await b.textContent()}`).toBeLessThanOrEqual(390);
      }
      if (lang === 'vi') await page.locator('header.top button.lang').click();
    }
    await page.screenshot({ path: screenshotPath('reading-phone-header-en') });
  });

  it('an arc’s popup lies wholly inside the viewport and the map, with a finger-sized close', async () => {
    const page = await newPage(PHONE);
    await openExplorer(page, atlas.app);
    // The westernmost arcs: their popups opened past the left edge before (issue 10).
    for (const text of ['Xay Nhạ Bu Ly – Thái Bình', 'Viêng Chăn → Hà Nội']) {
      await page.locator('.list-view ul.links button', { hasText: text }).click();
      const popup = page.locator('.maplibregl-popup');
      await popup.locator('.headline').first().waitFor();
      await expect
        .poll(async () => {
          const b = (await popup.boundingBox())!;
          const m = (await page.locator('.atlas-map').boundingBox())!;
          return (
            b.x >= 0 && b.x + b.width <= 390 && b.x >= m.x - 1 && b.x + b.width <= m.x + m.width + 1
          );
        })
        .toBe(true);
      const close = (await popup.locator('.maplibregl-popup-close-button').boundingBox())!;
      expect(close.width).toBeGreaterThanOrEqual(32);
      await page.screenshot({ path: screenshotPath('reading-phone-popup') });
      await page.keyboard.press('Escape');
      await expect.poll(() => popup.count()).toBe(0);
    }
  });
});

describe('keyboard', () => {
  it('Escape gives focus back to what opened the popup, then the panel', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    await placeButton(page, 'Kon Tum').focus();
    await page.keyboard.press('Enter');
    await page.locator('.place-panel').waitFor();
    const articles = page.locator('.place-panel button.small').first();
    await articles.focus();
    await page.keyboard.press('Enter');
    await page.locator('.maplibregl-popup').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.maplibregl-popup').count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.className ?? ''))
      .toContain('small');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.place-panel').count()).toBe(0);
    await expect.poll(() => focusedText(page)).toMatch(/^Kon Tum/);
  });

  it('the first Tab reaches a skip link that moves focus to the map', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Chuyển đến bản đồ');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.className ?? '')).toContain(
      'maplibregl-canvas',
    );
  });

  it('an arc chosen in the list is pressed there; a place chosen on the map is pressed in the list', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    const link = page.locator('.list-view ul.links button').first();
    await link.click();
    expect(await link.getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    const at = await screenPoint(page, kontum.geometry.coordinates);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => placeButton(page, 'Kon Tum').getAttribute('aria-pressed')).toBe('true');
  });
});

describe('time', () => {
  it('a month range slider over a histogram, undated links counted apart, kept in the URL', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    const time = page.locator('.time-range');
    expect(await time.locator('svg.bars rect').count()).toBeGreaterThan(1);
    expect(await time.locator('.undated').textContent()).toMatch(/^\d+ quan hệ không rõ ngày$/);
    const from = page.getByRole('slider', { name: 'Từ' });
    const to = page.getByRole('slider', { name: 'Đến' });
    // Moving "to" all the way left stops at "from": the range cannot be inverted.
    await to.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => new URL(page.url()).searchParams.get('to')).toMatch(/^\d{4}-\d{2}$/);
    expect(await to.inputValue()).toBe(await from.inputValue());
    await page.screenshot({ path: screenshotPath('reading-time-range') });
    // Undated links stay shown and counted apart, until their switch is turned off.
    expect(await page.locator('.status').textContent()).toMatch(/; [1-9]\d* không rõ ngày\)/);
    await page.getByRole('checkbox', { name: 'Hiện cả quan hệ không rõ ngày' }).uncheck();
    await expect.poll(() => new URL(page.url()).searchParams.get('dated')).toBe('1');
    expect(await page.locator('.status').textContent()).toMatch(/; 0 không rõ ngày\)/);
    // The URL restores it.
    const again = await page.context().newPage();
    await openExplorer(again, page.url());
    expect(await again.getByRole('slider', { name: 'Đến' }).inputValue()).toBe(
      await to.inputValue(),
    );
  });
});

describe('filters and the camera', () => {
  it('a filter that leaves nothing says so, and the message clears the filters', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('radio', { name: 'Lào–Campuchia' }).check();
    const empty = page.locator('.empty');
    await expect.poll(() => empty.textContent()).toContain('Không có quan hệ nào khớp');
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('reading-empty-filter') });
    await empty.getByRole('button', { name: 'Bỏ bộ lọc' }).click();
    await expect.poll(() => empty.count()).toBe(0);
    expect(await page.getByRole('radio', { name: 'Tất cả' }).first().isChecked()).toBe(true);
  });

  it('a filter refits the view to what it leaves', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('radio', { name: 'Việt Nam–Campuchia' }).check();
    await expect.poll(() => new URL(page.url()).searchParams.get('map')).not.toBeNull();
    const zoom = Number(new URL(page.url()).searchParams.get('map')!.split(',')[2]);
    expect(zoom).toBeGreaterThan(6);
  });

  it('closing the place panel puts the map back where it was', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    const before = await screenPoint(page, kontum.geometry.coordinates);
    await placeButton(page, 'Kon Tum').click();
    await page.locator('.place-panel').waitFor();
    await expect
      .poll(async () => (await screenPoint(page, kontum.geometry.coordinates)).x)
      .toBeLessThan(before.x - 20);
    await page.locator('.place-panel button.close').click();
    await expect
      .poll(async () => {
        const p = await screenPoint(page, kontum.geometry.coordinates);
        return Math.hypot(p.x - before.x, p.y - before.y);
      })
      .toBeLessThan(2);
  });
});
