import * as assert from 'assert';
import { analyzeText } from '../../../src/core/analysis/analyze';
import { findDates } from '../../../src/core/analysis/dates';
import { findDirectives } from '../../../src/core/analysis/directives';
import { analyzeLocality } from '../../../src/core/analysis/locality';
import { findOfficials } from '../../../src/core/analysis/officials';

/*
 * Analysis was sped up by sharing work between repeated or numerous candidates: one jieba call per
 * distinct chunk, one pass for the occurrences of all officials' names, one reading per place name, an
 * index of character pairs for speaker names. These tests check that a long text still gets, piece by
 * piece, the answers its pieces get on their own. No timing is asserted.
 */

const fill = (piece: string, size: number): string => piece.repeat(Math.ceil(size / piece.length)).slice(0, size);

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑';
const GIVEN = '光宇晓东静沛然世杰国栋慧建英立明帆海平敏卫华志刚振佳文斌';

/** `count` distinct three-character names (surname + two given characters), no two with the same given name. */
function names(count: number): string[] {
  const out: string[] = [];
  let k = 0;
  for (const a of GIVEN) for (const b of GIVEN) if (a !== b && out.length < count) out.push(SURNAMES[k++ % SURNAMES.length] + a + b);
  if (out.length < count) throw new Error(`only ${out.length} names`);
  return out;
}

describe('analysis: a long text reads like its pieces', function () {
  this.timeout(120_000);

  it('the 市长江 trap: the same official at 300 characters and at 300,000', () => {
    const short = findOfficials(fill('市长江', 300));
    const long = findOfficials(fill('市长江', 300_000));
    assert.deepStrictEqual(
      long.officials.map((o) => [o.name, o.titles]),
      short.officials.map((o) => [o.name, o.titles]),
    );
    // Not every copy: where jieba's chunks cut the run (every 512 characters) a copy may read differently,
    // as it did before the speed-up; nearly all are mentions.
    const copies = 100_000;
    assert.ok(long.officials[0].mentions.length >= 0.99 * copies && long.officials[0].mentions.length <= copies, String(long.officials[0].mentions.length));
  });

  it('hundreds of distinct officials: each keeps its title, its later bare mention and its given-name mention', () => {
    const people = names(700);
    const paragraph = (n: string) => `副区长${n}出席会议。${n}指出，要压实责任。${n.slice(1)}同志表示赞同。\n`;
    const text = people.map(paragraph).join('');
    const r = findOfficials(text);
    const byName = new Map(r.officials.map((o) => [o.name, o]));
    let found = 0;
    for (const n of people) {
      const alone = findOfficials(paragraph(n)).officials.find((o) => o.name === n);
      const o = byName.get(n);
      // A few readings fail alone too (何国立: 何 is an everyday word); the long text must agree.
      assert.strictEqual(!!o, !!alone, `${n} found alone and in the long text alike`);
      if (!o || !alone) continue;
      found++;
      assert.deepStrictEqual(o.titles, alone.titles, n);
      assert.strictEqual(o.mentions.length, alone.mentions.length, `${n}: mentions`);
    }
    assert.ok(found > 0.9 * people.length, `${found} of ${people.length}`);
  });

  it('surname + post (钟区长) still links to the one official it fits among many', () => {
    const people = names(400);
    const text = people.map((n) => `副县长${n}出席。`).join('') + '区委书记钟晓咏讲话。钟书记强调，要守牢底线。';
    const o = findOfficials(text).officials.find((x) => x.name === '钟晓咏')!;
    assert.strictEqual(o.mentions.length, 2, 'the 钟 of 钟书记 is a mention of 钟晓咏');
  });

  it('speakers of directives in a long report are the speakers of each paragraph read alone', () => {
    const people = names(700);
    const paragraph = (n: string) => `副市长${n}出席会议并讲话。${n}强调，要压实安全生产责任。\n`;
    const text = people.map(paragraph).join('');
    assert.ok(text.length > 20_000, 'long enough for the name index');
    const speakers = findDirectives(text, { speakers: findOfficials(text).officials }).map((d) => d.speaker);
    const expected = people.flatMap((n) => {
      const p = paragraph(n);
      return findDirectives(p, { speakers: findOfficials(p).officials }).map((d) => d.speaker);
    });
    assert.deepStrictEqual(speakers, expected);
  });

  it('every copy of a dense date gets the value and explanation of the first', () => {
    const piece = '2023年8月1日';
    const dates = findDates(piece.repeat(6000)).dates;
    assert.strictEqual(dates.length, 6000);
    for (const d of dates) assert.deepStrictEqual([d.iso, d.resolution, d.how], [dates[0].iso, dates[0].resolution, dates[0].how]);
    const one = findDates(piece).dates[0];
    assert.deepStrictEqual([dates[0].iso, dates[0].resolution], [one.iso, one.resolution]);
  });

  it('a header line of many timestamps gives the publication date its first timestamp gives', () => {
    const header = '来源：区应急管理局 ' + '2023-08-01 09:30:00 '.repeat(40);
    const long = findDates(header + '\n' + '各部门要压实责任。'.repeat(2000));
    const short = findDates('来源：区应急管理局 2023-08-01 09:30:00\n各部门要压实责任。');
    assert.strictEqual(long.publishedAt, short.publishedAt);
    assert.strictEqual(long.publication?.source, 'header');
  });

  it('place names repeated and mixed: every mention resolved, with its path, as in a short text', () => {
    const piece = '南江县通江县巴中市鼓楼区';
    const short = analyzeText(piece).places.map((p) => [p.name, p.code, p.path]);
    const long = analyzeText(fill(piece, piece.length * 5000)).places;
    assert.strictEqual(long.length, short.length * 5000);
    for (let k = 0; k < long.length; k++) {
      assert.deepStrictEqual([long[k].name, long[k].code, long[k].path], short[k % short.length], `mention ${k}`);
    }
    // Each mention has its own path array.
    assert.notStrictEqual(long[0].path, long[short.length].path);
  });

  it('former names and short forms are still found anywhere in a long text', () => {
    const piece = '襄樊市召开会议，运城、冷水滩区委和莱芜市有关负责人参加。';
    const short = analyzeLocality(piece).places.map((p) => [p.start, p.name, p.via]);
    assert.ok(short.length >= 3, JSON.stringify(short));
    const long = analyzeLocality(fill(piece, piece.length * 300)).places;
    for (let k = 0; k < short.length; k++) assert.deepStrictEqual([long[k].start, long[k].name, long[k].via], short[k]);
    const last = long.slice(-short.length).map((p) => [p.start - piece.length * 299, p.name, p.via]);
    assert.deepStrictEqual(last, short);
  });
});
