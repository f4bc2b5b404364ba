/**
 * Computes, from opencc-js's own Traditional→Simplified tables, every character that the conversion can
 * change in some context (single-character entries and the differing positions of phrase entries).
 * src/core/analysis/slogans/convertibleChars.ts is this set frozen into the bundle; the unit test
 * compares the two so an opencc-js upgrade cannot silently leave it stale.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js/t2cn') as { Locale: { configs: Record<string, { normalizationChain: string[][]; conversionChain: string[][] }> } };

export function computeConvertibleChars(): string {
  const cfg = OpenCC.Locale.configs.t2s;
  const set = new Set<string>();
  for (const chain of [cfg.normalizationChain, cfg.conversionChain]) {
    for (const group of chain) {
      for (const dict of group) {
        for (const entry of dict.split('|')) {
          const [from, to] = entry.split(' ');
          if (from === to) continue;
          const a = [...from];
          const b = [...to];
          if (a.length !== b.length) a.forEach((c) => set.add(c));
          else a.forEach((c, i) => c !== b[i] && set.add(c));
        }
      }
    }
  }
  return [...set].sort((x, y) => x.codePointAt(0)! - y.codePointAt(0)!).join('');
}
