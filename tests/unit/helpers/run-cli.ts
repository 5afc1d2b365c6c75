// Runs the geocode command from source (tsx), or any node script, with stdin fed from a string.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '../../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');
const SCRIPT = join(ROOT, 'scripts/geocode.ts');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCommand(
  cmd: string,
  args: string[],
  cwd: string,
  input = '',
  timeout = 120_000,
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, timeout });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** `npm run geocode -- <args>` without npm. */
export const geocode = (args: string[], cwd: string, input = '') =>
  runCommand(TSX, [SCRIPT, ...args], cwd, input);

/** Every file of a dataset folder, by name, as text. */
export function datasetFiles(dir: string): Record<string, string> {
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((n) => [n, readFileSync(join(dir, n), 'utf8')]),
  );
}

/** The fixture articles as ndjson lines (title, text, url), in file order. */
export function fixtureLines(): string[] {
  const dirs = ['corpus', 'corpus-blind', 'corpus-blind2', 'corpus-blind3'];
  return dirs.flatMap((d) => {
    const dir = join(ROOT, 'tests/fixtures', d);
    return readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => {
        const text = readFileSync(join(dir, f), 'utf8');
        const nl = text.indexOf('\n');
        return JSON.stringify({
          title: text.slice(0, nl),
          text: text.slice(nl + 1),
          url: `https://example.org/${f}`,
        });
      });
  });
}
