// Entry of dist/friendship-atlas.js: loading it defines <friendship-atlas>; importing it gives
// the JS API. Types: dist/friendship-atlas.d.ts (copied from ./api.d.ts). MapLibre's worker is
// dist/embed-assets/maplibre-gl-worker.js (see vite.embed.config.ts).
import { defineElement } from './element.ts';

defineElement();

export { mount } from './mount.ts';
export { FriendshipAtlasElement } from './element.ts';
