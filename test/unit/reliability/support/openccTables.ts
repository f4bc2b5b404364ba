/*
 * Character classes for generated text, read from the OpenCC tables that opencc-js ships (the same
 * tables the core converts with). Computed once per test process.
 */

type Dict = string | ReadonlyArray<readonly [string, string]>;
interface Config {
  normalizationChain?: Dict[][];
  conversionChain: Dict[][];
}
interface Bundle {
  Locale: { configs: Record<string, Config> };
}

function pairs(config: Config): Array<readonly [string, string]> {
  const out: Array<readonly [string, string]> = [];
  for (const group of config.conversionChain) {
    for (const d of group) {
      if (typeof d !== 'string') out.push(...d);
      else for (const entry of d.split('|')) out.push(entry.split(' ') as unknown as readonly [string, string]);
    }
  }
  return out;
}

/**
 * For every character on a key side, the characters it becomes: from the character table, and from
 * each phrase whose key and value have the same number of characters (position by position). Phrases
 * that change the number of characters make their characters ambiguous.
 */
function formsByPosition(entries: Array<readonly [string, string]>): { forms: Map<string, Set<string>>; ambiguous: Set<string> } {
  const forms = new Map<string, Set<string>>();
  const ambiguous = new Set<string>();
  for (const [k, v] of entries) {
    const kc = [...k];
    const vc = [...v];
    if (kc.length !== vc.length) {
      for (const c of kc) ambiguous.add(c);
      continue;
    }
    kc.forEach((c, i) => {
      let set = forms.get(c);
      if (!set) forms.set(c, (set = new Set()));
      set.add(vc[i]);
    });
  }
  return { forms, ambiguous };
}

export interface CharClasses {
  /**
   * Simplified characters that t→cn leaves alone in every context: never rewritten by the character
   * table, by a phrase (沈思 → 沉思 rewrites 沈) or by normalisation (CJK compatibility ideographs).
   */
  stable: string[];
  /**
   * Simplified characters with exactly one Traditional form in every context, which in turn converts
   * back to them alone in every context: 区 ↔ 區, 会 ↔ 會. Not 发 (發/髮), 干 (乾/幹/榦), 后 (後, but 皇后).
   */
  oneToOne: Map<string, string>;
}

let cached: CharClasses | undefined;

export function charClasses(): CharClasses {
  if (cached) return cached;
  const t2s = (require('opencc-js/t2cn') as Bundle).Locale.configs.t2s;
  const s2t = (require('opencc-js/cn2t') as Bundle).Locale.configs.s2t;
  const toSimplified = formsByPosition(pairs(t2s));
  const toTraditional = formsByPosition(pairs(s2t));
  const normalized = new Set<string>();
  for (const group of t2s.normalizationChain ?? []) {
    for (const [k, v] of pairs({ conversionChain: [group] })) if (k !== v) normalized.add(k);
  }

  const keepsUnderT2s = (c: string): boolean => {
    if (normalized.has(c) || toSimplified.ambiguous.has(c)) return false;
    const f = toSimplified.forms.get(c);
    return !f || (f.size === 1 && f.has(c));
  };
  const candidates = new Set<string>();
  for (const set of [toTraditional.forms.keys(), toSimplified.forms.keys()]) for (const c of set) candidates.add(c);
  for (const f of toSimplified.forms.values()) for (const c of f) candidates.add(c);
  const stable = [...candidates].filter((c) => [...c].length === 1 && keepsUnderT2s(c)).sort();

  // Simplified forms of each Traditional character, over every context.
  const oneToOne = new Map<string, string>();
  const stableSet = new Set(stable);
  const sourcesOf = new Map<string, Set<string>>();
  for (const [t, f] of toSimplified.forms) {
    for (const s of f) {
      if (s === t) continue;
      let set = sourcesOf.get(s);
      if (!set) sourcesOf.set(s, (set = new Set()));
      set.add(t);
    }
  }
  for (const [s, f] of toTraditional.forms) {
    if (f.size !== 1 || toTraditional.ambiguous.has(s) || !stableSet.has(s)) continue;
    const t = [...f][0];
    if (t === s || [...t].length !== 1 || toSimplified.ambiguous.has(t) || normalized.has(t)) continue;
    const back = toSimplified.forms.get(t);
    const sources = sourcesOf.get(s);
    if (back && back.size === 1 && back.has(s) && sources && sources.size === 1 && sources.has(t)) oneToOne.set(s, t);
  }
  cached = { stable, oneToOne };
  return cached;
}
