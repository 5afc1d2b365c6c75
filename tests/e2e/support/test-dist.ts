// The folder the browser tests build into and serve (never dist/, which `npm start` serves).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const TEST_DIST = 'dist-test';

/** Every file under a folder with its size and mtime, one per line ('' when it does not exist). */
export function folderStamp(dir: string): string {
  if (!existsSync(dir)) return '';
  const lines: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else lines.push(`${p} ${s.size} ${s.mtimeMs}`);
    }
  };
  walk(dir);
  return lines.join('\n');
}
