// npm run geocode -- [--out DIR] [--ndjson] [--jobs N] [--quiet] <files or folders | - >
//                    geocode --from-results <result files or folders> [--out DIR]
// Runs the geocode command from source (through tsx). The installed command is the bundle of
// scripts/cli.ts (`friendship-atlas geocode …`), which starts faster; both run geocode-main.ts.
// Exit codes: 0 all inputs read, 1 some input failed, 2 usage error.
import { geocodeMain } from './lib/geocode-main.ts';

geocodeMain(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`error: ${(err as Error)?.stack ?? String(err)}\n`);
    process.exitCode = 1;
  },
);
