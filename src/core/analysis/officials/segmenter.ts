import type * as JiebaModule from 'jieba-wasm';
import { hanLengthAt } from './chars';

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
  private readonly chunkStarts: number[];
  private readonly chunkEnds: number[];
  private readonly cache: Array<Token[] | undefined> = [];

  constructor(
    private readonly text: string,
    reuse?: { from: TextSegmentation; unless: readonly string[] },
  ) {
    if (reuse) {
      this.chunkStarts = reuse.from.chunkStarts;
      this.chunkEnds = reuse.from.chunkEnds;
      reuse.from.cache.forEach((tokens, k) => {
        const chunk = text.slice(this.chunkStarts[k], this.chunkEnds[k]);
        if (tokens && !reuse.unless.some((w) => chunk.includes(w))) this.cache[k] = tokens;
      });
      return;
    }
    this.chunkStarts = [];
    this.chunkEnds = [];
    const n = text.length;
    let start = 0;
    for (let i = 0; i < n; ) {
      const han = hanLengthAt(text, i);
      const len = i - start;
      if ((len >= CHUNK_TARGET && !han) || len >= CHUNK_MAX) {
        this.chunkStarts.push(start);
        this.chunkEnds.push(i);
        start = i;
      }
      i += han || (isHighSurrogate(text.charCodeAt(i)) ? 2 : 1);
    }
    if (start < n) {
      this.chunkStarts.push(start);
      this.chunkEnds.push(n);
    }
  }

  /**
   * The segmentation of the same text after words were added to the dictionary: chunks that contain none
   * of `words` segment as before, so their cached tokens carry over.
   */
  afterAdding(words: readonly string[]): TextSegmentation {
    return new TextSegmentation(this.text, { from: this, unless: words });
  }

  /** The tokens of the chunk containing `offset`. */
  private chunkTokens(offset: number): Token[] {
    const k = this.chunkIndex(offset);
    if (k < 0) return [];
    let tokens = this.cache[k];
    if (!tokens) {
      const start = this.chunkStarts[k];
      const words = load().cut(this.text.slice(start, this.chunkEnds[k]), true);
      tokens = [];
      let pos = start;
      // Words cover the input exactly, so UTF-16 offsets are running sums of their lengths.
      for (const w of words) {
        tokens.push(new Token(w, pos, pos + w.length));
        pos += w.length;
      }
      this.cache[k] = tokens;
    }
    return tokens;
  }

  private chunkIndex(offset: number): number {
    let lo = 0;
    let hi = this.chunkStarts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offset < this.chunkStarts[mid]) hi = mid - 1;
      else if (offset >= this.chunkEnds[mid]) lo = mid + 1;
      else return mid;
    }
    return -1;
  }

  /** The token covering `offset`. */
  tokenAt(offset: number): Token | undefined {
    const tokens = this.chunkTokens(offset);
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const t = tokens[mid];
      if (offset < t.start) hi = mid - 1;
      else if (offset >= t.end) lo = mid + 1;
      else return t;
    }
    return undefined;
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

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}
