import { describe, expect, it } from 'vitest';
import { watchEmbedResizes } from '../../src/embed/host-listener.ts';
import { RESIZE } from '../../src/embed/messages.ts';

/** A recording fake of the host page: a window, its document and some iframes. */
function fakeHost(srcs: string[]) {
  const listeners = new Set<(e: MessageEvent) => void>();
  const frames = srcs.map((src) => {
    const attrs: Record<string, string> = { height: '300' };
    return {
      src,
      contentWindow: { name: src },
      style: { height: '' },
      attrs,
      setAttribute: (k: string, v: string) => (attrs[k] = v),
    };
  });
  const win = {
    document: { baseURI: 'https://bao.example.vn/bai-viet/1', querySelectorAll: () => frames },
    addEventListener: (_t: string, l: (e: MessageEvent) => void) => listeners.add(l),
    removeEventListener: (_t: string, l: (e: MessageEvent) => void) => listeners.delete(l),
  };
  const send = (source: unknown, origin: string, data: unknown) => {
    for (const l of listeners) l({ source, origin, data } as unknown as MessageEvent);
  };
  return { win: win as unknown as Window, frames, send, listeners };
}

const ATLAS = 'https://atlas.example.org';

describe('watchEmbedResizes', () => {
  it('watchEmbedResizes sets the height of the iframe the message comes from', () => {
    const h = fakeHost([`${ATLAS}/embed.html?embedId=a`, `${ATLAS}/embed.html?embedId=b`]);
    watchEmbedResizes(h.win);
    h.send(h.frames[1]!.contentWindow, ATLAS, { type: RESIZE, id: 'b', height: 612.3 });
    expect(h.frames[1]!.style.height).toBe('613px');
    expect(h.frames[1]!.attrs.height).toBe('613');
    expect(h.frames[0]!.style.height).toBe('');
  });
  it('watchEmbedResizes ignores a message from another origin than the iframe src', () => {
    const h = fakeHost([`${ATLAS}/embed.html?embedId=a`]);
    watchEmbedResizes(h.win);
    h.send(h.frames[0]!.contentWindow, 'https://evil.example', {
      type: RESIZE,
      id: 'a',
      height: 900,
    });
    expect(h.frames[0]!.style.height).toBe('');
  });
  it('watchEmbedResizes ignores a message whose source is no iframe of the page', () => {
    const h = fakeHost([`${ATLAS}/embed.html?embedId=a`]);
    watchEmbedResizes(h.win);
    h.send({ name: 'popup' }, ATLAS, { type: RESIZE, id: 'a', height: 900 });
    expect(h.frames[0]!.style.height).toBe('');
  });
  it('watchEmbedResizes ignores an id that is not the embedId of that iframe', () => {
    const h = fakeHost([`${ATLAS}/embed.html?embedId=a`]);
    watchEmbedResizes(h.win);
    h.send(h.frames[0]!.contentWindow, ATLAS, { type: RESIZE, id: 'b', height: 900 });
    expect(h.frames[0]!.style.height).toBe('');
  });
  it('watchEmbedResizes resolves a relative iframe src against the page', () => {
    const h = fakeHost(['/atlas/embed.html']);
    watchEmbedResizes(h.win);
    h.send(h.frames[0]!.contentWindow, 'https://bao.example.vn', {
      type: RESIZE,
      id: '',
      height: 500,
    });
    expect(h.frames[0]!.style.height).toBe('500px');
  });
  it('watchEmbedResizes ignores negative, huge and non-numeric heights', () => {
    const h = fakeHost([`${ATLAS}/embed.html`]);
    watchEmbedResizes(h.win);
    for (const height of [-1, 20_000, '500', Number.NaN]) {
      h.send(h.frames[0]!.contentWindow, ATLAS, { type: RESIZE, id: '', height });
    }
    expect(h.frames[0]!.style.height).toBe('');
  });
  it('watchEmbedResizes returns a stop function that removes its listener', () => {
    const h = fakeHost([]);
    const stop = watchEmbedResizes(h.win);
    expect(h.listeners.size).toBe(1);
    stop();
    expect(h.listeners.size).toBe(0);
  });
});

describe('host-listener constant', () => {
  it('host-listener uses the same message type as messages.ts', async () => {
    const { readFileSync } = await import('node:fs');
    expect(readFileSync('src/embed/host-listener.ts', 'utf8')).toContain(
      `const RESIZE_TYPE = '${RESIZE}';`,
    );
  });
});
