/**
 * The similar-passage engine against its peer, a brute-force exact-substring search: every pair of
 * reports, every diagonal, every maximal run of identical content characters (letters, digits, Han;
 * NFKC, lower case; boilerplate cut out), O(n·m) per pair. Small N only. Agreement: the share of the
 * brute-force runs of 12+ characters that one engine match (from `allPairs`) covers on both sides.
 * Speed: brute force time over the engine's (index build + `allPairs`), same texts, same process.
 */
import { findBoilerplate } from '../../src/core/analysis/boilerplate';
import { ReuseIndex } from '../../src/core/corpus/similar';
import type { PassageMatch } from '../../src/core/corpus/similar/types';
import { commonRuns, segmentedContent } from '../../test/unit/similar/helpers/bruteForce';
import { preparedText, readCorpus } from '../corpus/generate';
import { requiredArg, runMeasurement, since } from '../lib/child';
import { round } from '../lib/stats';

interface Coded {
  codes: Int32Array;
  /** Text offset of each content character (-1 at a boilerplate cut). */
  offsets: Int32Array;
  text: string;
}

interface Run {
  a: number;
  b: number;
  i: number;
  j: number;
  length: number;
}

/** Content characters as numbers; each cut gets a number no other position anywhere has. */
function coded(text: string, doc: number): Coded {
  const c = segmentedContent(text, findBoilerplate(text), String(doc));
  const codes = new Int32Array(c.chars.length);
  let cut = 0;
  c.chars.forEach((ch, k) => (codes[k] = c.offsets[k] < 0 ? -(doc * 100_000 + ++cut) : ch.codePointAt(0)!));
  return { codes, offsets: Int32Array.from(c.offsets), text };
}

function runsOf(x: Int32Array, y: Int32Array, min: number, a: number, b: number, out: Run[]): void {
  for (const r of commonRuns(x, y, min)) out.push({ a, b, i: r.a, j: r.b, length: r.length });
}

function covers(m: { start: number; end: number }, c: Coded, from: number, length: number): boolean {
  const last = c.offsets[from + length - 1];
  return m.start <= c.offsets[from] && last < m.end;
}

runMeasurement(() => {
  const dir = requiredArg('corpus');
  const manifest = readCorpus(dir);
  if (!manifest) throw new Error(`no benchmark corpus in ${dir}`);
  const texts = manifest.docs.map((d) => preparedText(dir, d));

  let t0 = performance.now();
  const index = new ReuseIndex();
  texts.forEach((text, i) => index.add({ id: String(i), text, exclude: findBoilerplate(text) }));
  const pairs = index.allPairs();
  const engineMs = since(t0);
  // Stock formulas (in more than 20 % of the reports) seed no bulk matches by design; with them:
  t0 = performance.now();
  const withCommon = index.allPairs({ includeCommon: true });
  const withCommonMs = since(t0);

  t0 = performance.now();
  const docs = texts.map((t, i) => coded(t, i));
  const runs: Run[] = [];
  for (let a = 0; a < docs.length; a++) for (let b = a + 1; b < docs.length; b++) runsOf(docs[a].codes, docs[b].codes, 8, a, b, runs);
  const bruteMs = since(t0);

  const finder = (matches: PassageMatch[]) => {
    const byPair = new Map<string, PassageMatch[]>();
    for (const m of matches) {
      const key = `${Math.min(+m.a.id, +m.b.id)}|${Math.max(+m.a.id, +m.b.id)}`;
      byPair.set(key, [...(byPair.get(key) ?? []), m]);
    }
    return (r: Run) =>
      (byPair.get(`${r.a}|${r.b}`) ?? []).some((m) => {
        const [sa, sb] = m.a.id === String(r.a) ? [m.a, m.b] : [m.b, m.a];
        return covers(sa, docs[r.a], r.i, r.length) && covers(sb, docs[r.b], r.j, r.length);
      });
  };
  const found = finder(pairs);
  const foundWithCommon = finder(withCommon);
  const long = runs.filter((r) => r.length >= 12);
  const short = runs.filter((r) => r.length < 12);
  const share = (list: Run[], f: (r: Run) => boolean) => (list.length ? round(list.filter(f).length / list.length, 4) : null);
  // The other way round: engine matches with no exact shared run of 8+ behind them.
  const runPairs = new Set(runs.map((r) => `${r.a}|${r.b}`));
  const unsupported = pairs.filter((m) => !runPairs.has(`${Math.min(+m.a.id, +m.b.id)}|${Math.max(+m.a.id, +m.b.id)}`)).length;
  return {
    docs: docs.length,
    pairs: (docs.length * (docs.length - 1)) / 2,
    contentChars: docs.reduce((s, d) => s + d.codes.length, 0),
    bruteForce: { seconds: round(bruteMs / 1000, 2), runs12: long.length, runs8to11: short.length },
    engine: { seconds: round(engineMs / 1000, 3), matches: pairs.length, withoutExactRun: unsupported, includeCommonSeconds: round(withCommonMs / 1000, 3), includeCommonMatches: withCommon.length },
    agreement: share(long, found),
    agreement8to11: share(short, found),
    agreementIncludeCommon: share(long, foundWithCommon),
    agreementIncludeCommon8to11: share(short, foundWithCommon),
    speedRatio: round(bruteMs / engineMs, 1),
  };
});
