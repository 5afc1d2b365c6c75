// The postMessage protocol between an embed (iframe) and the page that holds it. Pure: shapes and
// guards only, so the embed page, the host script and the tests agree on one definition.

export const RESIZE = 'friendship-atlas:resize';
export const SELECT_PLACE = 'friendship-atlas:select-place';
export const SET_FILTER = 'friendship-atlas:set-filter';
export const SELECTED = 'friendship-atlas:select';

/** Sent by the embed to its parent whenever its content height changes. */
export interface ResizeMessage {
  type: typeof RESIZE;
  /** The embed's `embedId` URL parameter ("" when absent). */
  id: string;
  /** Content height in CSS pixels. */
  height: number;
}

/** Commands a host may send to an embed (obeyed only from an origin listed in `allowOrigin`). */
export type EmbedCommand =
  | { type: typeof SELECT_PLACE; place: string | null }
  | { type: typeof SET_FILTER; filter: Record<string, string> };

// An iframe never needs to be taller than this; a bigger number is a bug or an attack.
const MAX_HEIGHT = 10_000;

export function resizeMessage(id: string, height: number): ResizeMessage {
  return { type: RESIZE, id, height: Math.ceil(Math.min(Math.max(height, 0), MAX_HEIGHT)) };
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return (
    m.type === RESIZE &&
    typeof m.id === 'string' &&
    typeof m.height === 'number' &&
    Number.isFinite(m.height) &&
    m.height >= 0 &&
    m.height <= MAX_HEIGHT
  );
}

/** The command carried by a message, or null when the data is not a well-formed command. */
export function parseCommand(data: unknown): EmbedCommand | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  if (m.type === SELECT_PLACE && (m.place === null || typeof m.place === 'string')) {
    return { type: SELECT_PLACE, place: m.place };
  }
  if (m.type === SET_FILTER && typeof m.filter === 'object' && m.filter !== null) {
    const filter: Record<string, string> = {};
    for (const [k, v] of Object.entries(m.filter)) if (typeof v === 'string') filter[k] = v;
    return { type: SET_FILTER, filter };
  }
  return null;
}
