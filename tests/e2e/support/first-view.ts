// What the explorer's first view costs in JS: the entry script and the modules index.html
// preloads (its static imports), gzip-compressed as a server would send them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export function firstViewScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const srcs = [
    ...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]!.replace(/^\.\//, ''));
  return [...new Set(srcs)];
}

/** gzip bytes (level 9) of each first-view script, by file name. */
export function firstViewGzip(dist: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of firstViewScripts(dist))
    out[f] = gzipSync(readFileSync(join(dist, f)), { level: 9 }).length;
  return out;
}
