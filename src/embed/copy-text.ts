// Copies text for the Share dialog. The async Clipboard API needs a secure context and a user
// gesture; on plain-http intranets and older WebViews it is missing or throws, so the readonly
// textarea that shows the code is selected and copied the old way instead.

export async function copyText(
  text: string,
  fallback: HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // fall through to the textarea
  }
  if (!fallback) return false;
  fallback.focus();
  fallback.select();
  try {
    // Deprecated but still the only synchronous path where the Clipboard API is unavailable.
    return document.execCommand('copy');
  } catch {
    return false;
  }
}
