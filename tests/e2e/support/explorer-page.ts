// Helpers for the explorer's browser tests: open the built app and wait until the map is idle
// with its data drawn (the map container's data-ready attribute), never a blind sleep.
import type { Page } from 'playwright-core';

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
