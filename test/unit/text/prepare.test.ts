import * as assert from 'assert';
import { convert } from '../../../src/core/text/convert';
import { readPinyin } from '../../../src/core/text/pinyin';
import { prepare, type Prepared } from '../../../src/core/text/prepare';
import { detectScript } from '../../../src/core/text/script';
import { sharedArticle } from '../helpers/paths';

const PINYIN_LETTERS = 'a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüê';
/** `(qū)`-shaped tokens: parentheses around lower-case Latin with pinyin letters. */
const PAREN_TOKEN = new RegExp(`[(（]([${PINYIN_LETTERS}1-5' ]{1,40})[)）]`, 'g');
/** A reading left before `)` without its `(`: `?qū)`. */
const ORPHAN_TOKEN = new RegExp(`(?<![(（${PINYIN_LETTERS}])([${PINYIN_LETTERS}]{1,8})[)）]`, 'g');

function count(s: string, chars: string): number {
  let n = 0;
  for (const c of s) if (chars.includes(c)) n++;
  return n;
}

/** The raw text with every pinyin annotation removed: what a source slice "means". */
function stripAnnotations(raw: string): string {
  return raw.replace(PAREN_TOKEN, (all, inner: string) => (readPinyin(inner) ? '' : all));
}

function sourceOf(p: Prepared, start: number, end: number): string {
  const span = p.map.spanToSource({ start, end });
  return p.source.slice(span.start, span.end);
}

function insideCorrupt(p: Prepared, start: number, end: number): boolean {
  return p.cleaning.corrupt.some((c) => c.start <= start && end <= c.end);
}

describe('text: prepare() on invented reports', () => {
  it('cleans, converts and maps a Traditional report with artifacts', () => {
    const src = '??3月15日上午，臨江區(qū)召開防汛工作會(huì)議(市、區(qū))。\n??會議要求排查燃?qì)管I(dào)隱患。';
    const p = prepare(src);
    assert.strictEqual(p.converted, true);
    assert.strictEqual(p.script.script, 'traditional');
    assert.strictEqual(p.text, '　　3月15日上午，临江区召开防汛工作会议(市、区)。\n　　会议要求排查燃?qì)管I隐患。');
    assert.deepStrictEqual([p.cleaning.pinyinRemoved, p.cleaning.spacesRestored], [4, 4]);
    assert.strictEqual(p.cleaning.corrupt.length, 1);
    const c = p.cleaning.corrupt[0];
    assert.strictEqual(p.text.slice(c.start, c.end), c.text);
    assert.strictEqual(c.text, '?qì)管I');
    assert.strictEqual(sourceOf(p, c.start, c.end), '?qì)管I(dào)');
    const at = p.text.indexOf('临江区');
    assert.strictEqual(sourceOf(p, at, at + 3), '臨江區(qū)');
  });

  it('honours toSimplified', () => {
    const trad = '臨江區(qū)召開會議';
    assert.strictEqual(prepare(trad, { toSimplified: 'never' }).text, '臨江區召開會議');
    assert.strictEqual(prepare(trad, { toSimplified: 'never' }).converted, false);
    const simp = prepare('临江区召开会议', { toSimplified: 'always' });
    assert.deepStrictEqual([simp.text, simp.converted], ['临江区召开会议', true]);
    assert.strictEqual(prepare('临江区召开会议').converted, false);
  });

  it('converts mixed text', () => {
    const p = prepare('临江区召开会议。臨江區召開會議。');
    assert.strictEqual(p.script.script, 'mixed');
    assert.strictEqual(p.text, '临江区召开会议。临江区召开会议。');
  });

  it('keeps corrupt spans pointing at the converted text across length changes', () => {
    const p = prepare('㗲(lěi)字與張?明');
    assert.strictEqual(p.text, '𠵾字与张?明');
    assert.strictEqual(p.cleaning.corrupt.length, 1);
    assert.strictEqual(p.cleaning.corrupt[0].text, '?');
    assert.strictEqual(p.text.slice(p.cleaning.corrupt[0].start, p.cleaning.corrupt[0].end), '?');
    assert.strictEqual(sourceOf(p, 0, 2), '㗲(lěi)');
  });
});

describe('text: prepare() on the real Traditional articles', function () {
  this.timeout(60_000);
  for (const id of ['001', '002', '003']) {
    describe(`article ${id}`, () => {
      const source = sharedArticle(id);
      const p = prepare(source);

      it('leaves no pinyin annotation (orphans only inside reported corrupt spans)', () => {
        assert.ok(p.cleaning.pinyinRemoved > 50);
        for (const m of p.text.matchAll(PAREN_TOKEN)) {
          assert.strictEqual(readPinyin(m[1]), undefined, `annotation ${m[0]} left at ${m.index}`);
        }
        for (const m of p.text.matchAll(ORPHAN_TOKEN)) {
          if (!readPinyin(m[1])) continue;
          assert.ok(insideCorrupt(p, m.index!, m.index! + m[0].length), `orphan ${m[0]} at ${m.index} not reported`);
        }
      });

      it('keeps every real parenthesis', () => {
        assert.strictEqual(count(p.text, '(（'), count(source, '(（') - p.cleaning.pinyinRemoved);
        assert.strictEqual(count(p.text, ')）'), count(source, ')）') - p.cleaning.pinyinRemoved);
        for (const m of source.matchAll(/[(（]([^()（）]*)[)）]/g)) {
          if (readPinyin(m[1])) continue;
          const expected = convert(stripAnnotations(m[0]), 'simplified').text;
          assert.ok(p.text.includes(expected), `real parenthesis ${m[0]} lost`);
        }
      });

      it('reads as Simplified', () => {
        assert.strictEqual(p.converted, true);
        assert.strictEqual(p.script.script, 'traditional');
        const after = detectScript(p.text);
        assert.strictEqual(after.script, 'simplified');
        assert.strictEqual(after.traditionalOnly, 0);
      });

      it('maps every character back onto the Traditional character it came from', () => {
        const cps = [...p.text];
        let offset = 0;
        for (const ch of cps) {
          const raw = stripAnnotations(sourceOf(p, offset, offset + ch.length));
          if (ch === '\u3000') assert.strictEqual(raw, '?');
          else assert.strictEqual(convert(raw, 'simplified').text, ch, `text[${offset}] ${ch} ← ${raw}`);
          offset += ch.length;
        }
      });

      it('maps words back onto the raw Traditional words and their annotations only', () => {
        for (const word of ['安全生产', '会议', '工作', '区委', '市委', '副书记']) {
          let from = 0;
          for (let at = p.text.indexOf(word); at >= 0; at = p.text.indexOf(word, from)) {
            from = at + word.length;
            if (insideCorrupt(p, at, from)) continue;
            const raw = sourceOf(p, at, from);
            assert.strictEqual(convert(stripAnnotations(raw), 'simplified').text, word, `${word} ← ${raw}`);
            assert.doesNotMatch(stripAnnotations(raw), /[()（）]/, `${word} ← ${raw} holds more than annotations`);
          }
        }
      });

      it('reports corrupt spans on the prepared text, kept as found', () => {
        for (const c of p.cleaning.corrupt) {
          assert.strictEqual(p.text.slice(c.start, c.end), c.text);
          const raw = sourceOf(p, c.start, c.end);
          assert.ok(raw.includes('?'), `corrupt span ${c.text} ← ${raw}`);
          assert.ok(c.message.length > 20);
        }
      });
    });
  }

  it('finds the damage each article has', () => {
    const kinds = (id: string): string[] => prepare(sharedArticle(id)).cleaning.corrupt.map((c) => c.kind);
    assert.deepStrictEqual(kinds('001'), ['mojibake']);
    assert.deepStrictEqual(kinds('002'), ['orphan-pinyin', 'orphan-pinyin', 'orphan-pinyin']);
    assert.deepStrictEqual(kinds('003'), ['mojibake', 'mojibake']);
    // Article 001 lost the two full-width spaces of each of its paragraphs.
    const p1 = prepare(sharedArticle('001'));
    const paragraphs = p1.source.split('\n').filter((l) => l.startsWith('??')).length;
    assert.strictEqual(p1.cleaning.spacesRestored, 2 * paragraphs);
    assert.ok(p1.text.split('\n').every((l) => l === '' || l.startsWith('　　')));
  });
});

describe('text: prepare() on the real Simplified articles', () => {
  for (const id of ['000', '004']) {
    it(`article ${id} comes through unchanged`, () => {
      const source = sharedArticle(id);
      const p = prepare(source);
      assert.strictEqual(p.text, source);
      assert.strictEqual(p.converted, false);
      assert.strictEqual(p.script.script, 'simplified');
      assert.deepStrictEqual(p.cleaning, { pinyinRemoved: 0, spacesRestored: 0, corrupt: [] });
      assert.deepStrictEqual(p.map.spanToSource({ start: 10, end: 20 }), { start: 10, end: 20 });
    });
  }
});
