import * as assert from 'assert';
import * as fs from 'fs';
import * as iconv from 'iconv-lite';
import * as os from 'os';
import * as path from 'path';
import { generateCorpus, preparedText, type GeneratedCorpus } from '../../../bench/corpus/generate';
import { decodeBytes } from '../../../src/core/corpus/decode';
import { convert } from '../../../src/core/text';
import { contentOf } from '../similar/helpers/bruteForce';

/** The benchmark corpus generator: its ground truth is only worth what these checks make it. */
describe('benchmark corpus generator', function () {
  this.timeout(120_000);
  let tmp: string;
  let corpus: GeneratedCorpus;
  const docs = 60;
  const seed = 4242;

  before(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'zw-bench-gen-'));
    corpus = generateCorpus({ seed, docs, dir: path.join(tmp, 'a') });
  });
  after(() => fs.rmSync(tmp, { recursive: true, force: true }));

  const file = (c: GeneratedCorpus, i: number) => fs.readFileSync(path.join(c.dir, ...c.manifest.docs[i].path.split('/')));
  const content = (text: string, span: { start: number; end: number }) => contentOf(text, span.start, span.end).chars.join('');

  it('writes the same files for the same seed, and different ones for another seed', () => {
    const again = generateCorpus({ seed, docs, dir: path.join(tmp, 'b') });
    assert.strictEqual(again.cached, false);
    const strip = (c: GeneratedCorpus) => ({ ...c.manifest, generatedMs: 0 });
    assert.deepStrictEqual(strip(again), strip(corpus));
    for (let i = 0; i < docs; i++) assert.ok(file(again, i).equals(file(corpus, i)), corpus.manifest.docs[i].path);
    const other = generateCorpus({ seed: seed + 1, docs, dir: path.join(tmp, 'c') });
    assert.ok(!file(other, 0).equals(file(corpus, 0)));
  });

  it('reuses a finished corpus from its folder', () => {
    const cached = generateCorpus({ seed, docs, dir: corpus.dir });
    assert.strictEqual(cached.cached, true);
    assert.deepStrictEqual(cached.manifest, corpus.manifest);
  });

  it('has every kind of file the benchmarks need, and every file reads back as generated', () => {
    const m = corpus.manifest;
    assert.deepStrictEqual(m.mismatched, []);
    const kinds = new Set(m.docs.map((d) => `${d.script}/${d.encoding}`));
    for (const k of ['simplified/utf-8', 'simplified/gbk', 'traditional/utf-8']) assert.ok(kinds.has(k), `${k} in ${[...kinds].join(', ')}`);
    const traditional = m.docs.findIndex((d) => d.script === 'traditional');
    assert.match(file(corpus, traditional).toString('utf8'), /[\u3400-\u9fff]\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/, 'pinyin glued after characters');
  });

  it('plants passages whose recorded spans hold the planted text in both cleaned Simplified texts', () => {
    const m = corpus.manifest;
    assert.ok(m.plants.length >= docs / 3, `${m.plants.length} plants`);
    const texts = new Map<number, string>();
    const text = (i: number) => texts.get(i) ?? texts.set(i, preparedText(corpus.dir, m.docs[i])).get(i)!;
    let changed = 0;
    let cross = 0;
    for (const p of m.plants) {
      const src = content(text(p.src.doc), p.src);
      const dst = content(text(p.dst.doc), p.dst);
      assert.strictEqual([...src].length, p.length, `source span of a ${p.length}-character plant`);
      // A copy into a Traditional report comes back through Traditional: a character may differ then.
      const roundTrip = convert(convert(src, 'traditional').text, 'simplified').text;
      const differing = [...dst].filter((c, i) => c !== [...src][i] && c !== [...roundTrip][i]).length;
      assert.strictEqual([...dst].length, [...src].length, `${src} → ${dst}`);
      assert.strictEqual(differing, p.kind === 'exact' ? 0 : 1, `${p.kind}: ${src} → ${dst}`);
      if (p.kind === 'one-changed') changed++;
      if (p.crossScript) cross++;
    }
    assert.ok(changed > 0 && cross > 0, `${changed} changed, ${cross} cross-script`);
  });

  it('writes GBK files that decode back to their text, whole-report copies included', () => {
    const m = corpus.manifest;
    const gbk = m.docs.map((d, i) => ({ d, i })).filter(({ d }) => d.encoding === 'gbk');
    assert.ok(gbk.length > 0);
    for (const { d, i } of gbk) {
      const bytes = file(corpus, i);
      assert.ok(bytes.some((b) => b >= 0x80), d.path);
      const decoded = decodeBytes(bytes);
      assert.match(decoded.encoding, /gb/i, `${d.path} detected as ${decoded.encoding}`);
      assert.strictEqual(decoded.text, iconv.decode(bytes, 'gbk'), d.path);
      if (d.copyOf !== undefined) assert.strictEqual(preparedText(corpus.dir, d), preparedText(corpus.dir, m.docs[d.copyOf]));
    }
  });
});
