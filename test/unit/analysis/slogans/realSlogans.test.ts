import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import { findSlogans, sloganKey } from '../../../../src/core/analysis/slogans';
import type { Slogan } from '../../../../src/core/analysis/types';
import { fixturesDir, samplesDir, sharedArticle } from '../../helpers/paths';
import { simplifiedArticle } from '../boilerplate/realArticles';

function slogansOf(text: string): Slogan[] {
  return findSlogans(text, { exclude: findBoilerplate(text) });
}

describe('slogans: the five real articles', () => {
  const all = new Map<string, { text: string; slogans: Slogan[] }>();
  for (const id of ['000', '001', '002', '003', '004']) {
    const text = simplifiedArticle(id);
    all.set(id, { text, slogans: slogansOf(text) });
  }
  const texts = (id: string) => all.get(id)!.slogans.map((s) => s.text);

  it('000: 时时放心不下, 事事落实到位, 三合一, 四责协同; not the term 红线, nothing from the related list', () => {
    assert.deepStrictEqual(texts('000'), ['时时放心不下', '事事落实到位', '三合一', '四责协同']);
  });

  it('001: the enforcement formulas and 四不两直, read from a Traditional source', () => {
    const found = texts('001');
    for (const s of ['一案双罚', '一案双查', '人人讲安全、事事想安全', '四不两直', '时时放心不下', '瓶改管', '吹哨人']) {
      assert.ok(found.includes(s), `missing ${s} in ${found.join(' | ')}`);
    }
  });

  it('002: 生命至上、安全第一, 党政同责…, 三四五 and the 三管三必须 wording; not 责任 (二字), nothing from the reprint notice', () => {
    assert.deepStrictEqual(texts('002'), [
      '生命至上、安全第一',
      '回头看',
      '党政同责、一岗双责、齐抓共管、失职追责',
      '三四五',
      // The national 三管三必须 formula, spelled out from its parts (no long run of article text here).
      ['管行业', '管业务', '管生产经营'].map((x) => `${x}必须管安全`).join('、'),
    ]);
  });

  it('003: 七下八上, 外围风险属地党政兜底, 一张网, 党政同责…, 双主任, 五进', () => {
    assert.deepStrictEqual(texts('003'), ['七下八上', '外围风险属地党政兜底', '一张网', '党政同责、一岗双责、齐抓共管、失职追责', '双主任', '五进']);
  });

  it('004: formulas and the quoted instruction; not the year-named campaign, not the term 黑气', () => {
    assert.deepStrictEqual(texts('004'), ['从根本上消除事故隐患', '抓四包、促四责', '1+2+15', '两个清单', '三坚决两确保']);
  });

  it('the same slogan gets one key across documents and scripts', () => {
    const key = (id: string, t: string) => all.get(id)!.slogans.find((s) => s.text === t)!.key;
    assert.strictEqual(key('002', '党政同责、一岗双责、齐抓共管、失职追责'), key('003', '党政同责、一岗双责、齐抓共管、失职追责'));
    assert.strictEqual(key('000', '时时放心不下'), key('001', '时时放心不下'));
    // The raw Traditional wording in 003's source file, pinyin annotations stripped, normalises the same.
    const raw = sharedArticle('003').replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]{1,7}\)/g, '');
    const m = /“(黨政同責[^”]{0,30})”/.exec(raw);
    assert.ok(m, 'Traditional slogan not found in 003');
    assert.strictEqual(sloganKey(m[1]), key('003', '党政同责、一岗双责、齐抓共管、失职追责'));
  });

  it('every slogan span indexes its text', () => {
    for (const { text, slogans } of all.values()) for (const s of slogans) assert.strictEqual(text.slice(s.start, s.end), s.text);
  });
});

interface Expected {
  sample: string;
  slogans: string[];
}

function expectedFiles(): string[] {
  const dir = path.join(fixturesDir, 'expected');
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.json')) : [];
}

describe('slogans: the bundled samples against test/fixtures/expected', () => {
  // The samples and their ground truth are written by hand by another part of the project; prepare()
  // is needed for the Traditional ones, so it is loaded at run time like in realArticles.ts.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { prepare } = require(path.join(__dirname, '..', '..', '..', '..', 'src', 'core', 'text')) as { prepare(s: string): { text: string } };

  for (const file of expectedFiles()) {
    it(`${file}: every quoted formulation of the body, in order`, () => {
      const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'expected', file), 'utf8')) as Expected;
      const text = prepare(fs.readFileSync(path.join(samplesDir, expected.sample), 'utf8')).text;
      const found: string[] = [];
      for (const s of slogansOf(text)) if (!found.includes(s.text)) found.push(s.text);
      assert.deepStrictEqual(found, expected.slogans);
    });
  }

  it('slogans shared between samples normalise to one key across punctuation and script', () => {
    const byKey = new Map<string, Set<string>>();
    for (const file of expectedFiles()) {
      const expected = JSON.parse(fs.readFileSync(path.join(fixturesDir, 'expected', file), 'utf8')) as Expected;
      for (const s of expected.slogans) {
        const k = sloganKey(s);
        if (!byKey.has(k)) byKey.set(k, new Set());
        byKey.get(k)!.add(s);
      }
    }
    if (byKey.size === 0) return; // no ground truth written yet
    // The five-part 党政同责 formula appears with both 、 and ， across the samples: one key for both.
    const variants = byKey.get('党政同责一岗双责齐抓共管失职追责');
    assert.ok(variants && variants.size >= 2, `expected several written forms, got ${[...(variants ?? [])].join(' | ')}`);
  });
});
