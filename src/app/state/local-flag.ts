// How many articles the reader's local collection holds, mirrored in localStorage so the first
// view can tell, without loading the workbench, whether there is a collection to merge.
const KEY = 'friendship-atlas:local-articles';

export function localCount(): number {
  try {
    return Number(localStorage.getItem(KEY)) || 0;
  } catch {
    return 0; // storage blocked (privacy mode, sandboxed frame): no collection
  }
}

export function setLocalCount(n: number): void {
  try {
    if (n > 0) localStorage.setItem(KEY, String(n));
    else localStorage.removeItem(KEY);
  } catch {
    // Storage blocked: the collection still works for this page, it is just not found at start.
  }
}
