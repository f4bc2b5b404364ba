import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { similarDocumentsOf, similarToSpan, stockFormulasOf, syncReuse } from '../../../src/core/corpus/similar/reuseWorkerState';
import { prepare } from '../../../src/core/text';
import { samplesDir } from '../helpers/paths';

describe('similar / the reuse worker state', () => {
  let dir: string;
  const copy = (name: string) => {
    const to = path.join(dir, name);
    fs.copyFileSync(path.join(samplesDir, name), to);
    return to;
  };
  before(() => (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-reuse-'))));
  after(() => {
    syncReuse([]);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('syncs incrementally: unchanged hashes are not read again, vanished files leave', () => {
    const a = copy('simplified-province-safety-conference.txt');
    const b = copy('simplified-county-city-safety-meeting.txt');
    const c = copy('traditional-district-fire-safety.txt');
    let r = syncReuse([a, b, c].map((p) => ({ path: p, hash: '1' })));
    assert.deepStrictEqual([r.documents, r.read], [3, 3]);
    r = syncReuse([a, b, c].map((p) => ({ path: p, hash: p === b ? '2' : '1' })));
    assert.deepStrictEqual([r.documents, r.read], [3, 1]);
    r = syncReuse([a, c].map((p) => ({ path: p, hash: '1' })));
    assert.deepStrictEqual([r.documents, r.read], [2, 0]);
    assert.strictEqual(similarDocumentsOf(b, 5).length, 0, 'a removed document is gone');
  });

  it('finds the passage at a cursor in the other documents, offsets into each prepared text', () => {
    const a = path.join(dir, 'simplified-province-safety-conference.txt');
    const c = path.join(dir, 'traditional-district-fire-safety.txt');
    syncReuse([a, c].map((p) => ({ path: p, hash: '1' })));
    const text = prepare(fs.readFileSync(a, 'utf8')).text;
    const at = text.indexOf('深刻汲取近期省内外事故教训');
    const { query, matches } = similarToSpan(text, { start: at + 2, end: at + 2 }, a);
    assert.ok(query.start <= at && query.end > at, 'the passage around the cursor');
    assert.ok(matches.length > 0);
    const other = prepare(fs.readFileSync(c, 'utf8')).text;
    for (const m of matches) {
      assert.strictEqual(m.b.id, c);
      assert.ok(other.slice(m.b.start, m.b.end).length >= 8);
      assert.ok(m.a.start >= query.start && m.a.end <= query.end, 'a indexes the querying document');
    }
  });

  it('reports a formula every report quotes as stock wording, and a query on it still finds every report', () => {
    const formula = '两个至上统筹发展和安全';
    // Nothing else in common: each report words its meeting its own way.
    const leads = ['东城区召开防汛部署会', '西城区开展燃气隐患排查', '南山区举行消防演练', '北塘区通报矿山检查结果', '中原区布置节前巡查', '上街区研究危化品整治'];
    const files = leads.map((lead, i) => {
      const file = path.join(dir, `stock-${i}.txt`);
      fs.writeFileSync(file, `${lead}，强调“${formula}”。`);
      return file;
    });
    syncReuse(files.map((p) => ({ path: p, hash: '1' })));
    const { documentsAtLeast, formulas } = stockFormulasOf(files[0]);
    // Six documents: under five nothing is a stock formula, and 20 % of six is less.
    assert.strictEqual(documentsAtLeast, 5);
    const text = prepare(fs.readFileSync(files[0], 'utf8')).text;
    assert.deepStrictEqual(formulas.map((f) => text.slice(f.start, f.end)), [formula]);
    const f = formulas[0];
    assert.strictEqual(f.documents, 6);
    const { matches } = similarToSpan(text, f, files[0]);
    assert.deepStrictEqual([...new Set(matches.map((m) => m.b.id))].sort(), files.slice(1).sort());
    assert.deepStrictEqual(stockFormulasOf(path.join(dir, 'missing.txt')).formulas, []);
  });
});
