// Helpers for the explorer's browser tests: serve the built app, open it and wait until the map
// is idle with its data drawn (the map container's data-ready attribute), never a blind sleep.
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, pageOpener } from './browser.ts';
import { startStaticServer, type StaticRoute } from './static-server.ts';
import { TEST_DIST } from './test-dist.ts';

export async function waitForMapReady(page: Page, timeout = 60_000): Promise<void> {
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

/** Whether the page runs a requestAnimationFrame callback within 5 s. */
async function frameCheck(page: Page): Promise<string> {
  const probe = page.evaluate(
    () =>
      new Promise<string>((done) => {
        requestAnimationFrame(() => done('the page draws frames'));
        setTimeout(() => done('no animation frame in 5 s: the page stopped drawing'), 5000);
      }),
  );
  const hung = new Promise<string>((done) =>
    setTimeout(() => done('no answer from the page in 10 s: its main thread is busy'), 10_000),
  );
  return Promise.race([probe, hung]).catch((e: unknown) => `page check failed: ${String(e)}`);
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
  let last: Page | undefined;
  const open = pageOpener(() => browser!);
  const newPage: ExplorerServer['newPage'] = async (options) => (last = await open(options));
  const s: ExplorerServer = { url: '', app: '', newPage };
  // A failure says whether the page still drew frames: a click waits for two animation frames,
  // and once (CI, 2026-12) a page stopped drawing after a workbench edit until it was reloaded.
  afterEach(async ({ task }) => {
    if (task.result?.state !== 'fail' || !last || last.isClosed()) return;
    console.log(`after "${task.name}" failed: ${await frameCheck(last)}`);
  });
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
