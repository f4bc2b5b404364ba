import * as assert from 'assert';
import { ReuseIndex, type PassageMatch, type ReuseDocument } from '../../../src/core/corpus/similar';
import { sharedArticle } from '../helpers/paths';
import { contentOf, sharedRuns } from './helpers/bruteForce';
import { describeMatch, documentFrom } from './helpers/docs';

/**
 * The five real articles (read from ../shared/corpus, never copied here). Reading them: 002 (运城, in
 * Traditional script) and 003 (巴中, Traditional) both demand “党政同责、一岗双责、齐抓共管、失职追责”;
 * 001 (青浦, Traditional, commas) and 002 both cite 管行业必须管安全… ; 001, 003 and 004 (冷水滩) all
 * invoke 习近平总书记关于安全生产重要指示/论述 in slightly different wordings.
 */
describe('similar / the real articles in ../shared/corpus', () => {
  const ids = ['000', '001', '002', '003', '004'];
  const docs = new Map<string, ReuseDocument>(ids.map((id) => [id, documentFrom(id, sharedArticle(id))]));
  const index = new ReuseIndex();
  for (const d of docs.values()) index.add(d);
  const content = (id: string, s: { start: number; end: number }) => contentOf(docs.get(id)!.text, s.start, s.end).chars.join('');
  const between = (x: string, y: string, opts = {}) => index.matchesFor(x, opts).filter((m) => m.b.id === y);
  const find = (ms: PassageMatch[], wording: string) => ms.find((m) => content(m.a.id, m.a).includes(wording));

  it('finds 党政同责、一岗双责、齐抓共管、失职追责 shared by 运城 (002) and 巴中 (003), with exact spans', () => {
    const m = find(between('002', '003'), '党政同责一岗双责齐抓共管失职追责');
    assert.ok(m, between('002', '003').map(describeMatch).join('\n'));
    assert.strictEqual(m.text, '党政同责、一岗双责、齐抓共管、失职追责');
    assert.strictEqual(docs.get('003')!.text.slice(m.b.start, m.b.end), '党政同责、一岗双责、齐抓共管、失职追责');
    assert.strictEqual(m.score, 1);
    // The same pair seen from 巴中.
    const back = find(between('003', '002'), '党政同责一岗双责齐抓共管失职追责')!;
    assert.deepStrictEqual([back.a, back.b], [m.b, m.a]);
  });

  it('finds 管行业必须管安全… in 青浦 (001, commas) and 运城 (002, 、)', () => {
    // Built from its parts: the whole formula is not written out here.
    const formula = ['管行业', '管业务', '管生产经营'].map((x) => x + '必须管安全').join('');
    const m = find(between('001', '002'), formula);
    assert.ok(m, between('001', '002').map(describeMatch).join('\n'));
    // Spelled from its parts: the formula as the real articles punctuate it, without copying their text here.
    const spelled = (sep: string) => ['管行业', '管业务', '管生产经营'].map((x) => x + '必须管安全').join(sep);
    assert.ok(m.text.startsWith(spelled(',')), m.text);
    const other = docs.get('002')!.text.slice(m.b.start, m.b.end);
    assert.ok(other.startsWith(spelled('、')), other);
    assert.strictEqual(content('001', m.a), content('002', m.b));
  });

  it('finds the 习近平总书记关于安全生产… formula between 青浦 (001) and 冷水滩 (004)', () => {
    const m = find(between('001', '004'), '习近平总书记关于安全生产重要指示');
    assert.ok(m, between('001', '004').map(describeMatch).join('\n'));
    assert.strictEqual(content('001', m.a), content('004', m.b));
  });

  it('finds each slogan from a selection, as the editor asks', () => {
    const text = docs.get('002')!.text;
    const start = text.indexOf('党政同责');
    const ms = index.querySpan('002', { start, end: text.indexOf('失职追责', start) + 4 });
    assert.deepStrictEqual(
      ms.map((m) => m.b.id),
      ['003'],
    );
  });

  it('agrees with the brute-force reference on every shared run of 8+ characters', () => {
    let runs = 0;
    for (const x of ids) {
      for (const y of ids) {
        if (x >= y) continue;
        const ms = between(x, y, { includeCommon: true });
        for (const run of sharedRuns(docs.get(x)!, docs.get(y)!, 8)) {
          runs++;
          const covered = ms.some((m) => m.a.start <= run.a.start && run.a.end <= m.a.end && m.b.start <= run.b.start && run.b.end <= m.b.end);
          assert.ok(covered, `${x}↔${y} "${run.text}" not found among\n${ms.map(describeMatch).join('\n')}`);
        }
        for (const m of ms) {
          assert.ok(
            sharedRuns(docs.get(x)!, docs.get(y)!, 8).some((r) => m.a.start <= r.a.start && r.a.end <= m.a.end),
            `unconfirmed ${describeMatch(m)}`,
          );
        }
      }
    }
    assert.ok(runs >= 10, `${runs} runs`);
  });

  it('ranks 青浦 (001) first for 冷水滩 (004): they share the most wording', () => {
    assert.strictEqual(index.similarDocuments('004')[0].id, '001');
    assert.deepStrictEqual(index.similarDocuments('000').map((d) => d.id), ['001']);
  });
});
