// Entry of the explorer page (index.html).
import { mount } from 'svelte';
import { prewarm, setWorkerUrl, type Map as MaplibreMap } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import App from './app/App.svelte';
import { pageConfig } from './app/state/page-config.ts';
import { exposeTestHook } from './app/test-hook.ts';

// The map's worker starts loading now, not once the page's components are set up: the arcs are
// tiled there, and its script is the largest thing the first view waits for.
setWorkerUrl(workerUrl);
prewarm();
const config = pageConfig(
  location.search,
  document.baseURI,
  import.meta.env.VITE_BASEMAP_STYLE as string | undefined,
);
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target, props: { config, onmapready: (map: MaplibreMap) => exposeTestHook(map) } });
