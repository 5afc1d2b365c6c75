// Fetching one dataset file as JSON, with failures put in words (load-dataset.ts,
// load-map-file.ts).

/**
 * What went wrong with one file, in words a reader can act on. A static server without the file
 * often answers 200 with its index page (Vite's preview does), so HTML is reported as missing,
 * not as bad JSON; a fetch that fails outright from another origin is most likely CORS.
 */
export async function fetchJson(
  url: string,
  fetcher: typeof fetch,
  pageOrigin: string | null,
): Promise<{ value: unknown } | { error: string }> {
  let res: Response;
  try {
    res = await fetcher(url);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    const origin = new URL(url).origin;
    if (pageOrigin && origin !== pageOrigin)
      return {
        error: `could not be fetched from ${origin} (${why}): probably CORS — that server must send Access-Control-Allow-Origin for this page`,
      };
    return { error: `could not be fetched (${why})` };
  }
  if (res.status === 404) return { error: 'file not found (HTTP 404)' };
  if (!res.ok) return { error: `HTTP ${res.status}` };
  const text = await res.text();
  const type = res.headers.get('content-type') ?? '';
  if (type.includes('text/html') || /^\s*</.test(text))
    return { error: 'file not found (the server answered with an HTML page)' };
  try {
    return { value: JSON.parse(text) as unknown };
  } catch (e) {
    return { error: `is not valid JSON (${e instanceof Error ? e.message : String(e)})` };
  }
}

/** A folder URL with its trailing slash. */
export const folder = (base: string) => (base.endsWith('/') ? base : `${base}/`);
