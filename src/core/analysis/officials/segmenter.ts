import type * as JiebaModule from 'jieba-wasm';
import { hanLengthAt } from './chars';
import { WordSet } from './wordset';

/**
 * jieba-wasm, loaded on first use. Its Node build reads and compiles `jieba_rs_wasm_bg.wasm` from its own
 * directory synchronously when required (~0.3 s): nothing pays that until analysis actually runs (in a
 * worker or the CLI). Bundled by esbuild, the glue's `__dirname` is the bundle's folder, where esbuild.js
 * copies the .wasm (dist/jieba_rs_wasm_bg.wasm).
 */
type Jieba = typeof JiebaModule;

let jieba: Jieba | undefined;
const addedNames = new Set<string>();
/** Dictionary tag of single words; jieba's `tag()` on whole chunks is ~10× slower than `cut()`. */
const tagCache = new Map<string, string>();
const TAG_CACHE_LIMIT = 50_000;

function load(): Jieba {
  if (!jieba) jieba = require('jieba-wasm') as Jieba;
  return jieba;
}

/** True once jieba has been loaded. */
export function isSegmenterLoaded(): boolean {
  return jieba !== undefined;
}

/**
 * The part-of-speech tag jieba's dictionary gives `word` (`nr` person, `ns` place, `v` verb …); `x` for
 * words the dictionary does not hold (those the HMM guessed, usually unknown names).
 */
export function tagOf(word: string): string {
  let tag = tagCache.get(word);
  if (tag === undefined) {
    const tags = load().tag(word, false);
    tag = tags.length === 1 ? tags[0].tag : 'x';
    if (tagCache.size >= TAG_CACHE_LIMIT) tagCache.clear();
    tagCache.set(word, tag);
  }
  return tag;
}

/**
 * Adds personal names to the dictionary (tag `nr`) so later text segments them whole. jieba suggests the
 * frequency (the lowest that keeps the name in one piece), which disturbs other words as little as
 * possible. The dictionary is per process: names stay for later documents.
 */
export function addPersonNames(names: Iterable<string>): string[] {
  const j = load();
  const added: string[] = [];
  for (const name of names) {
    if (addedNames.has(name)) continue;
    addedNames.add(name);
    j.add_word(name, undefined, 'nr');
    tagCache.delete(name);
    added.push(name);
  }
  return added;
}

export class Token {
  constructor(
    readonly word: string,
    /** UTF-16 offsets into the segmented text (jieba itself counts code points). */
    readonly start: number,
    readonly end: number,
  ) {}

  get tag(): string {
    return tagOf(this.word);
  }
}

/** Chunks end at the first non-Han character after this many units… */
const CHUNK_TARGET = 48;
/** …or here at the latest (a run of Han characters this long is cut, rarely inside a word). */
const CHUNK_MAX = 512;

/**
 * Word boundaries of one text, computed per chunk on demand and cached, so a document costs at most one
 * jieba pass and questions about one spot never segment the whole text. Chunks are a few dozen characters
 * cut at punctuation: jieba segments each run of Han characters on its own anyway, and one call per chunk
 * keeps the cost of crossing into wasm (~25 µs a call) small. jieba runs with its HMM, which guesses words
 * missing from the dictionary (mostly names: 钟晓咏); where a title needs to know whether the dictionary
 * itself joins two characters, `mayBreak` treats those guesses as breakable.
 */
export class TextSegmentation {
  /** Chunk bounds, found on the first question (a text without titles asks none). */
  private bounds: { starts: number[]; ends: number[] } | undefined;
  private readonly cache: Array<Token[] | undefined> = [];
  /** Per segmented chunk: for each offset in it, the index of the token covering it (NONE: none does). */
  private readonly index: Array<Uint16Array | undefined> = [];
  /**
   * jieba's words for each distinct chunk text. jieba is a pure function of the chunk and the dictionary
   * (fixed for the life of one segmentation), so a document that repeats itself (boilerplate, pasted
   * lists, a page scraped twice) pays for each distinct chunk once.
   */
  private readonly wordsOf = new Map<string, { words: string[]; at: Uint16Array }>();
  private lastChunk = -1;

  constructor(
    private readonly text: string,
    reuse?: { from: TextSegmentation; unless: readonly string[] },
  ) {
    if (!reuse || !reuse.from.bounds) return;
    const bounds = (this.bounds = reuse.from.bounds);
    // One pass per chunk for all the words (a report may add thousands of names).
    const unless = new WordSet(reuse.unless);
    reuse.from.cache.forEach((tokens, k) => {
      if (tokens && !unless.occursWithin(text, bounds.starts[k], bounds.ends[k])) {
        this.cache[k] = tokens;
        this.index[k] = reuse.from.index[k];
      }
    });
  }

  private chunkBounds(): { starts: number[]; ends: number[] } {
    if (this.bounds) return this.bounds;
    const { text } = this;
    const starts: number[] = [];
    const ends: number[] = [];
    const n = text.length;
    let start = 0;
    for (let i = 0; i < n; ) {
      const han = hanLengthAt(text, i);
      const len = i - start;
      if ((len >= CHUNK_TARGET && !han) || len >= CHUNK_MAX) {
        starts.push(start);
        ends.push(i);
        start = i;
      }
      i += han || (isHighSurrogate(text.charCodeAt(i)) ? 2 : 1);
    }
    if (start < n) {
      starts.push(start);
      ends.push(n);
    }
    return (this.bounds = { starts, ends });
  }

  /**
   * The segmentation of the same text after words were added to the dictionary: chunks that contain none
   * of `words` segment as before, so their cached tokens carry over.
   */
  afterAdding(words: readonly string[]): TextSegmentation {
    return new TextSegmentation(this.text, { from: this, unless: words });
  }

  /** The tokens of chunk `k`, segmenting it on first use. */
  private chunkTokens(k: number): Token[] {
    let tokens = this.cache[k];
    if (!tokens) {
      const { starts, ends } = this.chunkBounds();
      const start = starts[k];
      const chunk = this.text.slice(start, ends[k]);
      let seg = this.wordsOf.get(chunk);
      if (!seg) {
        const words = load().cut(chunk, true);
        seg = { words, at: coverIndex(words, chunk.length) };
        this.wordsOf.set(chunk, seg);
      }
      tokens = [];
      let pos = start;
      // Words cover the input exactly, so UTF-16 offsets are running sums of their lengths.
      for (const w of seg.words) {
        tokens.push(new Token(w, pos, pos + w.length));
        pos += w.length;
      }
      this.cache[k] = tokens;
      this.index[k] = seg.at;
    }
    return tokens;
  }

  private chunkIndex(offset: number): number {
    const { starts, ends } = this.chunkBounds();
    // Questions come in runs about one spot: try the chunk of the last answer first.
    const last = this.lastChunk;
    if (last >= 0 && offset >= starts[last] && offset < ends[last]) return last;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < starts[mid]) hi = mid - 1;
      else if (offset >= ends[mid]) lo = mid + 1;
      else return (this.lastChunk = mid);
    }
    return -1;
  }

  /** The token covering `offset`. */
  tokenAt(offset: number): Token | undefined {
    const k = this.chunkIndex(offset);
    if (k < 0) return undefined;
    const tokens = this.chunkTokens(k);
    const i = this.index[k]![offset - this.bounds!.starts[k]];
    return i === NONE ? undefined : tokens[i];
  }

  /** Is `offset` between two words (or at an end of the text)? */
  isBoundary(offset: number): boolean {
    const t = this.tokenAt(offset);
    return !t || t.start === offset;
  }

  /**
   * Between two words, or inside a word the dictionary does not know (由市 glued by the HMM may split;
   * 全市 and 长江 may not).
   */
  mayBreak(offset: number): boolean {
    const t = this.tokenAt(offset);
    return !t || t.start === offset || t.tag === 'x';
  }

  /** The token that starts exactly at `offset`, if the segmentation has a boundary there. */
  tokenStartingAt(offset: number): Token | undefined {
    const t = this.tokenAt(offset);
    return t && t.start === offset ? t : undefined;
  }
}

const NONE = 0xffff;

/**
 * For each offset of a chunk, the index of the word covering it: the question "which token is here?" is
 * asked several times per title and name, so it is answered by lookup rather than by search. A chunk
 * is at most CHUNK_MAX (+1) units long, so indexes fit 16 bits.
 */
function coverIndex(words: readonly string[], length: number): Uint16Array {
  const at = new Uint16Array(length).fill(NONE);
  let pos = 0;
  words.forEach((w, i) => {
    const end = pos + w.length;
    for (let r = pos; r < end && r < length; r++) at[r] = i;
    pos = end;
  });
  return at;
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
