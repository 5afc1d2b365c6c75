// Entry of the explorer page (index.html).
import { mount } from 'svelte';
import type { Map as MaplibreMap } from 'maplibre-gl';
import App from './app/App.svelte';
import { pageConfig } from './app/state/page-config.ts';
import { exposeTestHook } from './app/test-hook.ts';

const config = pageConfig(
  location.search,
  document.baseURI,
  import.meta.env.VITE_BASEMAP_STYLE as string | undefined,
);
const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');

mount(App, { target, props: { config, onmapready: (map: MaplibreMap) => exposeTestHook(map) } });
