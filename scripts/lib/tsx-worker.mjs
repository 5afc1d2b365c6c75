// Worker entry when the CLI runs from source through tsx: tsx's loader is not inherited by
// worker threads on Node 20, so it is registered here before the TypeScript worker is loaded.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { runExtractWorker } = await import(workerData.entry);
runExtractWorker();
