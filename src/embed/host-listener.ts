// The host page's side of the resize protocol: sets an embed iframe's height from the messages it
// posts. Self-contained on purpose (no imports): it is built into embed-host.js, a classic script
// that must stay tiny and dependency-free. Keep RESIZE_TYPE equal to RESIZE in ./messages.ts.

const RESIZE_TYPE = 'friendship-atlas:resize';
const MAX_HEIGHT = 10_000;

/** Starts listening; returns the function that stops. */
export function watchEmbedResizes(win: Window): () => void {
  const onMessage = (event: MessageEvent): void => {
    const data: unknown = event.data;
    if (typeof data !== 'object' || data === null) return;
    const { type, id, height } = data as Record<string, unknown>;
    if (type !== RESIZE_TYPE || typeof id !== 'string' || typeof height !== 'number') return;
    if (!(height >= 0 && height <= MAX_HEIGHT)) return;
    const frame = frameOf(win.document, event.source);
    if (!frame) return;
    // Only the page loaded from the iframe's own src may size it: a navigated-away frame may not.
    let src: URL;
    try {
      src = new URL(frame.src, win.document.baseURI);
    } catch {
      return;
    }
    if (event.origin !== src.origin) return;
    const expectedId = src.searchParams.get('embedId') ?? '';
    if (id !== expectedId) return;
    frame.style.height = `${Math.ceil(height)}px`;
    frame.setAttribute('height', String(Math.ceil(height)));
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}

function frameOf(doc: Document, source: MessageEventSource | null): HTMLIFrameElement | null {
  if (!source) return null;
  for (const frame of doc.querySelectorAll('iframe')) {
    if (frame.contentWindow === source) return frame;
  }
  return null;
}
