import * as iconv from 'iconv-lite';
import { binarySignature, hasNulByte } from './binary';
import { DecodeError } from './decodeError';
import { plausibility, type Plausibility } from './plausibility';

/** Encodings the corpus reader recognises. `gbk` is GB18030 text that uses no four-byte sequence. */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'utf-32le' | 'utf-32be' | 'gbk' | 'gb18030' | 'big5';

export interface Detected {
  /** The decoded text, BOM removed. */
  text: string;
  encoding: TextEncoding;
  bom: boolean;
  /** 0..1: 1 for a BOM, about 0.99 for valid multi-byte UTF-8, lower for guesses between legacy encodings. */
  confidence: number;
}

/** Legacy decodings are compared on this much of the file (cut at a line break: see legacySample). */
const SAMPLE_BYTES = 65536;
/** A candidate decoding must read at least this well as Chinese to be accepted (real text: 0.8 and up). */
const MIN_LEGACY_SCORE = 0.5;
const MIN_UTF16_SCORE = 0.6;
/** Without NUL bytes UTF-16 is only believed when it reads clearly as Chinese. */
const MIN_UTF16_NO_NUL_SCORE = 0.8;

/**
 * Decides the encoding of file bytes and decodes them. Order: byte-order marks; known binary
 * signatures; NUL bytes (UTF-16 in the byte order that reads as text, binary when neither does);
 * valid UTF-8; UTF-16 without BOM or NULs (pure Han text, believed only when it reads clearly as
 * Chinese); then GB18030 against Big5, scored by how much each decoding reads like Chinese prose.
 */
export function detectAndDecode(bytes: Uint8Array): Detected {
  if (bytes.length === 0) return { text: '', encoding: 'utf-8', bom: false, confidence: 1 };
  const withBom = byBom(bytes);
  if (withBom) return withBom;
  const kind = binarySignature(bytes);
  if (kind) throw new DecodeError(`binary file (${kind})`, 'binary');

  if (hasNulByte(bytes)) {
    const utf16 = bestUtf16(bytes);
    if (utf16.plausibility.score >= MIN_UTF16_SCORE) {
      const text = new TextDecoder(utf16.encoding).decode(bytes);
      return { text, encoding: utf16.encoding, bom: false, confidence: round(Math.min(0.99, utf16.plausibility.score)) };
    }
    throw new DecodeError('binary file (contains NUL bytes)', 'binary');
  }

  const utf8 = strictUtf8(bytes);
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', bom: false, confidence: isAscii(bytes) ? 1 : 0.99 };
  const damaged = damagedUtf8(bytes);
  if (damaged) return { ...damaged, bom: false };

  if (bytes.length % 2 === 0) {
    const utf16 = bestUtf16(bytes);
    if (utf16.plausibility.score >= MIN_UTF16_NO_NUL_SCORE && utf16.plausibility.han > 0) {
      const text = new TextDecoder(utf16.encoding).decode(bytes);
      return { text, encoding: utf16.encoding, bom: false, confidence: round(0.9 * utf16.plausibility.score) };
    }
  }
  return legacy(bytes);
}

function byBom(bytes: Uint8Array): Detected | undefined {
  const b = bytes;
  const at = (...sig: number[]) => sig.length <= b.length && sig.every((v, i) => b[i] === v);
  const bom = (encoding: TextEncoding, text: string): Detected => ({ text, encoding, bom: true, confidence: 1 });
  // UTF-32 first: its little-endian mark begins like UTF-16's.
  if (at(0xef, 0xbb, 0xbf)) return bom('utf-8', utf8OrThrow(b.subarray(3)));
  if (at(0xff, 0xfe, 0x00, 0x00)) return bom('utf-32le', iconv.decode(Buffer.from(b.subarray(4)), 'utf-32le'));
  if (at(0x00, 0x00, 0xfe, 0xff)) return bom('utf-32be', iconv.decode(Buffer.from(b.subarray(4)), 'utf-32be'));
  if (at(0xff, 0xfe)) return bom('utf-16le', new TextDecoder('utf-16le').decode(b.subarray(2)));
  if (at(0xfe, 0xff)) return bom('utf-16be', new TextDecoder('utf-16be').decode(b.subarray(2)));
  if (at(0x84, 0x31, 0x95, 0x33)) return bom('gb18030', iconv.decode(Buffer.from(b.subarray(4)), 'gb18030'));
  return undefined;
}

function utf8OrThrow(bytes: Uint8Array): string {
  const text = strictUtf8(bytes) ?? damagedUtf8(bytes)?.text;
  if (text === undefined) throw new DecodeError('not valid UTF-8 although the file starts with a UTF-8 byte-order mark', 'encoding');
  return text;
}

/** Damaged spots (runs of bad bytes) allowed: a couple, or one per this many valid non-ASCII characters. */
const VALID_PER_DAMAGED = 100;
const FEW_DAMAGED = 2;
const MIN_VALID_NON_ASCII = 20;

/**
 * UTF-8 with a few stray bytes — a scrape cut mid-character, a CESU-encoded surrogate — is still a
 * UTF-8 report: dropping it from the corpus would lose the whole document for a handful of bytes.
 * It is decoded with U+FFFD for each bad sequence, which cleaning then reports as corrupt spans (what
 * VS Code shows too). Text in a legacy encoding read as UTF-8 has a bad sequence at nearly every Han
 * character, so the ratio keeps GBK and Big5 files away from this path.
 */
function damagedUtf8(bytes: Uint8Array): { text: string; encoding: 'utf-8'; confidence: number } | undefined {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let damaged = 0;
  let valid = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) {
      if (text.charCodeAt(i - 1) !== 0xfffd) damaged++;
    } else if (c >= 0x80 && !(c >= 0xdc00 && c <= 0xdfff)) valid++;
  }
  if (valid < MIN_VALID_NON_ASCII || damaged > Math.max(FEW_DAMAGED, valid / VALID_PER_DAMAGED)) return undefined;
  // 0.9 for one bad spot in a long report, down to 0.5 for a short one at the limit.
  return { text, encoding: 'utf-8', confidence: round(Math.max(0.5, 0.9 - (damaged / valid) * 10)) };
}

function strictUtf8(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Both byte orders, judged on the first characters; the caller decodes the winner whole. */
function bestUtf16(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; plausibility: Plausibility } {
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  const le = plausibility(new TextDecoder('utf-16le').decode(sample), false);
  const be = plausibility(new TextDecoder('utf-16be').decode(sample), false);
  const encoding = le.score >= be.score ? 'utf-16le' : 'utf-16be';
  return { encoding, plausibility: le.score >= be.score ? le : be };
}

/**
 * GB18030 and Big5 both accept most byte sequences of the other, so validity decides little. Each
 * decoding of a sample is scored as Chinese (common characters, no replacement characters, no kana,
 * Cyrillic, box drawing or private-use code points where a wrong table puts them); the better one wins
 * if it reads well enough. A tie goes to GB18030, the encoding of mainland sites.
 */
function legacy(bytes: Uint8Array): Detected {
  const sample = Buffer.from(legacySample(bytes));
  const gb = plausibility(iconv.decode(sample, 'gb18030'), true);
  const big5 = plausibility(iconv.decode(sample, 'big5'), true);
  const useBig5 = big5.score > gb.score;
  const best = useBig5 ? big5 : gb;
  const other = useBig5 ? gb : big5;
  if (best.score < MIN_LEGACY_SCORE || best.han === 0) {
    throw new DecodeError('not valid UTF-8, nor text in GB18030/GBK, Big5 or UTF-16', 'encoding');
  }
  const whole = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = iconv.decode(whole, useBig5 ? 'big5' : 'gb18030');
  const encoding: TextEncoding = useBig5 ? 'big5' : hasFourByteSequence(bytes) ? 'gb18030' : 'gbk';
  const margin = best.score - other.score;
  const confidence = round(Math.min(1, best.score) * Math.min(1, 0.5 + margin));
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, bom: false, confidence };
}

/** The first SAMPLE_BYTES, cut after a line feed: no legacy encoding uses 0x0A inside a character. */
function legacySample(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  const cut = bytes.lastIndexOf(0x0a, SAMPLE_BYTES - 1);
  return bytes.subarray(0, cut > SAMPLE_BYTES / 2 ? cut + 1 : SAMPLE_BYTES);
}

/** GB18030's four-byte form: lead 0x81-0xFE, then a digit byte 0x30-0x39 (GBK never has one there). */
function hasFourByteSequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length - 1; ) {
    const b = bytes[i];
    if (b < 0x81 || b === 0xff) {
      i++;
      continue;
    }
    const second = bytes[i + 1];
    if (second >= 0x30 && second <= 0x39) return true;
    i += 2;
  }
  return false;
}

function round(x: number): number {
  return Math.round(Math.max(0, x) * 100) / 100;
}

/** The names VS Code uses for `files.encoding` and "Reopen with Encoding". */
export function vscodeEncodingId(encoding: TextEncoding, bom: boolean): string {
  switch (encoding) {
    case 'utf-8':
      return bom ? 'utf8bom' : 'utf8';
    case 'utf-16le':
      return 'utf16le';
    case 'utf-16be':
      return 'utf16be';
    case 'big5':
      return 'big5hkscs';
    default:
      return encoding.replace('-', '');
  }
}
