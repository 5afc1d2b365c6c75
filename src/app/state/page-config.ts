// Where the explorer page loads things from: ?data=<folder URL> for another dataset (the
// e2e tests serve fixtures so), ?basemap=<style URL> or VITE_BASEMAP_STYLE for an online
// basemap (off by default: the offline Natural Earth basemap needs no network).
import { safeHttpUrl } from './safe-url.ts';

export interface PageConfig {
  dataBase: string;
  basemapBase: string;
  styleUrl: string | null;
}

export function pageConfig(
  search: string,
  baseUri: string,
  envStyle: string | undefined,
): PageConfig {
  const p = new URLSearchParams(search);
  const data = p.get('data');
  let dataBase = new URL('./data/', baseUri).href;
  if (data) {
    try {
      const u = new URL(data, baseUri);
      if (u.protocol === 'http:' || u.protocol === 'https:')
        dataBase = u.href.endsWith('/') ? u.href : `${u.href}/`;
    } catch {
      // Malformed: keep the built-in dataset.
    }
  }
  return {
    dataBase,
    basemapBase: new URL('./basemap/', baseUri).href,
    styleUrl: safeHttpUrl(p.get('basemap')) ?? safeHttpUrl(envStyle),
  };
}
