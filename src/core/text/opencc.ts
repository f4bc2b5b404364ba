import type { ConversionTarget } from './types';

/*
 * OpenCC's configurations, read from opencc-js and run by our own matcher so that every replacement
 * is known by position (opencc-js only returns the converted string). The matcher reproduces
 * opencc-js 1.4: per dictionary group, longest match from left to right, first dictionary of a group
 * wins, ideographic description sequences are skipped whole, and with a segmentation dictionary no
 * match crosses a segment boundary. convert.test.ts checks the output against opencc-js itself.
 */

type DictLike = string | ReadonlyArray<readonly [string, string]>;
type DictGroup = readonly DictLike[];

interface OpenccConfig {
  normalizationChain?: readonly DictGroup[];
  segmentation?: DictLike | DictGroup;
  conversionChain: readonly DictGroup[];
}

interface OpenccBundle {
  Locale: { configs: Record<string, OpenccConfig> };
}

/** How a match's key and value correspond, decided once per dictionary entry. */
export enum EntryShape {
  /** Same UTF-16 length, no surrogates: positions correspond one to one. */
  Aligned = 0,
  /** Same number of code points but some astral ones: map code point by code point. */
  PerCodePoint = 1,
  /** Different number of code points (主機板 → 主板): one indivisible unit. */
  Phrase = 2,
}

export interface TrieNode {
  next: Map<number, TrieNode> | undefined;
  value: string | undefined;
  shape: EntryShape;
}

export interface ConverterPlan {
  /** Tries applied in turn to the whole text. */
  normalization: TrieNode[];
  /** Segment boundaries that conversion matches must not cross (null: the whole text is one segment). */
  segmentation: TrieNode | null;
  conversion: TrieNode[];
}

/**
 * `rewordsBeyond`: the dictionaries this configuration has and that one lacks hold regional vocabulary
 * (信息 → 資訊, 鼠标 → 滑鼠), whose characters do not correspond one to one; their multi-character entries
 * map as one unit even when the length is unchanged.
 */
const PLANS: Readonly<Record<ConversionTarget, { bundle: 't2cn' | 'cn2t'; config: string; rewordsBeyond?: string }>> = {
  simplified: { bundle: 't2cn', config: 't2s' },
  traditional: { bundle: 'cn2t', config: 's2t' },
  taiwan: { bundle: 'cn2t', config: 's2tw' },
  taiwanPhrases: { bundle: 'cn2t', config: 's2twp', rewordsBeyond: 's2tw' },
  hongkong: { bundle: 'cn2t', config: 's2hk' },
};

const bundles = new Map<string, OpenccBundle>();

/**
 * Each direction's tables load on first use only: t2cn is 109 KB, cn2t 1.1 MB. The literal `require`s let
 * a bundler include both while still evaluating each lazily.
 */
function loadBundle(name: 't2cn' | 'cn2t'): OpenccBundle {
  let b = bundles.get(name);
  if (!b) {
    b = (name === 't2cn' ? require('opencc-js/t2cn') : require('opencc-js/cn2t')) as OpenccBundle;
    bundles.set(name, b);
  }
  return b;
}

const plans = new Map<ConversionTarget, ConverterPlan>();
const tries = new Map<string, TrieNode>();
const dictIds = new Map<DictLike, number>();

export function converterPlan(target: ConversionTarget): ConverterPlan {
  const cached = plans.get(target);
  if (cached) return cached;
  const spec = PLANS[target];
  if (!spec) throw new Error(`unknown conversion target: ${String(target)}`);
  const configs = loadBundle(spec.bundle).Locale.configs;
  const config = configs[spec.config];
  if (!config) throw new Error(`opencc-js has no configuration ${spec.config}`);
  const rewording = new Set<DictLike>();
  if (spec.rewordsBeyond) {
    const base = new Set(configs[spec.rewordsBeyond].conversionChain.flat());
    for (const d of config.conversionChain.flat()) if (!base.has(d)) rewording.add(d);
  }
  const plan: ConverterPlan = {
    normalization: (config.normalizationChain ?? []).map((g) => trieFor(g)),
    segmentation: config.segmentation ? trieFor(segmentationGroup(config.segmentation)) : null,
    conversion: config.conversionChain.map((g) => trieFor(g, rewording)),
  };
  plans.set(target, plan);
  return plan;
}

/** opencc-js reads a segmentation given as a list of strings as a group, anything else as one dictionary. */
function segmentationGroup(seg: DictLike | DictGroup): DictGroup {
  if (Array.isArray(seg) && seg.every((d) => typeof d === 'string')) return seg as DictGroup;
  return [seg as DictLike];
}

/** Groups share tries: the Simplified→Traditional phrase table (1 MB) is built once for all four targets. */
function trieFor(group: DictGroup, rewording: ReadonlySet<DictLike> = new Set()): TrieNode {
  const key = group
    .map((d) => {
      let id = dictIds.get(d);
      if (id === undefined) {
        id = dictIds.size;
        dictIds.set(d, id);
      }
      return rewording.has(d) ? `r${id}` : String(id);
    })
    .join(',');
  let trie = tries.get(key);
  if (!trie) {
    trie = buildTrie(group, rewording);
    tries.set(key, trie);
  }
  return trie;
}

function newNode(): TrieNode {
  return { next: undefined, value: undefined, shape: EntryShape.Aligned };
}

function buildTrie(group: DictGroup, rewording: ReadonlySet<DictLike>): TrieNode {
  const root = newNode();
  // Later additions overwrite, so loading the group backwards lets its first dictionary win.
  for (let d = group.length - 1; d >= 0; d--) {
    const dict = group[d];
    const rewords = rewording.has(dict);
    if (typeof dict === 'string') {
      if (dict === '') continue;
      for (const entry of dict.split('|')) {
        const space = entry.indexOf(' ');
        if (space < 0) throw new TypeError(`invalid OpenCC dictionary entry: ${entry}`);
        addWord(root, entry.slice(0, space), entry.slice(space + 1), rewords);
      }
    } else {
      for (const [k, v] of dict) addWord(root, k, v, rewords);
    }
  }
  return root;
}

function addWord(root: TrieNode, key: string, value: string, rewords: boolean): void {
  let node = root;
  for (let i = 0; i < key.length; ) {
    const cp = key.codePointAt(i)!;
    i += cp > 0xffff ? 2 : 1;
    if (!node.next) node.next = new Map();
    let child = node.next.get(cp);
    if (!child) {
      child = newNode();
      node.next.set(cp, child);
    }
    node = child;
  }
  node.value = value;
  node.shape = shapeOf(key, value, rewords);
}

function countCodePoints(s: string): { count: number; astral: boolean } {
  let count = 0;
  let astral = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        astral = true;
        i++;
      }
    }
    count++;
  }
  return { count, astral };
}

function shapeOf(key: string, value: string, rewords: boolean): EntryShape {
  const k = countCodePoints(key);
  const v = countCodePoints(value);
  if (k.count !== v.count || (rewords && k.count > 1 && key !== value)) return EntryShape.Phrase;
  if (!k.astral && !v.astral) return EntryShape.Aligned;
  return EntryShape.PerCodePoint;
}

const startTables = new WeakMap<TrieNode, Uint8Array>();

/**
 * 1 for each code unit at which the matcher has something to do: the first unit of a key (the high
 * surrogate of an astral one) and the ideographic description operators, which it steps over whole.
 * Everywhere else it would step over one code point, which a scan can do one code unit at a time.
 */
export function startUnits(root: TrieNode): Uint8Array {
  let table = startTables.get(root);
  if (table) return table;
  table = new Uint8Array(0x10000);
  if (root.next) {
    for (const cp of root.next.keys()) table[cp > 0xffff ? 0xd800 + ((cp - 0x10000) >> 10) : cp] = 1;
  }
  table.fill(1, 0x2ff0, 0x3000);
  startTables.set(root, table);
  return table;
}

/**
 * The node of the longest dictionary key starting at `i` and ending by `limit`. Its end goes to
 * `matchEnd` rather than into a result object: this runs once per character of the document.
 */
export let matchEnd = 0;
export function longestMatch(root: TrieNode, s: string, i: number, limit: number): TrieNode | undefined {
  let node: TrieNode | undefined = root;
  let found: TrieNode | undefined;
  let end = 0;
  for (let j = i; j < limit; ) {
    const next: Map<number, TrieNode> | undefined = node.next;
    if (!next) break;
    const x = s.codePointAt(j)!;
    j += x > 0xffff ? 2 : 1;
    node = next.get(x);
    if (!node) break;
    if (node.value !== undefined) {
      found = node;
      end = j;
    }
  }
  matchEnd = end;
  return found;
}

function codePointLength(s: string, i: number): number {
  return s.codePointAt(i)! > 0xffff ? 2 : 1;
}

function idsArity(cp: number): number {
  if (cp >= 0x2ff0 && cp <= 0x2ff1) return 2;
  if (cp >= 0x2ff2 && cp <= 0x2ff3) return 3;
  if (cp >= 0x2ff4 && cp <= 0x2fff) return 2;
  return 0;
}

/**
 * How far the matcher steps over text no key matches. Like opencc-js, it steps over an ideographic
 * description sequence (⿰氵青) whole. opencc-js finds a sequence's end by plain recursion, which takes
 * exponential time and overflows the stack on a long run of ⿰⿰⿰…; here the same definition is evaluated
 * with an explicit stack and each position's result is remembered, so the work is linear.
 */
export function unmatchedLength(s: string, i: number, limit: number): number {
  const c = s.charCodeAt(i);
  if (c >= 0x2ff0 && c <= 0x2fff) {
    const end = idsEnd(s, i, limit);
    if (end > i) return end - i;
  }
  return codePointLength(s, i);
}

/**
 * Results of idsEnd for one (string, limit): a sequence's end depends on nothing else. Stored in pages
 * of typed arrays allocated where operators occur (0 = unknown, else end + 1), not in one Map entry per
 * position: a million entries made a Map superlinear.
 */
let memoText: string | undefined;
let memoLimit = -1;
const PAGE = 4096;
const memoPages = new Map<number, Int32Array>();

function memoGet(p: number): number | undefined {
  const page = memoPages.get(Math.floor(p / PAGE));
  const v = page ? page[p % PAGE] : 0;
  return v === 0 ? undefined : v - 1;
}

function memoSet(p: number, end: number): void {
  const key = Math.floor(p / PAGE);
  let page = memoPages.get(key);
  if (!page) {
    page = new Int32Array(PAGE);
    memoPages.set(key, page);
  }
  page[p % PAGE] = end + 1;
}

// Explicit recursion stack: position, current end, children done, arity.
let stackP: Int32Array = new Int32Array(64);
let stackEnd: Int32Array = new Int32Array(64);
let stackK: Int32Array = new Int32Array(64);
let stackArity: Int32Array = new Int32Array(64);

/** Drops the memo (and the text it pins) and an oversized stack; called when a conversion finishes. */
export function releaseSequenceMemo(): void {
  memoPages.clear();
  memoText = undefined;
  memoLimit = -1;
  if (stackP.length > 1024) {
    stackP = new Int32Array(64);
    stackEnd = new Int32Array(64);
    stackK = new Int32Array(64);
    stackArity = new Int32Array(64);
  }
}

function growStack(): void {
  const grow = (a: Int32Array): Int32Array => {
    const b = new Int32Array(a.length * 2);
    b.set(a);
    return b;
  };
  stackP = grow(stackP);
  stackEnd = grow(stackEnd);
  stackK = grow(stackK);
  stackArity = grow(stackArity);
}

/**
 * End of the description sequence starting at `p0`, or 0. A sequence is an operator followed by as many
 * operands as its arity, each a sequence or, failing that, one code point; it fails if it runs into `limit`.
 */
function idsEnd(s: string, p0: number, limit: number): number {
  if (memoText !== s || memoLimit !== limit) {
    memoPages.clear();
    memoText = s;
    memoLimit = limit;
  }
  const known = memoGet(p0);
  if (known !== undefined) return known;
  let top = -1;
  const push = (p: number): void => {
    if (++top >= stackP.length) growStack();
    stackP[top] = p;
    stackArity[top] = idsArity(s.codePointAt(p)!);
    stackEnd[top] = p + codePointLength(s, p);
    stackK[top] = 0;
  };
  push(p0);
  let result = 0;
  while (top >= 0) {
    if (stackArity[top] === 0) {
      result = 0;
    } else if (stackK[top] === stackArity[top]) {
      result = stackEnd[top];
    } else if (stackEnd[top] >= limit) {
      result = 0;
    } else {
      const q = stackEnd[top];
      const child = idsArity(s.codePointAt(q)!) === 0 ? 0 : memoGet(q);
      if (child === undefined) {
        push(q);
        continue;
      }
      stackEnd[top] = child || q + codePointLength(s, q);
      stackK[top]++;
      continue;
    }
    // The frame on top is finished with `result`: record it and hand it to its parent.
    memoSet(stackP[top], result);
    top--;
    if (top >= 0) {
      const q = stackEnd[top];
      stackEnd[top] = result || q + codePointLength(s, q);
      stackK[top]++;
    }
  }
  return result;
}
