// Preloaded by the benchmark (node --import) into a CLI run: prints the process's peak RSS and
// CPU time (worker threads and V8's own GC and compiler threads included) on stderr at exit,
// since Node gives a parent no child's rusage.
import { isMainThread } from 'node:worker_threads';

if (isMainThread)
  process.on('exit', () => {
    const u = process.resourceUsage();
    process.stderr.write(`\nmax-rss-kb ${u.maxRSS}\ncpu-us ${u.userCPUTime + u.systemCPUTime}\n`);
  });
