// The Share / Embed dialog on its own (tests/e2e/pages/share-harness.html, built here): the three
// kinds of code for the current view, the live preview and the copy button.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './support/browser.ts';
import { startStaticServer } from './support/static-server.ts';
import { TEST_DIST } from './support/test-dist.ts';

const PAGES = 'tests/e2e/pages';

let out = '';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let page: Page;

beforeAll(async () => {
  // The app comes from the shared test build; the harness page is built here.
  out = mkdtempSync(join(tmpdir(), 'fa-share-e2e-'));
  await build({
    configFile: false,
    root: resolve(PAGES),
    base: './',
    logLevel: 'error',
    plugins: [svelte()],
    build: {
      outDir: join(out, 'harness'),
      emptyOutDir: true,
      rollupOptions: { input: resolve(PAGES, 'share-harness.html') },
    },
  });
  server = await startStaticServer([
    { prefix: '/app/', dir: TEST_DIST },
    { prefix: '/harness/', dir: join(out, 'harness') },
    { prefix: '/pages/', dir: PAGES },
  ]);
  browser = await launchBrowser();
  const context = await browser.newContext({ viewport: { width: 1100, height: 1300 } });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  page = await context.newPage();
  const q = new URLSearchParams({
    pair: 'LA-VN',
    place: 'vn:kon-tum',
    lang: 'en',
    q: 'kon',
    data: '/pages/data/',
    base: `${server.url}/app/`,
  });
  await page.goto(`${server.url}/harness/share-harness.html?${q}`);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

const code = () => page.inputValue('textarea.code');

describe('ShareDialog', () => {
  it('opens as a modal dialog titled in the view language', async () => {
    expect(await page.isVisible('dialog[open]')).toBe(true);
    expect(await page.textContent('dialog h2')).toBe('Share / Embed the map');
  });

  it('iframe code carries the view, an absolute dataset URL and the host script, attribute-escaped', async () => {
    const app = `${server.url}/app/`;
    const data = encodeURIComponent(`${server.url}/pages/data/`);
    expect(await code()).toBe(
      `<iframe src="${app}embed.html?data=${data}&amp;pair=LA-VN&amp;place=vn%3Akon-tum&amp;lang=en&amp;embedId=atlas-1"` +
        ` title="Friendship Atlas map" width="100%" height="560" frameborder="0" loading="lazy" allow="fullscreen"` +
        ` data-friendship-atlas></iframe>\n<script src="${app}embed-host.js" defer></script>`,
    );
  });

  it('the live preview shows the same view', async () => {
    const frame = page.frameLocator('iframe.preview');
    await expect
      .poll(() => frame.locator('.fa-summary').textContent(), { timeout: 30_000 })
      .toBe('Vietnam–Laos · Kon Tum · 2 links');
  });

  it('editing embedId and height updates the code', async () => {
    await page.fill('.options input[type=text]', 'bao-kontum');
    await page.fill('.options input[type=number]', '640');
    const c = await code();
    expect(c).toContain('embedId=bao-kontum"');
    expect(c).toContain('height="640"');
  });

  it('the link tab gives the explorer URL and the component tab one script and one element', async () => {
    await page.click('text=Link');
    expect(await code()).toBe(
      `${server.url}/app/?data=${encodeURIComponent(`${server.url}/pages/data/`)}&pair=LA-VN&place=vn%3Akon-tum&lang=en`,
    );
    await page.click('text=Web component');
    expect(await code()).toBe(
      `<script type="module" src="${server.url}/app/friendship-atlas.js"></script>\n` +
        `<friendship-atlas src="${server.url}/pages/data/" pair="LA-VN" place="vn:kon-tum" lang="en"` +
        ` label="Friendship Atlas map"></friendship-atlas>`,
    );
  });

  it('Copy puts the code on the clipboard and says so', async () => {
    await page.click('button:text("Copy")');
    await expect.poll(() => page.textContent('.copy-status')).toBe('Copied');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await code());
  });

  it('Close closes the dialog', async () => {
    await page.click('button.close');
    expect(await page.isVisible('dialog[open]')).toBe(false);
  });
});

describe('Share / Embed button in the explorer', () => {
  it('opens the dialog with the explorer view in its code', async () => {
    const p = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    try {
      await p.goto(`${server.url}/app/?pair=KH-VN&data=/pages/data/`);
      await p.click('button.share-button');
      await expect.poll(() => p.isVisible('dialog[open]')).toBe(true);
      expect(await p.textContent('dialog h2')).toBe('Chia sẻ / Nhúng bản đồ');
      expect(await p.inputValue('textarea.code')).toContain('pair=KH-VN');
    } finally {
      await p.close();
    }
  });
});
