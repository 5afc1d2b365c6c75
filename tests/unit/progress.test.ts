import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { bufferedLines } from '../../scripts/lib/buffered-out.ts';
import { createProgress, rateText } from '../../scripts/lib/progress.ts';

function fakeTerminal() {
  let text = '';
  const stream = new PassThrough() as unknown as NodeJS.WriteStream;
  Object.assign(stream, { isTTY: true, columns: 120, cursorTo: () => true, clearLine: () => true });
  (stream as unknown as PassThrough).on('data', (d: Buffer) => (text += d.toString()));
  return { stream, text: () => text };
}

describe('createProgress', () => {
  it('stays hidden for a run under a second, however many inputs it has', () => {
    let t = 0;
    const term = fakeTerminal();
    const p = createProgress({ stream: term.stream, totalBytes: 1e6, enabled: true, now: () => t });
    for (let i = 0; i < 500; i++) {
      t += 1;
      p.tick(100, true);
    }
    p.stop();
    expect(p.visible).toBe(false);
    expect(term.text()).toBe('');
  });

  it('appears after a second with MB/s and articles/s', () => {
    let t = 0;
    const term = fakeTerminal();
    const p = createProgress({ stream: term.stream, totalBytes: 8e6, enabled: true, now: () => t });
    for (let i = 0; i < 8; i++) {
      t += 250;
      p.tick(1e6, true);
    }
    expect(p.visible).toBe(true);
    p.stop();
    expect(term.text()).toMatch(/4\.0 MB\/s, 4 articles\/s/);
  });

  it('draws nothing when disabled (quiet, or not a terminal)', () => {
    let t = 0;
    const term = fakeTerminal();
    const p = createProgress({
      stream: term.stream,
      totalBytes: null,
      enabled: false,
      now: () => t,
    });
    t = 5000;
    p.tick(1e6, true);
    expect(p.visible).toBe(false);
    expect(term.text()).toBe('');
  });

  it('rateText divides by the elapsed seconds', () => {
    expect(rateText(20e6, 1000, 2000)).toBe('10.0 MB/s, 500 articles/s');
  });
});

describe('bufferedLines', () => {
  it('gathers lines into one write and keeps their order', async () => {
    const writes: string[] = [];
    const out = new Writable({
      write(chunk: Buffer, _enc, cb) {
        writes.push(chunk.toString());
        cb();
      },
    });
    const w = bufferedLines(out);
    w.line('a');
    w.line('b');
    expect(w.full).toBe(false);
    await w.flush();
    await w.flush();
    expect(writes).toEqual(['a\nb\n']);
    w.line('x'.repeat(70_000));
    expect(w.full).toBe(true);
  });
});
