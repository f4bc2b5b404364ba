import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { analyzeSource } from '../../../src/core/analysis/analyze';
import { cleanAndConvert } from '../../../src/core/text/cleanConvert';
import type { Prepared } from '../../../src/core/text/prepare';
import type { FullAnalysis } from '../../../src/core/analysis/analyze';
import { samplesDir } from '../helpers/paths';
import { analysisSpans, assertMapSound, assertSpansValid, isCodePointBoundary } from './support/spans';

/*
 * Bad input at the level of the core (text already decoded): none throws, every map is sound, every
 * range is a valid offset that maps back into the raw text, and the result is what a reader expects.
 * Decoding problems (binary, invalid UTF-8, GBK, UTF-16) and file-system ones are in badInput.cli.test.ts.
 */

const sample = (name: string): string => fs.readFileSync(path.join(samplesDir, name), 'utf8');
const TRAD = 'traditional-district-safety-meeting.txt';
const SIMP = 'simplified-district-fire-inspection.txt';

function open(raw: string, samples = Infinity): { p: Prepared; a: FullAnalysis } {
  const { prepared: p, analysis: a } = analyzeSource(raw);
  assertMapSound(raw, p.text, p.map, samples);
  assertSpansValid(p.text, a);
  for (const s of analysisSpans(a)) {
    const r = p.map.spanToSource(s);
    assert.ok(0 <= r.start && r.start <= r.end && r.end <= raw.length, `${s.what} maps outside the raw text`);
    assert.ok(isCodePointBoundary(raw, r.start) && isCodePointBoundary(raw, r.end), `${s.what} maps inside a surrogate pair`);
  }
  for (const c of p.cleaning.corrupt) assert.strictEqual(p.text.slice(c.start, c.end), c.text);
  return { p, a };
}

/** What a reader sees of an analysis, without offsets. */
function gist(a: FullAnalysis) {
  return {
    title: a.title,
    publishedAt: a.publishedAt,
    officials: a.officials.map((o) => `${o.name}:${o.titles.join('/')}×${o.mentions.length}`),
    people: a.people.map((p) => p.name),
    dates: a.dates.map((d) => d.iso),
    directives: a.directives.length,
    slogans: a.slogans.map((s) => s.text),
    boilerplate: a.boilerplate.length,
    locality: [a.locality.province, a.locality.city, a.locality.county],
  };
}

describe('reliability: bad input (core)', function () {
  this.timeout(120_000);

  it('empty text', () => {
    const { p, a } = open('');
    assert.strictEqual(p.text, '');
    assert.strictEqual(a.title, '');
    assert.deepStrictEqual([a.officials, a.people, a.dates, a.directives, a.slogans, a.boilerplate, a.places], [[], [], [], [], [], [], []]);
    assert.strictEqual(cleanAndConvert('', 'traditional'), '');
  });

  for (const [name, eol] of [['CRLF', '\r\n'], ['CR', '\r'], ['U+2028', '\u2028']] as const) {
    it(`${name} line ends: kept as they are, and read like LF`, () => {
      for (const file of [TRAD, SIMP]) {
        const lf = open(sample(file));
        const raw = sample(file).replace(/\n/g, eol);
        const other = open(raw);
        assert.strictEqual(other.p.text, lf.p.text.replace(/\n/g, eol), `${file}: line ends kept`);
        assert.deepStrictEqual(gist(other.a), gist(lf.a), file);
      }
    });
  }

  it('BOMs: one or several leading BOMs are dropped and mapped around', () => {
    const raw = sample(TRAD);
    const plain = open(raw);
    for (const bom of ['\uFEFF', '\uFEFF\uFEFF']) {
      const { p, a } = open(bom + raw);
      assert.strictEqual(p.text, plain.p.text);
      assert.deepStrictEqual(gist(a), gist(plain.a));
      const o = a.officials[0].mentions[0];
      assert.deepStrictEqual(p.map.spanToSource(o), { start: plain.p.map.spanToSource(o).start + bom.length, end: plain.p.map.spanToSource(o).end + bom.length });
    }
  });

  it('lone surrogates between sentences change nothing else', () => {
    const raw = sample(TRAD);
    const plain = open(raw);
    const damaged = raw.replace(/。/g, (m, i: number) => m + (i % 2 ? '\uD800' : '\uDC00'));
    const { p, a } = open(damaged);
    assert.strictEqual(p.text.replace(/[\uD800\uDC00]/g, ''), plain.p.text);
    assert.deepStrictEqual(gist(a).officials, gist(plain.a).officials);
    assert.deepStrictEqual(gist(a).slogans, gist(plain.a).slogans);
    // A lone high surrogate before a real pair, and a text that is nothing but surrogates.
    open('\uD800𠵾\uDC00\uDBFF\uDFFF\uDFFF\uD800');
    open('\uD800'.repeat(1000) + '\uDC00'.repeat(1000));
  });

  it('astral characters next to pinyin readings map as one unit', () => {
    const raw = '㗲(zhǎ)區(qū)𠀀(qiū)副區長(zhǎng)王海出席會議並講話，𪚥（zhé）要落實(shí)“三管三必須”。';
    const { p, a } = open(raw);
    assert.strictEqual(p.text, '𠵾区𠀀副区长王海出席会议并讲话，𪚥要落实“三管三必须”。');
    assert.deepStrictEqual(p.map.spanToSource({ start: 0, end: 2 }), { start: 0, end: 6 }, '𠵾 ← 㗲(zhǎ)');
    assert.deepStrictEqual(p.map.spanToSource({ start: 3, end: 5 }), { start: 11, end: 18 }, '𠀀 ← 𠀀(qiū)');
    const wang = a.officials.find((o) => o.name === '王海');
    assert.ok(wang, JSON.stringify(gist(a)));
    assert.strictEqual(raw.slice(p.map.spanToSource(wang.mentions[0]).start, p.map.spanToSource(wang.mentions[0]).end), '王海');
    assert.deepStrictEqual(gist(a).slogans, ['三管三必须']);
  });

  it('unbalanced and nested parentheses: real ones are kept, readings inside them removed', () => {
    const cases: Array<[string, string]> = [
      ['((((區(qū)委書記王海出席', '((((区委书记王海出席'],
      ['區(qū)委書記(記者 (王(wáng) 明)出席)))', '区委书记(记者 (王 明)出席)))'],
      ['各縣(xiàn)(市、區(qū)(縣(xiàn)))要', '各县(市、区(县))要'],
      ['會(huì)議（（（', '会议（（（'],
      ['）））會(huì)議', '）））会议'],
      ['(qū', '(qū'],
      ['會(huì', '会(huì'],
      ['（1個(gè)總體、3個(gè)專項(xiàng)方案)', '（1个总体、3个专项方案)'],
    ];
    for (const [raw, want] of cases) assert.strictEqual(open(raw).p.text, want, raw);
    open('('.repeat(5000) + '區' + ')'.repeat(5000));
    open('區(qū'.repeat(3000));
  });

  it('text that is all pinyin, or all Latin, is left alone and yields no officials', () => {
    const texts = [
      'qū yù huì yì zhǎng qiáng diào yào luò shí ān quán shēng chǎn zé rèn',
      '(qū)(yù)(huì)(yì)(zhǎng)',
      'Mayor Li attended the meeting (CEO) on 2023-08-01. He said (a), (b) and (ban).',
      'ABCDEFG'.repeat(2000),
    ];
    for (const t of texts) {
      const { p, a } = open(t);
      assert.strictEqual(p.text, t);
      assert.deepStrictEqual(a.officials, []);
      assert.strictEqual(p.cleaning.pinyinRemoved, 0);
    }
  });

  it('a document of only boilerplate: marked as such, nothing else found', () => {
    const raw = '当前位置：首页 > 政务公开 > 工作动态\n责任编辑：张三\n【打印本页】【关闭窗口】\n版权所有 © 临江区人民政府　主办单位：临江区人民政府办公室\n猜你喜欢\n分享到：\n';
    const { p, a } = open(raw);
    assert.strictEqual(p.text, raw);
    assert.strictEqual(a.title, '', 'no headline among boilerplate');
    assert.deepStrictEqual([a.officials, a.directives, a.slogans], [[], [], []]);
    const covered = a.boilerplate.reduce((n, b) => n + p.text.slice(b.start, b.end).replace(/\s/g, '').length, 0);
    assert.strictEqual(covered, p.text.replace(/\s/g, '').length, 'every line is boilerplate');
  });

  it('a 5 MB single line (a whole report repeated without line breaks)', () => {
    const line = sample(TRAD).replace(/\r?\n/g, '');
    const raw = line.repeat(Math.ceil(5_000_000 / line.length));
    const { p, a } = open(raw, 5000);
    assert.ok(p.converted && p.cleaning.pinyinRemoved > 10_000);
    assert.ok(a.officials.length > 0 && a.slogans.length > 100);
  });
});
