import { between, pick, type Rng } from './random';

/**
 * Planted reuse: a passage of 8–200 content characters taken from a source report and inserted at a
 * sentence end of one or two other reports, exactly or with one character changed. Positions are
 * offsets into the Simplified texts being generated; the corpus turns them into file-level spans.
 */

export const PLANT_LENGTHS = [8, 9, 10, 11, 12, 14, 16, 20, 24, 32, 40, 60, 80, 120, 160, 200] as const;

export type PlantKind = 'exact' | 'one-changed';

export interface PlantDraft {
  kind: PlantKind;
  /** Content characters (letters, digits, Han) of the passage. */
  length: number;
  src: { doc: number; start: number; end: number };
  dst: { doc: number; start: number; end: number };
}

export interface Draftable {
  text: string;
  body: { start: number; end: number };
}

const CONTENT = /[\p{L}\p{N}]/u;
const HAN = /\p{Script=Han}/u;

/** A span of one body line holding exactly `count` content characters, starting near `from`. */
function passageAt(doc: Draftable, from: number, count: number): { start: number; end: number } | undefined {
  const t = doc.text;
  let s = from;
  while (s < doc.body.end && !HAN.test(t[s])) s++;
  let seen = 0;
  let e = s;
  while (e < doc.body.end && seen < count && t[e] !== '\n') {
    if (CONTENT.test(t[e])) seen++;
    e++;
  }
  return seen === count ? { start: s, end: e } : undefined;
}

/** Changes the middle Han character of a passage (a name or a word swapped in the copy). */
function changeOne(r: Rng, passage: string, alphabet: readonly string[]): string {
  const han = [...passage].map((c, i) => (HAN.test(c) ? i : -1)).filter((i) => i >= 0);
  const at = han[Math.floor(han.length / 2)];
  let c = pick(r, alphabet);
  while (c === passage[at]) c = pick(r, alphabet);
  return passage.slice(0, at) + c + passage.slice(at + 1);
}

/**
 * Plants `count` passages: sources from the first half of the documents, copies into the second half,
 * so no source span moves; documents in `keep` (whole-report copies) stay as they are. Mutates the
 * target documents' texts; returns the drafts with final offsets.
 */
export function plant(r: Rng, docs: Draftable[], count: number, alphabet: readonly string[], keep: ReadonlySet<number> = new Set()): PlantDraft[] {
  const half = Math.floor(docs.length / 2);
  const targets = Array.from({ length: docs.length - half }, (_, i) => half + i).filter((i) => !keep.has(i));
  if (half < 1 || targets.length === 0) return [];
  const inserts = new Map<number, { at: number; text: string; draft: Omit<PlantDraft, 'dst'> }[]>();
  for (let p = 0; p < count; p++) {
    const length = PLANT_LENGTHS[p % PLANT_LENGTHS.length];
    const srcDoc = between(r, 0, half - 1);
    const src = docs[srcDoc];
    const span = passageAt(src, src.body.start + Math.floor(r() * (src.body.end - src.body.start) * 0.9), length);
    if (!span) continue;
    const passage = src.text.slice(span.start, span.end);
    const copies = between(r, 1, 2);
    for (let c = 0; c < copies; c++) {
      const dstDoc = pick(r, targets);
      const dst = docs[dstDoc];
      const kind: PlantKind = length >= 20 && r() < 0.3 ? 'one-changed' : 'exact';
      const text = kind === 'exact' ? passage : changeOne(r, passage, alphabet);
      const stop = dst.text.indexOf('。', dst.body.start + Math.floor(r() * (dst.body.end - dst.body.start)));
      const at = stop >= 0 && stop < dst.body.end ? stop + 1 : dst.body.end;
      let list = inserts.get(dstDoc);
      if (!list) inserts.set(dstDoc, (list = []));
      list.push({ at, text, draft: { kind, length, src: { doc: srcDoc, ...span } } });
    }
  }
  const drafts: PlantDraft[] = [];
  for (const [doc, list] of [...inserts].sort((a, b) => a[0] - b[0])) {
    list.sort((x, y) => x.at - y.at);
    const d = docs[doc];
    let out = '';
    let from = 0;
    for (const ins of list) {
      out += d.text.slice(from, ins.at);
      const start = out.length;
      out += ins.text;
      drafts.push({ ...ins.draft, dst: { doc, start, end: out.length } });
      from = ins.at;
    }
    const grown = out.length + (d.text.length - from) - d.text.length;
    d.text = out + d.text.slice(from);
    d.body = { start: d.body.start, end: d.body.end + grown };
  }
  return drafts;
}
