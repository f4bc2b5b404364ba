import { controlDensity } from './binary';
import { DecodeError } from './decodeError';
import { detectAndDecode, type TextEncoding } from './detect';

export { DecodeError, type DecodeFailure } from './decodeError';
export { vscodeEncodingId, type TextEncoding } from './detect';

export interface DecodedText {
  /** The text, without byte-order mark. */
  text: string;
  encoding: TextEncoding;
  /** Whether the file started with a byte-order mark. */
  bom: boolean;
  /** 0..1: how sure the detection is (1 with a byte-order mark). */
  confidence: number;
}

export interface DecodeOptions {
  /** Larger inputs are refused (default 50 MB, the `zhengwu.corpus.maxFileSizeMB` default). */
  maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

/**
 * Detects the encoding of file bytes and decodes them: UTF-8 (with or without BOM), UTF-16 LE/BE (BOM,
 * or none), UTF-32 with BOM, GB18030/GBK and Big5. Binary data, undecodable bytes and oversized
 * inputs raise a DecodeError with a one-line message, so nothing downstream analyses garbage.
 */
export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedText {
  checkSize(bytes.length, opts.maxBytes);
  const detected = detectAndDecode(bytes);
  const text = detected.text.charCodeAt(0) === 0xfeff ? detected.text.slice(1) : detected.text;
  // NUL bytes were looked for in the first 8 KB only; a NUL anywhere in decoded text is binary data.
  if (text.includes('\0')) throw new DecodeError('binary file (contains NUL characters)', 'binary');
  const density = controlDensity(text);
  if (density !== undefined) {
    throw new DecodeError(`binary file (${(density * 100).toFixed(1)}% control characters)`, 'binary');
  }
  return { text, encoding: detected.encoding, bom: detected.bom, confidence: detected.confidence };
}

/** The text of file bytes in whatever supported encoding they are (see decodeBytes). */
export function decodeText(bytes: Uint8Array, opts: DecodeOptions = {}): string {
  return decodeBytes(bytes, opts).text;
}

/** Refuses a file by its size before it is read. */
export function checkSize(size: number, maxBytes = DEFAULT_MAX_BYTES): void {
  if (size > maxBytes) {
    // Just over the limit must not read as "50 MB; the limit is 50 MB": show enough digits to differ.
    let digits = 0;
    while (digits < 3 && formatSize(size, digits) === formatSize(maxBytes, digits)) digits++;
    throw new DecodeError(`file too large (${formatSize(size, digits)}; the limit is ${formatSize(maxBytes, digits)})`, 'too-large');
  }
}

function formatSize(n: number, extraDigits = 0): string {
  const [value, unit] = n >= 1024 * 1024 ? [n / (1024 * 1024), 'MB'] : n >= 1024 ? [n / 1024, 'KB'] : [n, 'bytes'];
  if (unit === 'bytes') return `${n} bytes`;
  const digits = (value >= 10 ? 0 : 1) + extraDigits;
  return `${Number(value.toFixed(digits))} ${unit}`;
}
