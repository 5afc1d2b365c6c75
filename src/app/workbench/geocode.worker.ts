// The browser's geocoding step: runs off the page's thread so a long article never freezes it.
// Loaded only when the workbench geocodes its first article (see geocode-client.ts).
import { builtinGazetteer } from '../../core/gazetteer-data.ts';
import { geocodeDraft } from './geocode-draft.ts';
import type { WorkerReply, WorkerRequest } from './geocode-client.ts';

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<WorkerRequest>) => void) | null;
  postMessage(m: WorkerReply): void;
};

scope.onmessage = (e) => {
  const { id, raw } = e.data;
  try {
    scope.postMessage({ id, ok: true, draft: geocodeDraft(raw, builtinGazetteer()) });
  } catch (err) {
    scope.postMessage({ id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
