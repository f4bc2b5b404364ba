import * as assert from 'assert';
import { CharSet } from '../../../src/core/analysis/charset';
import { appearsWithTitle } from '../../../src/core/analysis/directives/speakers';
import { WordSet } from '../../../src/core/analysis/officials/wordset';
import { PairIndex } from '../../../src/core/analysis/pairIndex';

/*
 * The lookups the scanners ask at every position were made allocation-free (a trie of code units, a bit
 * per character, an index of character pairs). Each must answer exactly what the string operations it
 * replaced answer; these tests compare them with those operations on random text.
 */

/** A small deterministic generator (the tests must not depend on Math.random). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Text over a small alphabet (so words recur), with a surrogate pair and a lone surrogate among the units. */
function randomText(next: () => number, length: number): string {
  const alphabet = ['市', '长', '江', '区', '王', '海', '、', '和', 'a', '\n', '𠮷', '\uD800', '副', '县'];
  let s = '';
  while (s.length < length) s += alphabet[Math.floor(next() * alphabet.length)];
  return s;
}

const WORDS = ['市长', '长江', '市长江', '区长', '王海', '副市长', '副', '和', '𠮷区', '\uD800', 'a长', '县区和'];

function naiveLongestAt(words: readonly string[], text: string, i: number): number {
  let best = 0;
  for (const w of words) if (i >= 0 && i + w.length <= text.length && text.slice(i, i + w.length) === w && w.length > best) best = w.length;
  return i < text.length ? best : 0;
}

function naiveLongestEndingAt(words: readonly string[], text: string, end: number): number {
  let best = 0;
  for (const w of words) if (end - w.length >= 0 && end <= text.length && text.slice(end - w.length, end) === w && w.length > best) best = w.length;
  return best;
}

function naiveOccurrences(text: string, word: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) out.push(at);
  return out;
}

describe('analysis: allocation-free lookups answer like the string operations they replace', () => {
  const next = rng(20240607);
  const texts = Array.from({ length: 40 }, () => randomText(next, 1 + Math.floor(next() * 120)));
  const set = new WordSet(WORDS);

  it('WordSet: longest word starting or ending at every position, inside and outside the text', () => {
    for (const text of texts) {
      for (let i = -2; i <= text.length + 2; i++) {
        assert.strictEqual(set.longestAt(text, i), naiveLongestAt(WORDS, text, i), `longestAt ${JSON.stringify(text)} ${i}`);
        assert.strictEqual(set.startsAt(text, i), naiveLongestAt(WORDS, text, i) > 0);
        const word = set.longestWordAt(text, i);
        assert.strictEqual(word?.length ?? 0, naiveLongestAt(WORDS, text, i));
        if (word) assert.strictEqual(text.slice(i, i + word.length), word);
        assert.strictEqual(set.longestEndingAt(text, i), naiveLongestEndingAt(WORDS, text, i), `longestEndingAt ${JSON.stringify(text)} ${i}`);
      }
    }
  });

  it('WordSet: is a slice a word, does a word lie inside a range, where does each word occur', () => {
    for (const text of texts) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= Math.min(text.length, a + 4); b++) assert.strictEqual(set.isWordAt(text, a, b), set.has(text.slice(a, b)));
      }
      for (let a = 0; a < text.length; a += 7) {
        const b = Math.min(text.length, a + 9);
        assert.strictEqual(set.occursWithin(text, a, b), WORDS.some((w) => text.slice(a, b).includes(w)), `occursWithin ${a} ${b}`);
      }
      const found = set.occurrences(text);
      for (const w of WORDS) assert.deepStrictEqual(found.get(w) ?? [], naiveOccurrences(text, w), `occurrences of ${w}`);
    }
    assert.strictEqual(set.isWordAt('市长', 0, 3), false, 'a range past the end is no word');
    assert.strictEqual(new WordSet(['']).longestAt('abc', 0), 0, 'the empty word is never found');
  });

  it('CharSet: the unit at a position, a one-unit string', () => {
    const chars = new CharSet('市区县、');
    for (const text of texts) {
      for (let i = -1; i <= text.length; i++) assert.strictEqual(chars.at(text, i), '市区县、'.includes(text[i] ?? '\0'), `at ${i}`);
    }
    assert.strictEqual(chars.has('市'), true);
    assert.strictEqual(chars.has('市区'), false, 'a longer string is not a member');
    assert.strictEqual(chars.has(undefined), false);
    assert.throws(() => new CharSet(['𠮷']), /single UTF-16 code units/);
  });

  it('PairIndex: every occurrence of a word, in order, overlapping ones included', () => {
    const text = texts.join('') + '王海王海王海海' + '市长江市长'.repeat(30);
    const index = new PairIndex(text);
    for (const w of [...WORDS, '王海王海', '海', '江市长江', 'xyz']) {
      const seen: number[] = [];
      index.some(w, (at) => {
        seen.push(at);
        return false;
      });
      assert.deepStrictEqual(seen, naiveOccurrences(text, w), `occurrences of ${JSON.stringify(w)}`);
    }
    const firstTwo: number[] = [];
    assert.strictEqual(index.some('市长', (at) => firstTwo.push(at) === 2), true, 'stops when the visitor says so');
    assert.deepStrictEqual(firstTwo, naiveOccurrences(text, '市长').slice(0, 2));
  });

  it('appearsWithTitle gives the same answer with and without the index, the 64-occurrence limit included', () => {
    const cases: [string, string][] = [
      ['区长钟晓咏出席。钟晓咏强调', '钟晓咏'],
      ['钟晓咏强调。钟晓咏指出', '钟晓咏'],
      ['王征区长强调', '王征'],
      // The title stands at the 65th mention only: beyond the limit, so not evidence.
      ['王海说。'.repeat(64) + '副市长王海说。', '王海'],
      ['王海说。'.repeat(63) + '副市长王海说。', '王海'],
      ['', '王海'],
    ];
    for (const [text, name] of cases) {
      assert.strictEqual(appearsWithTitle(text, name, new PairIndex(text)), appearsWithTitle(text, name), `${name} in ${text.slice(0, 20)}…`);
    }
    assert.strictEqual(appearsWithTitle(cases[3][0], '王海'), false);
    assert.strictEqual(appearsWithTitle(cases[4][0], '王海'), true);
  });
});
