// Mounts a lazily imported component into an element, for parts of the page a reader may never
// use (the workbench, a place's timeline). Done by hand rather than with {#await import()} and a
// dynamic component: those pull Svelte's await and dynamic-component blocks into the first view
// (issue 11 budget: first-view JS may grow by 2 KB gzip at most).
import { mount, unmount, type Component } from 'svelte';

/**
 * Starts loading at once; returns the cleanup for an $effect. `props` should expose state
 * through getters so the mounted component follows it.
 */
export function lazyMount<P extends Record<string, unknown>>(
  load: () => Promise<{ default: Component<P> }>,
  target: HTMLElement,
  props: P,
): () => void {
  let instance: ReturnType<typeof mount> | null = null;
  let gone = false;
  void load().then((m) => {
    if (!gone) instance = mount(m.default, { target, props });
  });
  return () => {
    gone = true;
    if (instance) void unmount(instance);
  };
}
