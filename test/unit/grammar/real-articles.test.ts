import * as assert from 'assert';
import * as fs from 'fs';
import { sharedArticle, sharedCorpusDir } from '../helpers/paths';
import { S, ScopedLine, expectExactly, expectUntouched, expectWithin, hasScope, runsOf, scopesAt, tokenize } from './tokenizer';

// The five scraped articles beside the project (read, never copied). Expected values were read from the
// articles by hand: 000 and 004 Simplified, 001–003 raw Traditional with glued pinyin.

const PINYIN_AFTER_HAN = /(?<=\p{Script=Han})\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/gu;

/** Every `Han(pinyin)` annotation in the text is scoped as one, and nothing else is. */
function assertAnnotationsExactly(lines: readonly ScopedLine[]): number {
  let count = 0;
  for (const line of lines) {
    const expected = new Set<number>();
    for (const m of line.text.matchAll(PINYIN_AFTER_HAN)) {
      for (let i = m.index; i < m.index + m[0].length; i++) expected.add(i);
      count++;
    }
    for (let i = 0; i < line.text.length; i++) {
      const scoped = hasScope(scopesAt(line, i), S.annotation);
      assert.strictEqual(scoped, expected.has(i), `${JSON.stringify(line.text.slice(Math.max(0, i - 4), i + 6))} at ${i}`);
    }
  }
  return count;
}

describe('grammar: the real articles in ../shared/corpus', function () {
  const articles = new Map<string, ScopedLine[]>();

  before(async function () {
    if (!fs.existsSync(sharedCorpusDir)) this.skip();
    for (const prefix of ['000', '001', '002', '003', '004']) articles.set(prefix, await tokenize(sharedArticle(prefix)));
  });

  const article = (prefix: string): ScopedLine[] => articles.get(prefix)!;

  it('closes every span on its own line and never stops early', () => {
    for (const [prefix, lines] of articles) {
      lines.forEach((line, n) => {
        assert.strictEqual(line.stoppedEarly, false, `${prefix}:${n + 1}`);
        assert.strictEqual(line.depthAfter, 1, `${prefix}:${n + 1} leaves a span open`);
      });
    }
  });

  it('000: dateline, enumeration, slogans and byline of a Simplified report', () => {
    const lines = article('000');
    expectExactly(lines, '来源', S.label);
    expectExactly(lines, '腾讯网', S.source);
    expectExactly(lines, '发布时间', S.label);
    expectExactly(lines, '2023-08-01', S.date);
    expectExactly(lines, '19:05:52', S.time);
    expectExactly(lines, '8月1日', S.date);
    assert.deepStrictEqual(runsOf(lines, S.enumeration), ['一要', '二要', '三要']);
    expectExactly(lines, '“时时放心不下”', S.quoteDouble);
    expectExactly(lines, '“四责协同”', S.quoteDouble);
    assert.deepStrictEqual(runsOf(lines, S.role), ['记者', '编辑', '校对']);
    assert.deepStrictEqual(runsOf(lines, S.person), ['姚丽敏', '朱亮', '陈思宜', '焦旸越']);
    expectExactly(lines, '(实习)', S.bylineNote);
    expectUntouched(lines, '(集团)');
    expectUntouched(lines, '(资料图)');
    assert.deepStrictEqual(runsOf(lines, S.annotation), []);
  });

  it('001: lost indentation, annotations and a mojibake orphan in a Traditional report', () => {
    const lines = article('001');
    const indented = lines.filter((l) => l.text.startsWith('??'));
    assert.strictEqual(indented.length, 7);
    for (const line of indented) expectExactly([line], '??', S.lostIndent);
    expectExactly(lines, '1月27日', S.date);
    assert.ok(assertAnnotationsExactly(lines) > 50);
    assert.deepStrictEqual(runsOf(lines, S.mojibake), ['?qū)']);
    expectExactly(lines, '“四不兩直”', S.quoteDouble);
  });

  it('002: a raw Traditional dateline with glued pinyin, 本報訊 and a padded byline', () => {
    const lines = article('002');
    assert.deepStrictEqual(runsOf(lines, S.label), ['來(lái)源', '發(fā)布者', '時(shí)間']);
    expectWithin(lines, '運(yùn)城日', S.source);
    expectExactly(lines, '2019-11-23', S.date);
    expectWithin(lines, '本報(bào)訊', S.newsKeyword);
    expectExactly(lines, '(記者 張 越)', S.byline);
    assert.deepStrictEqual(runsOf(lines, S.person), ['張', '越']);
    expectExactly(lines, '11月22日', S.date);
    expectExactly(lines, '“生命至上、安全第一”', S.quoteDouble);
    assert.deepStrictEqual(runsOf(lines, S.enumeration), []);
    assert.ok(assertAnnotationsExactly(lines) > 50);
    assert.strictEqual(runsOf(lines, S.mojibake).length, 3);
  });

  it('003: dates of the meeting and corrupt characters in a Traditional report', () => {
    const lines = article('003');
    assert.deepStrictEqual(runsOf(lines, S.date), ['2023年', '7月12日', '2023年']);
    assert.deepStrictEqual(runsOf(lines, S.mojibake), ['?xì)', 'I(lǐng)', '?xì)', 'O(shè)']);
    assert.deepStrictEqual(runsOf(lines, S.person), []);
    assert.ok(assertAnnotationsExactly(lines) > 50);
  });

  it('004: an agency dateline, bracketed and closing bylines, partial dates, a dated URL', () => {
    const lines = article('004');
    expectExactly(lines, '红网时刻永州', S.source);
    expectExactly(lines, '10月20日', S.date);
    expectWithin(lines, '红网时刻永州10月20日讯', S.dateline);
    assert.deepStrictEqual(runsOf(lines, S.newsKeyword), ['讯']);
    assert.deepStrictEqual(runsOf(lines, S.role), ['通讯员', '作者', '编辑']);
    assert.deepStrictEqual(runsOf(lines, S.person), ['廖友金', '奉保武', '曾令华', '廖友金', '奉保武', '曾令华', '周文君']);
    expectExactly(lines, '红网', S.source, 1);
    assert.deepStrictEqual(runsOf(lines, S.date), ['10月20日', '2020年', '2020年', '9月份', '7月1日', '7月24日', '8月27日']);
    expectUntouched(lines, '/2020/10/20/');
    expectUntouched(lines, '111_副本.jpg');
  });
});
