// The `friendship-atlas` command (package.json "bin"), bundled by `npm run build:cli` into one
// ESM file that starts in a fraction of tsx's time. The same file is the extraction worker:
// worker-pool.ts starts it again in a worker thread, tagged with WORKER_ROLE.
import { isMainThread, workerData } from 'node:worker_threads';
import { runExtractWorker } from './lib/extract-worker.ts';
import { geocodeMain } from './lib/geocode-main.ts';
import { WORKER_ROLE } from './lib/worker-pool.ts';

const HELP = `Usage: friendship-atlas <command> [options]

Commands:
  geocode   find places and links in articles and write the dataset (geocode --help)
`;

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === 'geocode') return geocodeMain(rest, 'friendship-atlas geocode');
  if (command === undefined || command === '--help' || command === '-h') {
    process.stdout.write(HELP);
    return command === undefined ? 2 : 0;
  }
  process.stderr.write(`error: unknown command "${command}"\n${HELP}`);
  return 2;
}

if (!isMainThread && (workerData as { role?: string } | null)?.role === WORKER_ROLE)
  runExtractWorker();
else
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
      process.exitCode = 1;
    },
  );
