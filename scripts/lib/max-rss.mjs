// Preloaded by the benchmark (node --import) into a CLI run: prints the process's peak RSS
// (worker threads included) on stderr at exit, since Node gives a parent no child's rusage.
import { isMainThread } from 'node:worker_threads';

if (isMainThread)
  process.on('exit', () => {
    process.stderr.write(`\nmax-rss-kb ${process.resourceUsage().maxRSS}\n`);
  });
