// The embed in someone else's page: iframes of embed.html (with and without the host script),
// the <friendship-atlas> element and the mount() API, side by side, under hostile CSS and a
// strict CSP. Host pages and a small dataset live in tests/e2e/pages/.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, screenshotPath } from './support/browser.ts';
import { startStaticServer } from './support/static-server.ts';
import { TEST_DIST } from './support/test-dist.ts';
import { LAYERS } from '../../src/app/map/layer-ids.ts';
import { RESIZE } from '../../src/embed/messages.ts';

const PAGES = 'tests/e2e/pages';
const LINK_LAYERS = [LAYERS.sister, LAYERS.visit];

// The CSP docs/embed.md tells embedders to use (host page and the atlas's own pages alike).
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; style-src 'self'; " +
  "img-src 'self' data: blob:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'";

let dist = '';
let browser: Browser;
let server: { url: string; close: () => Promise<void> };
let strict: { url: string; close: () => Promise<void> };

beforeAll(async () => {
  // Both builds (app pages + component) are in the shared test build (support/global-setup.ts).
  dist = TEST_DIST;
  server = await startStaticServer([
    { prefix: '/app/', dir: dist },
    { prefix: '/pages/', dir: PAGES },
  ]);
  const csp = { 'Content-Security-Policy': STRICT_CSP };
  strict = await startStaticServer([
    { prefix: '/app/', dir: dist, headers: csp },
    { prefix: '/pages/', dir: PAGES, headers: csp },
  ]);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  await strict?.close();
});

interface Watched {
  page: Page;
  errors: string[];
  /** Origins of every request the page and its frames made. */
  origins: Set<string>;
}

/** A page that records console errors, page errors and CSP violations of every frame. */
async function openPage(url: string, width = 1400): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const origins = new Set<string>();
  page.on('request', (r) => {
    if (/^https?:/.test(r.url())) origins.add(new URL(r.url()).origin);
  });
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  await page.exposeFunction('__reportViolation', (v: string) => errors.push(`csp: ${v}`));
  // Runs in every frame, before the frame's own scripts (injected by CDP, so the CSP allows it).
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.top as unknown as { __reportViolation?: (v: string) => void }).__reportViolation?.(
        `${e.violatedDirective} ${e.blockedURI} (${location.pathname})`,
      );
    });
  });
  await page.goto(url);
  return { page, errors, origins };
}

function frameByEmbedId(page: Page, id: string): Frame {
  const f = page
    .frames()
    .find((fr) => URL.canParse(fr.url()) && new URL(fr.url()).searchParams.get('embedId') === id);
  if (!f) throw new Error(`no frame with embedId ${id}`);
  return f;
}

/** Links drawn on screen by the map inside an embed.html frame (0 until the map is ready). */
async function frameLinks(frame: Frame): Promise<number> {
  return frame.evaluate((layers) => {
    const m = window.__atlasEmbed?.map;
    if (!m || m.getContainer().dataset.ready !== 'true') return 0;
    const present = layers.filter((l) => m.getLayer(l));
    return present.length ? m.queryRenderedFeatures({ layers: present }).length : 0;
  }, LINK_LAYERS);
}

/** Same for a <friendship-atlas> element (or any mount() host) found by selector. */
async function elementLinks(page: Page, selector: string): Promise<number> {
  return page.evaluate(
    ([sel, layers]) => {
      const el = document.querySelector(sel) as
        | (HTMLElement & { controller?: { instance: { map: import('maplibre-gl').Map | null } } })
        | null;
      const m =
        el?.controller?.instance.map ??
        (
          window as unknown as {
            __controller?: { instance: { map: import('maplibre-gl').Map | null } };
          }
        ).__controller?.instance.map;
      if (!m || m.getContainer().dataset.ready !== 'true') return 0;
      const present = (layers as string[]).filter((l) => m.getLayer(l));
      return present.length ? m.queryRenderedFeatures({ layers: present }).length : 0;
    },
    [selector, LINK_LAYERS] as const,
  );
}

async function waitFor(
  check: () => Promise<boolean>,
  what: string,
  timeout = 30_000,
): Promise<void> {
  const end = Date.now() + timeout;
  let last: unknown = null;
  while (Date.now() < end) {
    // A frame that has not navigated yet, or a map not created yet, is "not yet", not a failure.
    try {
      if (await check()) return;
    } catch (e) {
      last = e;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
}

const shadowText = (page: Page, selector: string, inner: string) =>
  page.evaluate(
    ([s, i]) =>
      document.querySelector(s)?.shadowRoot?.querySelector(i)?.textContent?.trim() ?? null,
    [selector, inner] as const,
  );

describe('host page with two iframes and one web component', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(`${server.url}/pages/host.html`);
  });
  afterAll(async () => {
    await w.page.close();
  });

  it('each embed shows its own configuration in its summary line', async () => {
    const a = frameByEmbedId(w.page, 'kontum');
    const b = frameByEmbedId(w.page, 'campuchia');
    await waitFor(
      async () =>
        (await frameLinks(a)) > 0 &&
        (await frameLinks(b)) > 0 &&
        (await elementLinks(w.page, '#wc')) > 0,
      'three maps',
    );
    expect(await a.textContent('.fa-summary')).toBe('Vietnam–Laos · Kon Tum · 2 links');
    expect(await b.textContent('.fa-summary')).toBe('Việt Nam – Campuchia · kết nghĩa · 1 quan hệ');
    expect(await shadowText(w.page, '#wc', '.fa-summary')).toBe('Vietnam–Laos · visits · 2 links');
    expect(w.errors).toEqual([]);
    // No third-party request: tiles, fonts and data all come from the atlas's own server.
    expect([...w.origins]).toEqual([server.url]);
  });

  it('each embed links to the explorer with the same view, in a new tab without opener', async () => {
    const a = frameByEmbedId(w.page, 'kontum');
    const link = await a.$eval('.fa-foot a', (el) => ({
      href: (el as HTMLAnchorElement).href,
      text: el.textContent,
      target: el.getAttribute('target'),
      rel: el.getAttribute('rel'),
    }));
    expect(link.text).toBe('Open in Friendship Atlas');
    expect(link.target).toBe('_blank');
    expect(link.rel).toBe('noopener');
    const url = new URL(link.href);
    expect(url.pathname).toBe('/app/');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      data: '/pages/data/',
      pair: 'LA-VN',
      place: 'vn:kon-tum',
      lang: 'en',
    });
    const b = frameByEmbedId(w.page, 'campuchia');
    expect(await b.textContent('.fa-foot a')).toBe('Mở trong Friendship Atlas');
  });

  it('the host script sets each iframe to the height its embed reports', async () => {
    await waitFor(
      () =>
        w.page.evaluate(() =>
          [...document.querySelectorAll('iframe')].every((f) => f.getAttribute('height') !== '300'),
        ),
      'resized iframes',
    );
    const sizes = await w.page.evaluate(() =>
      [...document.querySelectorAll('iframe')].map((f) => ({
        attr: f.getAttribute('height'),
        box: f.getBoundingClientRect(),
      })),
    );
    for (const s of sizes) {
      // 4:3 map plus the summary and link lines.
      expect(s.box.height).toBeGreaterThan(s.box.width * 0.75);
      expect(s.box.height).toBeLessThan(s.box.width * 0.75 + 120);
      expect(Number(s.attr)).toBe(Math.round(s.box.height));
    }
  });

  it('the host script ignores a resize message that does not come from the iframe', async () => {
    const before = await w.page.$eval('#frame-a', (f) => f.getAttribute('height'));
    await w.page.evaluate(
      (type) => window.postMessage({ type, id: 'kontum', height: 999 }, '*'),
      RESIZE,
    );
    // Another iframe (frame b) forging frame a's id is refused too: its embedId differs.
    const b = frameByEmbedId(w.page, 'campuchia');
    await b.evaluate(
      (type) => window.parent.postMessage({ type, id: 'kontum', height: 998 }, '*'),
      RESIZE,
    );
    await w.page.waitForTimeout(300);
    expect(await w.page.$eval('#frame-a', (f) => f.getAttribute('height'))).toBe(before);
    expect(await w.page.$eval('#frame-b', (f) => f.getAttribute('height'))).not.toBe('998');
  });

  it('host CSS does not restyle the component, and the component CSS does not leak out', async () => {
    const inside = await w.page.evaluate(() => {
      const root = document.querySelector('#wc')!.shadowRoot!;
      const summary = getComputedStyle(root.querySelector('.fa-summary')!);
      const canvas = root.querySelector('canvas');
      const zoom = root.querySelector('.map-controls button')!.getBoundingClientRect();
      return {
        color: summary.color,
        fontSize: summary.fontSize,
        margin: summary.marginTop,
        canvasDisplay: canvas ? getComputedStyle(canvas).display : null,
        // px, not rem: the page's root font size must not blow up the zoom buttons.
        zoomButton: Math.round(zoom.width),
      };
    });
    expect(inside).toEqual({
      color: 'rgb(29, 29, 29)',
      fontSize: '13px',
      margin: '0px',
      canvasDisplay: 'block',
      zoomButton: 36,
    });
    const outside = await w.page.$eval('.probe-out', (p) => {
      const s = getComputedStyle(p);
      return { weight: s.fontWeight, color: s.color, border: s.borderBottomStyle };
    });
    // The page's own rules, not the component's .fa-summary (600, dark, bordered).
    expect(outside).toEqual({ weight: '900', color: 'rgb(255, 0, 0)', border: 'none' });
    expect(await w.page.evaluate(() => document.head.querySelectorAll('style').length)).toBe(0);
  });

  it('screenshot of the host page', async () => {
    await w.page.screenshot({ path: screenshotPath('embed-host'), fullPage: true });
  });

  it('maps take Ctrl+scroll to zoom (cooperative gestures) and show their attribution', async () => {
    const a = frameByEmbedId(w.page, 'kontum');
    expect(await a.evaluate(() => window.__atlasEmbed!.map.cooperativeGestures.isEnabled())).toBe(
      true,
    );
    expect(await a.isVisible('.maplibregl-ctrl-attrib')).toBe(true);
    const wc = await w.page.evaluate(() => {
      const el = document.querySelector('#wc') as HTMLElement & {
        controller: { instance: { map: import('maplibre-gl').Map } };
      };
      const attrib = el.shadowRoot!.querySelector('.maplibregl-ctrl-attrib') as HTMLElement | null;
      return {
        coop: el.controller.instance.map.cooperativeGestures.isEnabled(),
        attrib: !!attrib && attrib.offsetWidth > 0,
      };
    });
    expect(wc).toEqual({ coop: true, attrib: true });
  });

  it('changing an attribute of the element updates its map', async () => {
    await w.page.$eval('#wc', (el) => el.setAttribute('kind', 'sister'));
    await waitFor(
      async () =>
        (await shadowText(w.page, '#wc', '.fa-summary')) === 'Vietnam–Laos · sister links · 1 link',
      'new summary',
    );
    await waitFor(async () => (await elementLinks(w.page, '#wc')) > 0, 'sister arc drawn');
    // height is the map's height in pixels, set without a style attribute.
    await w.page.$eval('#wc', (el) => el.setAttribute('height', '300'));
    const box = await w.page.$eval('#wc', (el) => {
      const map = el.shadowRoot!.querySelector('.fa-map')!;
      return { height: map.getBoundingClientRect().height, styleAttr: map.getAttribute('style') };
    });
    expect(box).toEqual({ height: 300, styleAttr: 'height: 300px;' });
  });

  it('an iframe obeys commands only from an origin listed in allowOrigin', async () => {
    const origin = server.url;
    await w.page.evaluate((o) => {
      for (const [id, allow] of [
        ['allowed', `&allowOrigin=${encodeURIComponent(o)}`],
        ['closed', ''],
      ] as const) {
        const f = document.createElement('iframe');
        f.src = `/app/embed.html?data=/pages/data/&lang=en&embedId=${id}${allow}`;
        f.id = `frame-${id}`;
        document.body.append(f);
      }
    }, origin);
    await waitFor(async () => w.page.frames().length >= 5, 'new frames');
    for (const id of ['allowed', 'closed']) {
      await waitFor(async () => (await frameLinks(frameByEmbedId(w.page, id))) > 0, `${id} map`);
    }
    await w.page.evaluate(() => {
      for (const id of ['allowed', 'closed']) {
        const f = document.getElementById(`frame-${id}`) as HTMLIFrameElement;
        f.contentWindow!.postMessage(
          { type: 'friendship-atlas:select-place', place: 'la:attapeu' },
          '*',
        );
        f.contentWindow!.postMessage(
          { type: 'friendship-atlas:set-filter', filter: { kind: 'sister' } },
          '*',
        );
      }
    });
    await waitFor(
      async () =>
        (await frameByEmbedId(w.page, 'allowed').textContent('.fa-summary'))?.includes('Attapeu') ??
        false,
      'command obeyed',
    );
    expect(await frameByEmbedId(w.page, 'allowed').textContent('.fa-summary')).toBe(
      'Vietnam, Laos, Cambodia · sister links · Attapeu · 1 link',
    );
    expect(await frameByEmbedId(w.page, 'closed').textContent('.fa-summary')).toBe(
      'Vietnam, Laos, Cambodia · 4 links',
    );

    // A reader's click in the allowed frame is reported to the parent (an allowed origin).
    await w.page.evaluate(() => {
      const got: unknown[] = [];
      (window as unknown as { __selected: unknown[] }).__selected = got;
      window.addEventListener('message', (e) => {
        if ((e.data as { type?: string })?.type === 'friendship-atlas:select') got.push(e.data);
      });
    });
    await w.page.$eval('#frame-allowed', (f) => f.scrollIntoView());
    const allowed = frameByEmbedId(w.page, 'allowed');
    await waitFor(async () => (await frameLinks(allowed)) > 0, 'redrawn after commands');
    const pt = await allowed.evaluate(() => {
      const p = window.__atlasEmbed!.map.project([108.0, 14.35]);
      const r = window.__atlasEmbed!.map.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    const frameBox = (await w.page.$eval('#frame-allowed', (f) => {
      const r = f.getBoundingClientRect();
      return { x: r.left, y: r.top };
    }))!;
    await w.page.mouse.click(frameBox.x + pt.x, frameBox.y + pt.y);
    await waitFor(
      async () =>
        (await w.page.evaluate(
          () => (window as unknown as { __selected: unknown[] }).__selected.length,
        )) > 0,
      'select message',
    );
    expect(
      await w.page.evaluate(() => (window as unknown as { __selected: unknown[] }).__selected),
    ).toEqual([{ type: 'friendship-atlas:select', id: 'allowed', place: 'vn:kon-tum' }]);
  });
});

describe('a host page under a strict CSP', () => {
  it('renders the iframe and the component with no CSP violation and no console error', async () => {
    const w = await openPage(`${strict.url}/pages/csp-host.html`);
    try {
      const f = frameByEmbedId(w.page, 'csp');
      await waitFor(
        async () => (await frameLinks(f)) > 0 && (await elementLinks(w.page, '#wc')) > 0,
        'maps under CSP',
      );
      expect(await f.$$eval('canvas', (c) => c.length)).toBe(1);
      expect(
        await w.page.evaluate(
          () => document.querySelector('#wc')!.shadowRoot!.querySelectorAll('canvas').length,
        ),
      ).toBe(1);
      const headers = await (await w.page.request.get(`${strict.url}/app/embed.html`)).headers();
      expect(headers['content-security-policy']).toBe(STRICT_CSP);
      expect(w.errors).toEqual([]);
    } finally {
      await w.page.close();
    }
  });
});

describe('a news site embedding the atlas from another origin', () => {
  it('iframe and component work from the atlas origin under the cross-origin CSP of docs/embed.md', async () => {
    // The atlas on its own origin, with CORS for the module, its worker and the data; the
    // newsroom page on another origin with the CSP the docs give for this case.
    const cors = { 'Access-Control-Allow-Origin': '*' };
    const atlas = await startStaticServer([
      { prefix: '/app/', dir: dist, headers: { ...cors, 'Content-Security-Policy': STRICT_CSP } },
      { prefix: '/pages/', dir: PAGES, headers: cors },
    ]);
    const site = mkdtempSync(join(tmpdir(), 'fa-news-'));
    const a = atlas.url;
    writeFileSync(
      join(site, 'index.html'),
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><link rel="icon" href="data:,">
<title>Báo mẫu</title>
<script src="${a}/app/embed-host.js" defer></script>
<script type="module" src="${a}/app/friendship-atlas.js"></script></head><body>
<iframe id="frame" src="${a}/app/embed.html?pair=LA-VN&amp;data=${a}/pages/data/&amp;embedId=x" title="Atlas" width="100%" height="300" frameborder="0"></iframe>
<friendship-atlas id="wc" lang="en" kind="sister" src="${a}/pages/data/"></friendship-atlas>
</body></html>`,
    );
    const csp =
      `default-src 'self'; script-src 'self' ${a}; worker-src blob: ${a}; style-src 'self'; ` +
      `img-src 'self' data: blob:; connect-src 'self' ${a}; frame-src ${a}; object-src 'none'; base-uri 'self'`;
    const news = await startStaticServer([
      { prefix: '/', dir: site, headers: { 'Content-Security-Policy': csp } },
    ]);
    try {
      const w = await openPage(`${news.url}/`);
      try {
        const f = frameByEmbedId(w.page, 'x');
        await waitFor(
          async () => (await frameLinks(f)) > 0 && (await elementLinks(w.page, '#wc')) > 0,
          'cross-origin maps',
        ).catch((e) => {
          throw new Error(`${String(e)}; errors: ${w.errors.join(' | ')}`);
        });
        await waitFor(
          () => w.page.$eval('#frame', (el) => el.getAttribute('height') !== '300'),
          'cross-origin resize',
        );
        expect(await shadowText(w.page, '#wc', '.fa-summary')).toBe(
          'Vietnam, Laos, Cambodia · sister links · 2 links',
        );
        expect(w.errors).toEqual([]);
      } finally {
        await w.page.close();
      }
    } finally {
      await news.close();
      await atlas.close();
      rmSync(site, { recursive: true, force: true });
    }
  });
});

describe('JS API and element lifecycle', () => {
  let w: Watched;
  beforeAll(async () => {
    w = await openPage(`${server.url}/pages/api.html`, 900);
    await w.page.waitForFunction(
      () => 'mount' in ((window as unknown as { __api?: object }).__api ?? {}),
    );
  });
  afterAll(async () => {
    await w.page.close();
  });

  it('a dataset that fails validation or cannot be fetched shows a message, not a blank box', async () => {
    await waitFor(
      async () => (await shadowText(w.page, '#bad', '.fa-error')) !== null,
      'bad data message',
    );
    const bad = await shadowText(w.page, '#bad', '.fa-error');
    expect(bad).toContain('The map data could not be read');
    expect(bad).toContain('places.geojson: feature 0');
    await waitFor(
      async () => (await shadowText(w.page, '#missing', '.fa-error')) !== null,
      'missing data message',
    );
    expect(await shadowText(w.page, '#missing', '.fa-error')).toMatch(
      /Không đọc được dữ liệu bản đồ[\s\S]*HTTP 404/,
    );
  });

  it('mount() draws the map; setFilter, selectPlace and on() work; destroy() leaves nothing', async () => {
    const { page } = w;
    const baseline = await page.evaluate(() =>
      (window as unknown as { __liveListeners: () => object }).__liveListeners(),
    );
    await page.evaluate(() =>
      (window as unknown as { __api: { mount: (o: object) => void } }).__api.mount({
        pair: 'VN-LA',
        lang: 'en',
        data: '/pages/data/',
      }),
    );
    await waitFor(async () => (await elementLinks(page, '#box')) > 0, 'API map');
    expect(await shadowText(page, '#box', '.fa-summary')).toBe('Vietnam–Laos · 3 links');

    await page.evaluate(() =>
      (
        window as unknown as { __controller: { setFilter: (f: object) => void } }
      ).__controller.setFilter({ kind: 'visit' }),
    );
    expect(await shadowText(page, '#box', '.fa-summary')).toBe('Vietnam–Laos · visits · 2 links');
    await page.evaluate(() =>
      (
        window as unknown as { __controller: { selectPlace: (id: string) => void } }
      ).__controller.selectPlace('vn:nghe-an'),
    );
    expect(await shadowText(page, '#box', '.fa-summary')).toBe(
      'Vietnam–Laos · visits · Nghe An · 1 link',
    );

    // A reader's click on Kon Tum selects it and reaches the 'select' handler.
    await waitFor(async () => (await elementLinks(page, '#box')) > 0, 'redrawn');
    const point = await page.evaluate(() => {
      const m = (
        window as unknown as { __controller: { instance: { map: import('maplibre-gl').Map } } }
      ).__controller.instance.map;
      const p = m.project([108.0, 14.35]);
      const r = m.getCanvas().getBoundingClientRect();
      return { x: r.left + p.x, y: r.top + p.y };
    });
    await page.mouse.click(point.x, point.y);
    await waitFor(
      async () => (await shadowText(page, '#box', '.fa-summary'))?.includes('Kon Tum') ?? false,
      'click selects',
    );
    const events = await page.evaluate(
      () => (window as unknown as { __api: { events: unknown[] } }).__api.events,
    );
    expect(events).toEqual([
      ['filter', 'LA-VN', 'visit'],
      ['select', 'vn:kon-tum'],
    ]);

    // Destroy: the WebGL context is lost, no canvas or style is left, window listeners are back.
    const gone = await page.evaluate(() => {
      const c = (
        window as unknown as {
          __controller: { instance: { map: import('maplibre-gl').Map }; destroy: () => void };
        }
      ).__controller;
      const canvas = c.instance.map.getCanvas();
      const gl = (canvas.getContext('webgl2') ??
        canvas.getContext('webgl')) as WebGLRenderingContext | null;
      c.destroy();
      const root = document.getElementById('box')!.shadowRoot!;
      return {
        lost: gl?.isContextLost() ?? null,
        canvases: root.querySelectorAll('canvas').length,
        children: root.childElementCount,
        sheets: root.adoptedStyleSheets.length,
      };
    });
    expect(gone).toEqual({ lost: true, canvases: 0, children: 0, sheets: 0 });
    expect(
      await page.evaluate(() =>
        (window as unknown as { __liveListeners: () => object }).__liveListeners(),
      ),
    ).toEqual(baseline);
  });

  it('removing a <friendship-atlas> element releases its WebGL context and listeners', async () => {
    const { page } = w;
    const baseline = await page.evaluate(() =>
      (window as unknown as { __liveListeners: () => object }).__liveListeners(),
    );
    await page.evaluate(() => {
      const el = document.createElement('friendship-atlas');
      el.id = 'temp';
      el.setAttribute('src', '/pages/data/');
      document.body.append(el);
    });
    await waitFor(async () => (await elementLinks(page, '#temp')) > 0, 'element map');
    const result = await page.evaluate(() => {
      const el = document.getElementById('temp') as HTMLElement & {
        controller: { instance: { map: import('maplibre-gl').Map } };
      };
      const canvas = el.controller.instance.map.getCanvas();
      const gl = (canvas.getContext('webgl2') ??
        canvas.getContext('webgl')) as WebGLRenderingContext;
      let lostEvent = false;
      canvas.addEventListener('webglcontextlost', () => (lostEvent = true));
      el.remove();
      return new Promise<object>((ok) =>
        setTimeout(
          () =>
            ok({
              lost: gl.isContextLost(),
              lostEvent,
              canvases: el.shadowRoot!.querySelectorAll('canvas').length,
              controller: el.controller,
            }),
          100,
        ),
      );
    });
    expect(result).toEqual({ lost: true, lostEvent: true, canvases: 0, controller: null });
    expect(
      await page.evaluate(() =>
        (window as unknown as { __liveListeners: () => object }).__liveListeners(),
      ),
    ).toEqual(baseline);
  });
});

describe('figures', () => {
  it('reports the embed bundle size and the time to first arcs inside an iframe', async () => {
    const gz = (f: string) => gzipSync(readFileSync(f)).length;
    const component = gz(join(dist, 'friendship-atlas.js'));
    const host = statSync(join(dist, 'embed-host.js')).size;
    expect(host).toBeLessThan(2048);
    const w = await openPage(`${server.url}/pages/host.html`);
    try {
      const f = frameByEmbedId(w.page, 'kontum');
      await waitFor(async () => (await frameLinks(f)) > 0, 'first arcs');
      const ms = await f.evaluate(() => Math.round(performance.now()));
      console.log(
        `[embed figures] friendship-atlas.js ${(component / 1024).toFixed(1)} KiB gzip; ` +
          `embed-host.js ${host} B raw, ${gz(join(dist, 'embed-host.js'))} B gzip; ` +
          `first arcs in iframe ${ms} ms after its navigation start`,
      );
    } finally {
      await w.page.close();
    }
  });
});
