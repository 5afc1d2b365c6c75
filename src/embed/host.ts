// Entry of dist/embed-host.js: the optional script a host page adds next to its atlas iframes so
// they take the height of their content. Loading it twice must not double the work.
import { watchEmbedResizes } from './host-listener.ts';

const FLAG = '__friendshipAtlasHost';
const w = window as unknown as Window & Record<string, unknown>;
if (!w[FLAG]) {
  w[FLAG] = true;
  watchEmbedResizes(window);
}
