/*
 * Scraped folders hold more than text: images saved with a .txt name, PDFs, archives, Word files.
 * Known signatures name the kind in the message; otherwise NUL bytes (outside UTF-16) or a density of
 * control characters no text has mark the file as binary.
 */

const SIGNATURES: { bytes: number[]; kind: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], kind: 'PDF document' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], kind: 'PNG image' },
  { bytes: [0xff, 0xd8, 0xff], kind: 'JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], kind: 'GIF image' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'ZIP archive or Office document' },
  { bytes: [0x1f, 0x8b], kind: 'gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], kind: 'RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], kind: '7-Zip archive' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'old Office document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], kind: 'executable' },
];

/** The kind of a file with a known binary signature, e.g. "PNG image". */
export function binarySignature(bytes: Uint8Array): string | undefined {
  return SIGNATURES.find((s) => s.bytes.length <= bytes.length && s.bytes.every((b, i) => bytes[i] === b))?.kind;
}

/** Whether the first `limit` bytes hold a NUL: never in 8-bit text, often in UTF-16, always in binary data. */
export function hasNulByte(bytes: Uint8Array, limit = 8192): boolean {
  return bytes.subarray(0, limit).includes(0);
}

/** Text has at most a stray control character; more than this share of them means binary data. */
const MAX_CONTROL_SHARE = 0.01;
const CONTROL_SAMPLE = 65536;

/**
 * Share of control characters (C0 other than tab, line breaks, form feed, escape; DEL; C1) among the
 * first characters of decoded text, when it is too high for text; undefined when it looks like text.
 */
export function controlDensity(text: string): number | undefined {
  const n = Math.min(text.length, CONTROL_SAMPLE);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x20 ? c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1b : c >= 0x7f && c <= 0x9f) controls++;
  }
  // A handful in a short file is a scraper's stray byte, not a binary file.
  return controls > 4 && controls / n > MAX_CONTROL_SHARE ? controls / n : undefined;
}
