import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/app/data/load-dataset.ts';

/** A fetch that answers every URL the same way (issue 10: the messages a reader sees). */
const answer =
  (make: () => Response | Promise<Response>): typeof fetch =>
  async () =>
    make();

const errorsOf = async (fetcher: typeof fetch, base: string, origin: string | null) => {
  const r = await loadDataset(base, fetcher, origin);
  if (r.ok) throw new Error('expected a failure');
  return r.errors;
};

describe('loadDataset failure messages', () => {
  it('loadDataset with an HTML page for a missing folder says the file was not found, not bad JSON', async () => {
    const html = () =>
      new Response('<!doctype html><title>x</title>', {
        headers: { 'content-type': 'text/html' },
      });
    const errors = await errorsOf(answer(html), 'http://a.test/nope/', 'http://a.test');
    expect(errors[0]).toBe(
      'places.geojson: file not found (the server answered with an HTML page)',
    );
    expect(errors.join()).not.toMatch(/JSON/);
  });

  it('loadDataset with a 404 says file not found', async () => {
    const errors = await errorsOf(
      answer(() => new Response('no', { status: 404 })),
      'http://a.test/d/',
      'http://a.test',
    );
    expect(errors).toContain('links.geojson: file not found (HTTP 404)');
  });

  it('loadDataset failing to fetch from another origin names CORS', async () => {
    const fail: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const errors = await errorsOf(fail, 'https://other.test/d/', 'http://a.test');
    expect(errors[0]).toMatch(/^places\.geojson: could not be fetched from https:\/\/other\.test/);
    expect(errors[0]).toMatch(/probably CORS/);
  });

  it('loadDataset failing to fetch from its own origin does not blame CORS', async () => {
    const fail: typeof fetch = () => Promise.reject(new TypeError('Failed to fetch'));
    const errors = await errorsOf(fail, 'http://a.test/d/', 'http://a.test');
    expect(errors[0]).toBe('places.geojson: could not be fetched (Failed to fetch)');
  });

  it('loadDataset with JSON that does not parse says so', async () => {
    const errors = await errorsOf(
      answer(() => new Response('{"a":', { headers: { 'content-type': 'application/json' } })),
      'http://a.test/d/',
      'http://a.test',
    );
    expect(errors[0]).toMatch(/^places\.geojson: is not valid JSON/);
  });
});
