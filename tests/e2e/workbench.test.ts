// The newsroom workbench (issue 11) in real Chromium: paste a committed test article, see its
// places and links, correct a link, add it to the local collection, reload, export the dataset
// files and load them back with ?data=, and the 2025 units view (Kon Tum's links on Quảng Ngãi).
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { validateDataset } from '../../src/core/dataset/validate.ts';
import { geocodeDraft } from '../../src/app/workbench/geocode-draft.ts';
import { builtinGazetteer } from '../../src/core/gazetteer-data.ts';
import type { LinksFile, PlacesFile } from '../../src/core/types.ts';
import { axeViolations, screenshotPath } from './support/browser.ts';
import { openExplorer, serveExplorer, waitForMapReady } from './support/explorer-page.ts';

const ARTICLE = 'tests/fixtures/corpus/a01-quang-tri-savannakhet.txt';
const TITLE = 'Quảng Trị và Savannakhet ký kết biên bản ghi nhớ hợp tác giai đoạn mới';
const exported = mkdtempSync(join(tmpdir(), 'atlas-wb-'));

const atlas = serveExplorer([{ prefix: '/exported/', dir: exported }]);
const { newPage } = atlas;

afterAll(() => rmSync(exported, { recursive: true, force: true }));
const workbench = (p: Page) => p.locator('section.workbench');
const draftLinks = (p: Page) => workbench(p).locator('.draft ul.links li.link .link-head');
const draftPlaces = (p: Page) => workbench(p).locator('.draft ul.places .place-name');
const listLinks = (p: Page) => p.locator('.list-view ul.links li').allTextContents();

async function openWorkbench(p: Page): Promise<void> {
  await p.getByRole('button', { name: 'Bàn biên tập' }).click();
  await workbench(p).waitFor();
}

async function pasteAndRun(p: Page, text: string): Promise<void> {
  await p.getByLabel('Nội dung bài báo').fill(text);
  await p.getByRole('button', { name: 'Nhận diện địa danh' }).click();
}

/** A fresh page with the test article geocoded in the workbench. */
async function openDraft(options?: Parameters<typeof newPage>[0]): Promise<Page> {
  const p = await newPage(options);
  await openExplorer(p, atlas.app);
  await openWorkbench(p);
  await pasteAndRun(p, readFileSync(ARTICLE, 'utf8'));
  await expect.poll(() => draftLinks(p).count()).toBe(3);
  return p;
}

const SISTER_DATE = 'Ngày của Savannakhet – Quảng Trị';

/** The two corrections a reviewer makes: a date for the agreement, the Huế visit removed. */
async function correct(p: Page): Promise<void> {
  await p.getByRole('textbox', { name: SISTER_DATE }).fill('2025-03-11');
  await p.getByRole('textbox', { name: SISTER_DATE }).press('Enter');
  await p.getByRole('button', { name: 'Bỏ quan hệ Savannakhet → Huế' }).click();
  await expect.poll(() => draftLinks(p).count()).toBe(2);
}

describe('the workbench', () => {
  let page: Page;

  it('does not load the geocoder until an article is pasted', async () => {
    page = await newPage();
    const scripts: string[] = [];
    page.on('request', (r) => scripts.push(r.url()));
    await openExplorer(page, atlas.app);
    expect(scripts.filter((u) => /Workbench|geocode\.worker|dataset-layers/.test(u))).toEqual([]);
    await openWorkbench(page);
    expect(scripts.some((u) => /geocode\.worker/.test(u))).toBe(false);
    await pasteAndRun(page, readFileSync(ARTICLE, 'utf8'));
    await expect.poll(() => draftLinks(page).count()).toBe(3);
    expect(scripts.some((u) => /geocode\.worker/.test(u))).toBe(true);
  });

  // The tests below open a page of their own with the article geocoded (the axe check reads the
  // one before it), so that a retry (vitest.e2e.config.ts) never runs on the page of the attempt
  // that failed.
  it('shows the pasted article’s places and links, with evidence, and draws them at once', async () => {
    page = await openDraft();
    await expect
      .poll(() => draftPlaces(page).allTextContents())
      .toEqual(['Quảng Trị', 'Savannakhet', 'Đông Hà', 'Huế']);
    expect(await draftLinks(page).allTextContents()).toEqual([
      'Kết nghĩa Savannakhet – Quảng Trị',
      'Chuyến thăm Savannakhet → Quảng Trị',
      'Chuyến thăm Savannakhet → Huế',
    ]);
    // The same as the geocoding step gives in Node for the same text (the CLI's steps).
    const node = geocodeDraft(
      { file: 'pasted.txt', kind: 'text', content: readFileSync(ARTICLE, 'utf8') },
      builtinGazetteer(),
    ).original;
    const name = (id: string) => node.places.find((p) => p.id === id)!.name;
    expect(await draftLinks(page).allTextContents()).toEqual(
      node.links.map(
        (l) =>
          `${l.kind === 'visit' ? 'Chuyến thăm' : 'Kết nghĩa'} ${name(l.from.id)} ${l.kind === 'visit' ? '→' : '–'} ${name(l.to.id)}`,
      ),
    );
    expect(await draftPlaces(page).allTextContents()).toEqual(node.places.map((p) => p.name));
    // Every place name in the article is marked, as text.
    const marks = await workbench(page).locator('.article-text mark').allTextContents();
    expect(new Set(marks)).toEqual(new Set(['Quảng Trị', 'Savannakhet', 'Đông Hà', 'Huế']));
    expect(await workbench(page).locator('.draft blockquote').first().textContent()).toContain(
      'ký kết biên bản ghi nhớ',
    );
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('workbench-desktop') });
  });

  it('is clean for axe with a draft open', async () => {
    expect(await axeViolations(page)).toEqual([]);
  });

  it('corrects a link: a date for the agreement, the Huế visit removed, each undoable', async () => {
    page = await openDraft();
    await correct(page);
    expect(await workbench(page).locator('ol.corrections li').count()).toBe(2);
    await page.getByRole('button', { name: 'Hoàn tác: Bỏ Savannakhet → Huế' }).click();
    await expect.poll(() => draftLinks(page).count()).toBe(3);
    await page.getByRole('button', { name: 'Bỏ quan hệ Savannakhet → Huế' }).click();
    await expect.poll(() => draftLinks(page).count()).toBe(2);
    expect(await page.getByRole('textbox', { name: SISTER_DATE }).inputValue()).toBe('2025-03-11');
  });

  it('adds the corrected article to the map, keeps it over a reload and exports it', async () => {
    page = await openDraft({ acceptDownloads: true });
    await correct(page);
    await page.getByRole('button', { name: 'Thêm vào bản đồ' }).click();
    await expect
      .poll(() => workbench(page).locator('.collection li .title').allTextContents())
      .toEqual([TITLE]);
    await page.getByRole('button', { name: 'Bàn biên tập: ×' }).click();
    await expect
      .poll(() => listLinks(page))
      .toEqual(expect.arrayContaining([expect.stringContaining('Savannakhet')]));
    const savannakhet = (await listLinks(page)).filter((t) => t.includes('Savannakhet'));
    expect(savannakhet).toHaveLength(2);
    expect(savannakhet.some((t) => t.includes('Huế'))).toBe(false);

    // The collection is kept over a reload.
    await page.reload();
    await waitForMapReady(page);
    await expect
      .poll(() => listLinks(page))
      .toEqual(expect.arrayContaining([expect.stringContaining('Savannakhet')]));
    await openWorkbench(page);
    await expect
      .poll(() => workbench(page).locator('.collection li .title').allTextContents())
      .toEqual([TITLE]);

    // The three dataset files validate and load back with ?data=.
    const saved: Record<string, string> = {};
    const all = new Promise<void>((done) => {
      page.on('download', async (d) => {
        const path = join(exported, d.suggestedFilename());
        await d.saveAs(path);
        saved[d.suggestedFilename()] = readFileSync(path, 'utf8');
        if (Object.keys(saved).length === 3) done();
      });
    });
    await page
      .getByRole('button', { name: /^places\.geojson, links\.geojson, articles\.json$/ })
      .click();
    await all;
    const files = {
      places: JSON.parse(saved['places.geojson']!) as PlacesFile,
      links: JSON.parse(saved['links.geojson']!) as LinksFile,
      articles: JSON.parse(saved['articles.json']!) as unknown,
    };
    expect(validateDataset(files).ok).toBe(true);
    const sister = files.links.features.find((f) => f.properties.kind === 'sister')!;
    expect(sister.properties.dates).toEqual(['2025-03-11']);
    expect(files.links.features).toHaveLength(2);

    const fresh = await newPage();
    await openExplorer(fresh, `${atlas.app}?data=/exported/`);
    expect((await listLinks(fresh)).length).toBe(2);
    expect((await listLinks(fresh)).every((t) => t.includes('Savannakhet'))).toBe(true);
  });

  it('refuses a 5 MB paste and a binary file with a clear message', async () => {
    page = await newPage();
    await openExplorer(page, atlas.app);
    await openWorkbench(page);
    await page.getByLabel('Nội dung bài báo').evaluate((el, n) => {
      const t = el as HTMLTextAreaElement;
      t.value = 'Kon Tum thăm Attapeu. '.repeat(n);
      t.dispatchEvent(new Event('input', { bubbles: true }));
    }, 240_000);
    await page.getByRole('button', { name: 'Nhận diện địa danh' }).click();
    await expect
      .poll(() => workbench(page).locator('.message').textContent())
      .toMatch(/Nội dung quá lớn \(5\.\d MB\)/);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    await page
      .getByLabel('Chọn tệp .txt hoặc .html')
      .setInputFiles({ name: 'anh.png', mimeType: 'image/png', buffer: png });
    await expect
      .poll(() => workbench(page).locator('.message').textContent())
      .toContain('“anh.png” không phải tệp văn bản hay HTML');
  });

  it('on a phone the workbench sits under the map and shows the draft', async () => {
    page = await newPage({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      deviceScaleFactor: 2,
    });
    await openExplorer(page, atlas.app);
    await openWorkbench(page);
    await pasteAndRun(page, readFileSync(ARTICLE, 'utf8'));
    await expect.poll(() => draftLinks(page).count()).toBe(3);
    await waitForMapReady(page);
    await page.screenshot({ path: screenshotPath('workbench-phone'), fullPage: true });
  });
});

describe('the 2025 units view', () => {
  it('shows Kon Tum’s links on the new Quảng Ngãi and says where they came from', async () => {
    const page = await newPage();
    await openExplorer(page, atlas.app);
    await page.getByRole('radio', { name: '34 tỉnh, thành từ 1/7/2025' }).check();
    await waitForMapReady(page);
    expect(page.url()).toContain('units=2025');
    await page
      .locator('.list-view ul.places')
      .getByRole('button', { name: /^Quảng Ngãi/ })
      .click();
    const panel = page.locator('.place-panel');
    await expect.poll(() => panel.locator('h2').textContent()).toBe('Quảng Ngãi');
    await expect.poll(() => panel.textContent()).toContain('Gộp từ các đơn vị cũ: Kon Tum');
    const out = panel.locator('h3:has-text("Chuyến thăm đi") + ul li');
    await expect.poll(() => out.count()).toBe(6);
    await expect
      .poll(() => panel.locator('ol.timeline li li').first().textContent())
      .toContain('qua Kon Tum');
    // The place's story: its ties by year, each opening its article.
    await expect.poll(() => panel.locator('ol.timeline li .tie').count()).toBeGreaterThan(5);
    await panel.locator('ol.timeline button').first().click();
    await page.locator('.maplibregl-popup').waitFor();
    await page.screenshot({ path: screenshotPath('units-2025') });

    // The URL keeps the choice.
    await page.reload();
    await waitForMapReady(page);
    expect(await page.getByRole('radio', { name: '34 tỉnh, thành từ 1/7/2025' }).isChecked()).toBe(
      true,
    );
    expect(
      await page
        .locator('.list-view ul.places')
        .getByRole('button', { name: /^Kon Tum/ })
        .count(),
    ).toBe(0);
  });
});

// Keeps the temp folder name in failures readable.
writeFileSync(join(exported, 'README.txt'), 'files exported by tests/e2e/workbench.test.ts\n');
