// <friendship-atlas>: the web component. Attributes mirror the explorer's URL parameters
// (pair, kind, from, to, dated, place, link, lang, map) plus src (dataset folder), height (map
// height in px) and label; changing one updates the live map. Removing the element destroys
// the map and everything it listens to.
import { DEFAULT_VIEW_STATE } from '../app/state/view-state.ts';
import { mount, validHeight, type AtlasController } from './mount.ts';
import { applyViewOptions, VIEW_OPTION_KEYS, type ViewOptions } from './options.ts';

export const TAG = 'friendship-atlas';

export class FriendshipAtlasElement extends HTMLElement {
  static readonly observedAttributes = [...VIEW_OPTION_KEYS, 'src', 'height', 'label'];

  #controller: AtlasController | null = null;

  /** The live controller (setFilter, selectPlace, on), or null while disconnected. */
  get controller(): AtlasController | null {
    return this.#controller;
  }

  connectedCallback(): void {
    if (this.#controller) return;
    const c = mount(this, {
      ...this.#viewOptions(),
      data: this.getAttribute('src'),
      height: validHeight(this.getAttribute('height')),
      label: this.getAttribute('label') ?? '',
    });
    c.on('select', (place) => this.#emit('atlas-select', { place }));
    c.on('filter', (filter) => this.#emit('atlas-filter', filter));
    this.#controller = c;
  }

  disconnectedCallback(): void {
    this.#controller?.destroy();
    this.#controller = null;
  }

  attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    const c = this.#controller;
    if (!c || old === value) return;
    if (name === 'src') {
      // Another dataset is another map: start afresh rather than patch the old one.
      this.disconnectedCallback();
      this.connectedCallback();
    } else if (name === 'height') {
      c.instance.setOptions({ mapHeight: validHeight(value) });
    } else if (name === 'label') {
      c.instance.setOptions({ label: value ?? '' });
    } else {
      // The attributes are the whole view: rebuild it from them, not patch the current one.
      c.instance.update(applyViewOptions(DEFAULT_VIEW_STATE, this.#viewOptions()));
    }
  }

  #viewOptions(): ViewOptions {
    const o: Record<string, string | boolean | null> = {};
    for (const key of VIEW_OPTION_KEYS) {
      const v = this.getAttribute(key);
      // A bare boolean attribute (<friendship-atlas dated>) means yes.
      o[key] = key === 'dated' ? v !== null && v !== '0' && v !== 'false' : v;
    }
    return o as ViewOptions;
  }

  #emit(type: string, detail: unknown): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }
}

export function defineElement(): void {
  if (!customElements.get(TAG)) customElements.define(TAG, FriendshipAtlasElement);
}
