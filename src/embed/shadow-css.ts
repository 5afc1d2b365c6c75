// The component's CSS as one constructed stylesheet shared by every instance. The build
// (vite.embed.config.ts) replaces the placeholder with all CSS of the bundle; constructed
// sheets need no 'unsafe-inline' in the host page's CSP, unlike <style> elements.
const CSS = '__FRIENDSHIP_ATLAS_CSS__';

let sheet: CSSStyleSheet | null = null;

export function shadowSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(CSS);
  }
  return sheet;
}
