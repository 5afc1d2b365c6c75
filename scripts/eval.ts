// npm run eval -- <folder of NAME.txt or NAME.html + NAME.gold.json> [--json]
// Runs the geocoding step on every article (.txt, .html) that has a gold file and scores it. A measurement: exit 0
// whatever the scores; 2 only for usage errors (no folder, unreadable gold).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Command } from 'commander';
import { buildDataset } from '../src/core/dataset/build.ts';
import { validateDataset } from '../src/core/dataset/validate.ts';
import {
  formatEval,
  parseGold,
  scoreArticle,
  summarize,
  type FileScore,
} from '../src/core/eval.ts';
import { builtinGazetteer } from '../src/core/gazetteer-data.ts';
import type { ArticleResult } from '../src/core/types.ts';
import { loadArticleDoc } from './lib/load-doc.ts';
import { loadGeocoder } from './lib/load-geocoder.ts';

const program = new Command()
  .name('eval')
  .argument('<folder>', 'folder with NAME.txt (or NAME.html) and NAME.gold.json')
  .option('--json', 'print the scores as JSON')
  .exitOverride((err) => process.exit(err.exitCode === 0 ? 0 : 2))
  .parse();

const folder = program.args[0]!;
const asJson = Boolean(program.opts<{ json?: boolean }>().json);

async function main(): Promise<void> {
  if (!existsSync(folder)) {
    process.stderr.write(`eval: no such folder: ${folder}\n`);
    process.exit(2);
  }
  const geocode = await loadGeocoder();
  const gaz = builtinGazetteer();
  const txts = readdirSync(folder)
    .filter((f) => /\.(txt|html?)$/i.test(f))
    .sort();
  const scores: FileScore[] = [];
  const results: ArticleResult[] = [];
  for (const name of txts) {
    const goldPath = join(folder, name.replace(/\.(txt|html?)$/i, '.gold.json'));
    if (!existsSync(goldPath)) {
      process.stderr.write(`eval: ${name}: no gold file, skipped\n`);
      continue;
    }
    const gold = parseGold(JSON.parse(readFileSync(goldPath, 'utf8')), name);
    const { result } = geocode(loadArticleDoc(join(folder, name)), gaz);
    results.push(result);
    scores.push(scoreArticle({ ...gold, file: name }, result));
  }
  const summary = summarize(scores);
  // The dataset built from the same results must load in the explorer.
  const check = validateDataset(JSON.parse(JSON.stringify(buildDataset(results, gaz))));
  const datasetOk = check.ok ? 'valid' : `INVALID: ${check.errors.slice(0, 5).join('; ')}`;
  if (asJson)
    process.stdout.write(JSON.stringify({ ...summary, dataset: datasetOk }, null, 2) + '\n');
  else
    process.stdout.write(
      formatEval(summary) + `\nDataset built from these results: ${datasetOk}\n`,
    );
}

main().catch((err: unknown) => {
  process.stderr.write(`eval: ${(err as Error).message}\n`);
  process.exit(2);
});
