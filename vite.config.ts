import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = import.meta.dirname;

/**
 * Folders served next to the pages as static files: the dataset at ./data/ and the offline
 * basemap at ./basemap/. The dataset is geodata/dataset/ once the geocoder has written it;
 * until then (no places.geojson there) the hand-made fixture that mirrors it.
 */
function staticFolders(): Record<string, string> {
  const dataset = existsSync(join(root, 'geodata/dataset/places.geojson'))
    ? join(root, 'geodata/dataset')
    : join(root, 'tests/fixtures/dataset');
  return { data: dataset, basemap: join(root, 'geodata/basemap') };
}

/**
 * What each folder publishes: the dataset files and the map's compact map.json (not the
 * geocoder's report.json), any basemap GeoJSON.
 */
const PUBLISHED: Record<string, (name: string) => boolean> = {
  data: (n) => ['places.geojson', 'links.geojson', 'articles.json', 'map.json'].includes(n),
  basemap: (n) => n.endsWith('.geojson'),
};

function atlasData(): Plugin {
  return {
    name: 'friendship-atlas:data',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent((req.url ?? '').split('?')[0] ?? '');
        const m = /^\/(data|basemap)\/([\w.-]+)$/.exec(path);
        const dir = m ? staticFolders()[m[1]!] : undefined;
        const file = dir && m && PUBLISHED[m[1]!]!(m[2]!) ? join(dir, m[2]!) : null;
        if (!file || !existsSync(file)) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(readFileSync(file));
      });
    },
    generateBundle() {
      for (const [prefix, dir] of Object.entries(staticFolders())) {
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir).filter(PUBLISHED[prefix]!)) {
          this.emitFile({
            type: 'asset',
            fileName: `${prefix}/${name}`,
            source: readFileSync(join(dir, name)),
          });
        }
      }
    },
  };
}

/**
 * Where `npm run build` writes, for this config and vite.embed.config.ts alike: dist/ for
 * `npm start`, dist-test/ for the browser tests (tests/e2e/support/global-setup.ts), so a test
 * run never empties the folder a running preview serves.
 */
export const OUT_DIR = process.env.ATLAS_OUT_DIR || 'dist';

// Two pages: the full explorer (index.html) and the embeddable map (embed.html).
export default defineConfig({
  plugins: [svelte(), atlasData()],
  base: './',
  build: {
    target: 'es2022',
    outDir: OUT_DIR,
    rollupOptions: {
      input: {
        main: resolve(root, 'index.html'),
        embed: resolve(root, 'embed.html'),
      },
      output: {
        // MapLibre in its own chunk: it changes less often than the app and is measured apart.
        codeSplitting: {
          groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/]/ }],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
