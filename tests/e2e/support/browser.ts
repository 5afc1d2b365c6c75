// Launches Debian's Chromium through playwright-core (never a downloaded browser), opens pages in it
// and checks them with axe-core.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// WebGL in headless Chromium here only works through SwiftShader; background networking would
// try to reach hosts this machine cannot reach.
const ARGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-gl=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
];

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}: install Debian's package (apt-get install chromium) or set CHROMIUM_PATH`,
    );
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: ARGS });
}

export const SCREENSHOT_DIR = 'tests/e2e/screenshots';

export function screenshotPath(name: string): string {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return `${SCREENSHOT_DIR}/${name}.png`;
}

/**
 * Opens each test's page in a context of its own (the previous one closed, a desktop viewport
 * unless told), and fails the test on any error thrown in the page.
 */
export function pageOpener(
  browser: () => Browser,
): (options?: Parameters<Browser['newContext']>[0]) => Promise<Page> {
  let context: BrowserContext | undefined;
  return async (options = {}) => {
    await context?.close();
    context = await browser().newContext({ viewport: { width: 1280, height: 800 }, ...options });
    const p = await context.newPage();
    p.on('pageerror', (e) => {
      throw e;
    });
    return p;
  };
}

/** The serious and critical issues axe-core finds on the page, as "rule: targets". */
export async function axeViolations(p: Page): Promise<string[]> {
  await p.addScriptTag({ content: readFileSync('node_modules/axe-core/axe.min.js', 'utf8') });
  return p.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (ctx: Document) => Promise<{
            violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const r = await axe.run(document);
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}
