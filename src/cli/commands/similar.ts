import { findBoilerplate } from '../../core/analysis/boilerplate';
import { rankSimilar, ReuseIndex, type PassageMatch } from '../../core/corpus/similar';
import { prepare } from '../../core/text';
import { parseArgs, UsageError } from '../args';
import { expandInputs } from '../inputs';
import { readInput, realPathOf } from '../io';
import type { CliIO } from '../main';

export const similarUsage = `zhengwu similar [--json] [--min-chars N] <files or folders…>
  Passages whose wording appears in more than one document (across scripts, whatever the punctuation),
  and for each document the others ranked by shared characters. Offsets index each document's cleaned
  Simplified text. --min-chars: shortest match reported, in shared characters (default 8).`;

const SNIPPET = 60;

/** The documented export schema (README "zhengwu similar"). */
export interface SimilarReport {
  pairs: {
    a: { path: string; start: number; end: number };
    b: { path: string; start: number; end: number };
    length: number;
    score: number;
    text: string;
  }[];
  documents: { path: string; similarDocuments: { path: string; sharedChars: number }[] }[];
}

export function buildReport(paths: readonly string[], pairs: readonly PassageMatch[]): SimilarReport {
  const byDoc = new Map<string, PassageMatch[]>();
  for (const m of pairs) {
    for (const id of [m.a.id, m.b.id]) {
      let list = byDoc.get(id);
      if (!list) byDoc.set(id, (list = []));
      list.push(m);
    }
  }
  return {
    pairs: pairs.map((m) => ({
      a: { path: m.a.id, start: m.a.start, end: m.a.end },
      b: { path: m.b.id, start: m.b.start, end: m.b.end },
      length: m.length,
      score: m.score,
      text: m.text,
    })),
    documents: paths.map((p) => ({
      path: p,
      similarDocuments: rankSimilar(p, byDoc.get(p) ?? []).map((d) => ({ path: d.id, sharedChars: d.sharedChars })),
    })),
  };
}

function snippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  const chars = [...flat];
  return chars.length <= SNIPPET ? flat : chars.slice(0, SNIPPET).join('') + '…';
}

/**
 * The readable form: document pairs with the most shared wording first, each with its passages in text
 * order, then each document's ranking.
 */
export function formatReport(r: SimilarReport): string {
  const lines: string[] = [];
  const docs = r.documents.length;
  lines.push(`${docs} document${docs === 1 ? '' : 's'}, ${r.pairs.length} matching passage pair${r.pairs.length === 1 ? '' : 's'}`);
  const groups = new Map<string, SimilarReport['pairs']>();
  for (const p of r.pairs) {
    const key = JSON.stringify([p.a.path, p.b.path]);
    let list = groups.get(key);
    if (!list) groups.set(key, (list = []));
    list.push(p);
  }
  const total = (list: SimilarReport['pairs']) => list.reduce((n, p) => n + p.length, 0);
  for (const [key, list] of [...groups].sort((x, y) => total(y[1]) - total(x[1]))) {
    const [a, b] = JSON.parse(key) as [string, string];
    const n = list.length;
    lines.push('', `${a}  ↔  ${b}  (${n} passage${n === 1 ? '' : 's'}, ${total(list)} shared characters)`);
    for (const p of [...list].sort((x, y) => x.a.start - y.a.start)) {
      lines.push(`  [${p.a.start}, ${p.a.end}) ↔ [${p.b.start}, ${p.b.end})  ${p.length} chars, score ${p.score.toFixed(3)}  ${snippet(p.text)}`);
    }
  }
  const similar = r.documents.filter((d) => d.similarDocuments.length > 0);
  if (similar.length > 0) {
    lines.push('', 'Similar documents (shared characters):');
    for (const d of similar) {
      lines.push(d.path);
      for (const s of d.similarDocuments) lines.push(`  ${String(s.sharedChars).padStart(6)}  ${s.path}`);
    }
  }
  return lines.join('\n') + '\n';
}

function parseMinChars(value: string | true | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isSafeInteger(n) || n < 1) throw new UsageError(`--min-chars must be a positive whole number (got "${String(value)}")`);
  return n;
}

export function runSimilar(argv: readonly string[], io: CliIO): number {
  const args = parseArgs(argv, new Set(['min-chars']), new Set(['json']));
  const minChars = parseMinChars(args.options.get('min-chars'));
  if (args.positional.length === 0) throw new UsageError('no input files or folders');
  const { files, errors } = expandInputs(args.positional);
  for (const e of errors) io.stderr(`zhengwu similar: ${e}\n`);
  let failed = errors.length;
  const index = new ReuseIndex({ minChars });
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const file of files) {
    // A file named twice (itself and through its folder) is one document, not its own twin.
    const real = realPathOf(file);
    if (seen.has(real)) continue;
    seen.add(real);
    try {
      const text = prepare(readInput(file)).text;
      const exclude = findBoilerplate(text).map(({ start, end }) => ({ start, end }));
      index.add({ id: file, text, exclude });
      paths.push(file);
    } catch (err) {
      failed++;
      io.stderr(`zhengwu similar: ${err instanceof Error ? err.message : String(err)}\n`);
    }
  }
  const report = buildReport(paths, index.allPairs());
  io.stdout(args.options.has('json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report));
  return failed > 0 ? 1 : 0;
}
