// The progress line on a terminal: shown once a run has lasted a second (a short run needs
// none, whatever its number of files), with the throughput in MB/s and articles/s.
import cliProgress from 'cli-progress';

const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;

export interface Progress {
  /** One input consumed: its bytes, and whether it was an article. */
  tick(bytes: number, article: boolean): void;
  /** Runs `print` with the bar out of the way (a message would otherwise break it). */
  around(print: () => void): void;
  readonly visible: boolean;
  stop(): void;
}

export interface ProgressOptions {
  stream: NodeJS.WriteStream;
  /** Total input bytes, when known (files), else null (a stream). */
  totalBytes: number | null;
  /** False when quiet or not on a terminal: nothing is drawn. */
  enabled: boolean;
  now?: () => number;
}

export function rateText(bytes: number, articles: number, ms: number): string {
  const s = Math.max(ms, 1) / 1000;
  return `${(bytes / 1e6 / s).toFixed(1)} MB/s, ${Math.round(articles / s)} articles/s`;
}

export function createProgress(opts: ProgressOptions): Progress {
  const now = opts.now ?? (() => performance.now());
  const start = now();
  const total = opts.totalBytes ?? 0;
  let bytes = 0;
  let articles = 0;
  let lastDraw = 0;
  let bar: cliProgress.SingleBar | null = null;
  const payload = () => ({
    rate: rateText(bytes, articles, now() - start),
    articles,
    mb: (bytes / 1e6).toFixed(1),
  });
  return {
    tick(b, article) {
      bytes += b;
      if (article) articles++;
      if (!opts.enabled) return;
      const t = now();
      if (t - lastDraw < REDRAW_MS) return;
      lastDraw = t;
      if (!bar && t - start >= SHOW_AFTER_MS) {
        bar = new cliProgress.SingleBar(
          {
            stream: opts.stream,
            format:
              total > 0
                ? 'geocode {bar} {percentage}% | {mb} MB | {articles} articles | {rate}'
                : 'geocode {mb} MB | {articles} articles | {rate}',
            hideCursor: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(Math.max(total, 1), 0, payload());
      }
      bar?.update(Math.min(bytes, Math.max(total, 1)), payload());
    },
    around(print) {
      if (!bar) return print();
      bar.stop();
      print();
      bar.start(Math.max(total, 1), Math.min(bytes, total), payload());
    },
    get visible() {
      return bar !== null;
    },
    stop() {
      bar?.update(Math.min(bytes, Math.max(total, 1)), payload());
      bar?.stop();
    },
  };
}
