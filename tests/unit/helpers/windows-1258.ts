// Test helper: text → Windows-1258 bytes as a legacy Vietnamese editor writes them.
import iconv from 'iconv-lite';

/** Precomposed where the code page has the letter, else the base letter and a combining tone mark. */
export function toWindows1258(text: string): Buffer {
  const parts: Buffer[] = [];
  for (const ch of text.normalize('NFC')) {
    const direct = iconv.encode(ch, 'windows1258');
    if (iconv.decode(direct, 'windows1258') === ch) parts.push(direct);
    else {
      const d = ch.normalize('NFD');
      parts.push(iconv.encode(d.slice(0, -1).normalize('NFC') + d.slice(-1), 'windows1258'));
    }
  }
  return Buffer.concat(parts);
}
