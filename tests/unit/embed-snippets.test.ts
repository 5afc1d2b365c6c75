import { describe, expect, it } from 'vitest';
import {
  componentSnippet,
  embedUrl,
  escapeAttr,
  iframeSnippet,
  linkSnippet,
  normalizeBase,
  type SnippetInput,
  shareState,
} from '../../src/embed/snippets.ts';
import { DEFAULT_VIEW_STATE } from '../../src/app/state/view-state.ts';

function input(over: Partial<SnippetInput> = {}): SnippetInput {
  return {
    base: 'https://atlas.example.org/fa/',
    state: new URLSearchParams([
      ['pair', 'LA-VN'],
      ['place', 'vn:kon-tum'],
      ['lang', 'en'],
    ]),
    embedId: 'kontum',
    height: 480,
    title: 'Đối tác của Kon Tum',
    ...over,
  };
}

describe('escapeAttr', () => {
  it('escapeAttr replaces the five HTML-special characters', () => {
    expect(escapeAttr(`a&b"c'd<e>f`)).toBe('a&amp;b&quot;c&#39;d&lt;e&gt;f');
  });
  it('escapeAttr keeps Vietnamese letters as they are', () => {
    expect(escapeAttr('Thừa Thiên Huế')).toBe('Thừa Thiên Huế');
  });
});

describe('normalizeBase', () => {
  it('normalizeBase drops the file name, query and hash of a page URL', () => {
    expect(normalizeBase('https://x.org/fa/index.html?pair=LA-VN#top')).toBe('https://x.org/fa/');
  });
  it('normalizeBase rejects javascript: URLs', () => {
    expect(() => normalizeBase('javascript:alert(1)')).toThrow(/http/);
  });
});

describe('linkSnippet', () => {
  it('linkSnippet points at the explorer with the same state', () => {
    expect(linkSnippet(input())).toBe(
      'https://atlas.example.org/fa/?pair=LA-VN&place=vn%3Akon-tum&lang=en',
    );
  });
  it('linkSnippet without state is the bare base URL', () => {
    expect(linkSnippet(input({ state: new URLSearchParams() }))).toBe(
      'https://atlas.example.org/fa/',
    );
  });
});

describe('embedUrl', () => {
  it('embedUrl adds embedId after the state', () => {
    expect(embedUrl(input())).toBe(
      'https://atlas.example.org/fa/embed.html?pair=LA-VN&place=vn%3Akon-tum&lang=en&embedId=kontum',
    );
  });
});

describe('iframeSnippet', () => {
  it('iframeSnippet escapes & in the src and the title', () => {
    const code = iframeSnippet(input({ title: 'Kon Tum & "Attapeu"' }));
    expect(code).toContain('src="https://atlas.example.org/fa/embed.html?pair=LA-VN&amp;place=');
    expect(code).toContain('title="Kon Tum &amp; &quot;Attapeu&quot;"');
  });
  it('iframeSnippet has a fixed height and the host script, no style attribute', () => {
    const code = iframeSnippet(input({ height: 520.4 }));
    expect(code).toContain('height="520"');
    expect(code).toContain(
      '<script src="https://atlas.example.org/fa/embed-host.js" defer></script>',
    );
    expect(code).not.toContain('style=');
  });
  it('iframeSnippet cannot be broken out of by a hostile title', () => {
    const code = iframeSnippet(input({ title: '"><script>alert(1)</script>' }));
    expect(code).not.toContain('<script>alert');
    expect(code.match(/<script/g)).toHaveLength(1);
  });
});

describe('componentSnippet', () => {
  it('componentSnippet turns each state parameter into an attribute', () => {
    const code = componentSnippet(input());
    expect(code).toContain(
      '<friendship-atlas pair="LA-VN" place="vn:kon-tum" lang="en" label="Đối tác của Kon Tum"></friendship-atlas>',
    );
    expect(code).toContain(
      '<script type="module" src="https://atlas.example.org/fa/friendship-atlas.js"></script>',
    );
  });
  it('componentSnippet names the dataset parameter src', () => {
    const state = new URLSearchParams([['data', 'https://news.example/data/?a=1&b=2']]);
    expect(componentSnippet(input({ state }))).toContain(
      'src="https://news.example/data/?a=1&amp;b=2"',
    );
  });
  it('componentSnippet drops parameters whose name is not a plain attribute name', () => {
    const state = new URLSearchParams([
      ['onclick', 'x'],
      ['a b', 'y'],
      ['kind', 'visit'],
    ]);
    const code = componentSnippet(input({ state }));
    expect(code).toContain(' kind="visit"');
    expect(code).not.toContain('onclick');
    expect(code).not.toContain('a b');
  });
});

describe('shareState', () => {
  const PAGE = 'https://atlas.example.org/fa/?pair=LA-VN';
  it('shareState keeps the filter, the place and data=, drops the search text and embed-only keys', () => {
    const state = {
      ...DEFAULT_VIEW_STATE,
      pair: 'LA-VN' as const,
      place: 'vn:kon-tum',
      q: 'kon',
      lang: 'en' as const,
    };
    const p = shareState(
      state,
      'data=https%3A%2F%2Fbao.example%2Fd%2F&embedId=x&allowOrigin=https%3A%2F%2Fa.vn',
      PAGE,
    );
    expect(p.toString()).toBe(
      'data=https%3A%2F%2Fbao.example%2Fd%2F&pair=LA-VN&place=vn%3Akon-tum&lang=en',
    );
  });
  it('shareState makes a relative data folder absolute against the explorer page', () => {
    const p = shareState(DEFAULT_VIEW_STATE, 'data=..%2Fbao%2Fdata%2F', PAGE);
    expect(p.get('data')).toBe('https://atlas.example.org/bao/data/');
  });
});
