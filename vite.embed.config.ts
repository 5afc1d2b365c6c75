import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { copyFileSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { OUT_DIR } from './vite.config.ts';

// Second build, run after the app's (`vite build && vite build -c vite.embed.config.ts`): the
// web component + JS API as one ES module (friendship-atlas.js) and the host page helper
// (embed-host.js). Written into the app's folder (OUT_DIR) without emptying it.

const CSS_PLACEHOLDER = '__FRIENDSHIP_ATLAS_CSS__';

/**
 * The component lives in a Shadow DOM, so page-level CSS files cannot style it, and <style>
 * elements would need 'unsafe-inline' in the host's CSP. Instead all CSS of the bundle
 * (Svelte components, maplibre-gl.css, embed.css) becomes one string in the JS that the
 * element adopts as a constructed stylesheet (not subject to style-src).
 */
function cssIntoShadowRoot(): Plugin {
  return {
    name: 'friendship-atlas:css-into-shadow-root',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const cssFiles = Object.values(bundle).filter(
        (f) => f.type === 'asset' && f.fileName.endsWith('.css'),
      );
      const css = cssFiles.map((f) => (f.type === 'asset' ? String(f.source) : '')).join('\n');
      for (const f of cssFiles) delete bundle[f.fileName];
      for (const chunk of Object.values(bundle)) {
        if (chunk.type === 'chunk' && chunk.code.includes(CSS_PLACEHOLDER)) {
          chunk.code = chunk.code.replace(new RegExp(`(["'\`])${CSS_PLACEHOLDER}\\1`), () =>
            JSON.stringify(css),
          );
        }
      }
    },
  };
}

// .js, not .mjs: every static server sends .js as JavaScript, which module workers require.
const WORKER_FILE = 'embed-assets/maplibre-gl-worker.js';
const WORKER_URL_ID = '\0friendship-atlas:maplibre-worker-url';

/**
 * MapLibre 6 finds its worker next to its own module, which a bundle does not have, so
 * AtlasMap passes `maplibre-gl-worker.mjs?url` to setWorkerUrl. Library mode would inline that
 * as a data: URL (a worker a strict CSP refuses); instead the worker is copied beside the
 * bundle and its URL computed at run time from the bundle's own URL.
 */
function workerBesideBundle(): Plugin {
  const require = createRequire(import.meta.url);
  return {
    name: 'friendship-atlas:worker-beside-bundle',
    apply: 'build',
    enforce: 'pre',
    resolveId(source) {
      if (/^maplibre-gl\/dist\/maplibre-gl-worker\.mjs\?/.test(source)) return WORKER_URL_ID;
      return null;
    },
    load(id) {
      if (id !== WORKER_URL_ID) return null;
      const file = require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs');
      const code = readFileSync(file, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\s*$/, '\n');
      this.emitFile({ type: 'asset', fileName: WORKER_FILE, source: code });
      // A variable, not a literal: Vite rewrites new URL('literal', import.meta.url).
      return `const file = ${JSON.stringify(WORKER_FILE)};\nexport default new URL(file, import.meta.url).href;\n`;
    },
  };
}

/** Ships the hand-written API types next to the module. */
function copyTypes(): Plugin {
  let outDir = OUT_DIR;
  return {
    name: 'friendship-atlas:copy-types',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      copyFileSync(
        resolve(import.meta.dirname, 'src/embed/api.d.ts'),
        resolve(outDir, 'friendship-atlas.d.ts'),
      );
    },
  };
}

export default defineConfig({
  plugins: [workerBesideBundle(), svelte(), cssIntoShadowRoot(), copyTypes()],
  base: './',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: OUT_DIR,
    emptyOutDir: false,
    cssCodeSplit: false,
    copyPublicDir: false,
    lib: {
      entry: {
        'friendship-atlas': resolve(import.meta.dirname, 'src/embed/friendship-atlas.ts'),
        'embed-host': resolve(import.meta.dirname, 'src/embed/host.ts'),
      },
      formats: ['es'],
      fileName: (_format, name) => `${name}.js`,
    },
    rollupOptions: {
      output: {
        // Vite keeps whitespace in ES libraries (for consumers that re-bundle); this one is
        // loaded as is by readers' browsers.
        minify: true,
        // Hashed so a new deployment never serves a stale worker/chunk with a fresh entry.
        chunkFileNames: 'embed-assets/[name]-[hash].js',
        assetFileNames: 'embed-assets/[name]-[hash][extname]',
      },
    },
  },
});
