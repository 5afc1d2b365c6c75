// Saves a generated file through the browser's download. The Blob URL is revoked a minute
// later: revoked at once, Chromium may not have started reading it yet.
import type { ExportFile } from './export-files.ts';

export function download(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.content], { type: file.type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
