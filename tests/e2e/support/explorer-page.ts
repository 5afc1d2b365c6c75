// Helpers for the explorer's browser tests: serve the built app, open it and wait until the map
// is idle with its data drawn (the map container's data-ready attribute), never a blind sleep.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, pageOpener } from './browser.ts';
import { startStaticServer, type StaticRoute } from './static-server.ts';
import { TEST_DIST } from './test-dist.ts';

export async function waitForMapReady(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForSelector('.atlas-map[data-ready="true"]', { timeout });
}

export async function openExplorer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForMapReady(page);
}

/** Client coordinates of a [lon, lat] point on the map (window.__atlas, set by the app). */
export async function screenPoint(
  page: Page,
  lonLat: [number, number],
): Promise<{ x: number; y: number }> {
  const [x, y] = await page.evaluate((ll) => window.__atlas!.project(ll), lonLat);
  return { x, y };
}

export interface ExplorerServer {
  /** The static server's origin (set before the file's tests). */
  url: string;
  /** The explorer: the test build's index.html under /app/ (set before the file's tests). */
  app: string;
  /** A page in a context of its own (browser.ts's pageOpener). */
  newPage: ReturnType<typeof pageOpener>;
}

/**
 * A test file's set-up: before its tests, serves the test build at /app/ (and `routes` beside
 * it) and launches Chromium; after them, closes both.
 */
export function serveExplorer(routes: StaticRoute[] = []): ExplorerServer {
  let server: Awaited<ReturnType<typeof startStaticServer>> | undefined;
  let browser: Browser | undefined;
  const s: ExplorerServer = { url: '', app: '', newPage: pageOpener(() => browser!) };
  beforeAll(async () => {
    server = await startStaticServer([{ prefix: '/app/', dir: TEST_DIST }, ...routes]);
    s.url = server.url;
    s.app = `${server.url}/app/index.html`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return s;
}
