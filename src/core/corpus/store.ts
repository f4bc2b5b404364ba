import { createHash, randomBytes } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { promisify } from 'util';
import * as zlib from 'zlib';
import type { DecodeFailure } from './decodeError';
import type { CorpusEntry } from './summary';

/*
 * The index cache: gzip of one header line (JSON) and the body (JSON). The header carries the format
 * version, the analysis version, the root and a SHA-256 of the body, so a cache from another version,
 * another folder, or damaged on disk is rejected with a reason and never trusted. Written to a
 * temporary file and renamed, so a crash mid-write leaves the previous cache intact.
 */

export const CACHE_FORMAT = 'zhengwu-corpus-index';
/** Bump when CorpusEntry or SkippedFile change shape. */
// 2: summaries keep each slogan's written form (`sloganTexts`).
export const CACHE_VERSION = 2;

/** A file that is not in the index, and why. */
export interface SkippedFile {
  path: string;
  size: number;
  mtimeMs: number;
  /** Why: not text (binary, encoding), too large, unreadable (permissions), or the analysis failed on it. */
  kind: DecodeFailure | 'unreadable' | 'analysis';
  /** One line for the user, e.g. "binary file (PNG image)". */
  reason: string;
}

export interface CacheContent {
  root: string;
  analysisVersion: string;
  entries: CorpusEntry[];
  skipped: SkippedFile[];
}

interface CacheHeader {
  format: string;
  version: number;
  analysisVersion: string;
  root: string;
  savedAt: string;
  entries: number;
  skipped: number;
  sha256: string;
}

export type WriteOutcome = { ok: true; bytes: number } | { ok: false; reason: string };
export type ReadOutcome = { ok: true; content: CacheContent } | { ok: false; reason: string; missing?: boolean };

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export async function writeCache(file: string, content: CacheContent): Promise<WriteOutcome> {
  const body = JSON.stringify({ entries: content.entries, skipped: content.skipped });
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    version: CACHE_VERSION,
    analysisVersion: content.analysisVersion,
    root: content.root,
    savedAt: new Date().toISOString(),
    entries: content.entries.length,
    skipped: content.skipped.length,
    sha256: sha256(body),
  };
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    const bytes = await gzip(Buffer.from(JSON.stringify(header) + '\n' + body, 'utf8'));
    await fs.promises.mkdir(path.dirname(file), { recursive: true });
    await fs.promises.writeFile(temp, bytes);
    await fs.promises.rename(temp, file);
    return { ok: true, bytes: bytes.length };
  } catch (err) {
    await fs.promises.rm(temp, { force: true }).catch(() => undefined);
    return { ok: false, reason: `could not write the index cache ${file}: ${oneLine(err)}` };
  }
}

export async function readCache(file: string, expect: { root: string; analysisVersion: string }): Promise<ReadOutcome> {
  let raw: Buffer;
  try {
    raw = await fs.promises.readFile(file);
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException)?.code === 'ENOENT';
    return { ok: false, missing, reason: missing ? 'no index cache yet' : `could not read the index cache: ${oneLine(err)}` };
  }
  let text: string;
  try {
    text = (await gunzip(raw)).toString('utf8');
  } catch {
    return { ok: false, reason: 'index cache is truncated or not compressed (damaged)' };
  }
  const nl = text.indexOf('\n');
  const header = parseJson(nl < 0 ? text : text.slice(0, nl)) as Partial<CacheHeader> | undefined;
  if (!header || typeof header !== 'object') return { ok: false, reason: 'index cache header is unreadable (damaged)' };
  if (header.format !== CACHE_FORMAT) return { ok: false, reason: 'not a Zhengwu corpus index file' };
  if (header.version !== CACHE_VERSION) return { ok: false, reason: `index cache format version ${String(header.version)}, this version reads ${CACHE_VERSION}` };
  if (header.analysisVersion !== expect.analysisVersion) {
    return { ok: false, reason: `index cache made by analysis version "${String(header.analysisVersion)}", this is "${expect.analysisVersion}"` };
  }
  if (header.root !== expect.root) return { ok: false, reason: `index cache is for another folder (${String(header.root)})` };
  const body = text.slice(nl + 1);
  if (nl < 0 || header.sha256 !== sha256(body)) return { ok: false, reason: 'index cache checksum does not match (damaged)' };
  const parsed = parseJson(body) as { entries?: unknown; skipped?: unknown } | undefined;
  if (!parsed || !Array.isArray(parsed.entries) || !Array.isArray(parsed.skipped)) return { ok: false, reason: 'index cache body is unreadable (damaged)' };
  const bad = parsed.entries.findIndex((e) => !isEntry(e));
  if (bad >= 0) return { ok: false, reason: `index cache entry ${bad} is malformed` };
  const badSkip = parsed.skipped.findIndex((s) => !isSkipped(s));
  if (badSkip >= 0) return { ok: false, reason: `index cache skipped-file record ${badSkip} is malformed` };
  if (parsed.entries.length !== header.entries || parsed.skipped.length !== header.skipped) {
    return { ok: false, reason: 'index cache counts do not match its header (damaged)' };
  }
  return {
    ok: true,
    content: { root: header.root, analysisVersion: header.analysisVersion, entries: parsed.entries as CorpusEntry[], skipped: parsed.skipped as SkippedFile[] },
  };
}

function sha256(s: string): string {
  return createHash('sha256').update(s, 'utf8').digest('hex');
}

function parseJson(s: string): unknown {
  try {
    return JSON.parse(s);
  } catch {
    return undefined;
  }
}

function oneLine(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).split('\n')[0];
}

const isStr = (v: unknown): v is string => typeof v === 'string';
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrOrNull = (v: unknown) => v === null || isStr(v);

/** Checks the shape a checksum cannot vouch for (a cache written by a buggy build of the same version). */
function isEntry(v: unknown): boolean {
  const e = v as CorpusEntry;
  return (
    !!e &&
    typeof e === 'object' &&
    isStr(e.path) &&
    isNum(e.size) &&
    isNum(e.mtimeMs) &&
    isStr(e.hash) &&
    isStr(e.encoding) &&
    isStr(e.script) &&
    isStr(e.title) &&
    isStrOrNull(e.publishedAt) &&
    Array.isArray(e.meetingDates) &&
    !!e.locality &&
    isStrOrNull(e.locality.province) &&
    isStrOrNull(e.locality.city) &&
    isStrOrNull(e.locality.county) &&
    Array.isArray(e.officials) &&
    e.officials.every((o) => o && isStr(o.name) && Array.isArray(o.titles)) &&
    Array.isArray(e.people) &&
    Array.isArray(e.slogans) &&
    !!e.counts &&
    typeof e.counts === 'object'
  );
}

function isSkipped(v: unknown): boolean {
  const s = v as SkippedFile;
  return !!s && typeof s === 'object' && isStr(s.path) && isNum(s.size) && isNum(s.mtimeMs) && isStr(s.kind) && isStr(s.reason);
}
