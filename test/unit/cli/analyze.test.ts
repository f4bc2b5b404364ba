import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { fixturesDir, samplesDir } from '../helpers/paths';
import { runCli } from './run';

interface Expected {
  script: string;
  title: string;
  publishedAt?: string;
  locality: { province?: string; city?: string; county?: string };
  officials: { name: string; titles: string[] }[];
}

const expected = (sample: string): Expected =>
  JSON.parse(fs.readFileSync(path.join(fixturesDir, 'expected', sample.replace(/\.txt$/, '.json')), 'utf8'));

describe('zhengwu analyze', () => {
  it('exports the documented JSON for a Traditional sample, offsets into the cleaned Simplified text', async () => {
    const file = path.join(samplesDir, 'traditional-district-safety-meeting.txt');
    const r = await runCli('analyze', '--json', '--text', file);
    assert.strictEqual(r.code, 0, r.stderr);
    const [doc] = JSON.parse(r.stdout);
    const want = expected('traditional-district-safety-meeting.txt');
    assert.deepStrictEqual(Object.keys(doc), [
      'path', 'script', 'title', 'publishedAt', 'meetingDates', 'locality', 'officials', 'people',
      'dates', 'directives', 'slogans', 'boilerplate', 'corrupt', 'text',
    ]);
    assert.strictEqual(doc.script, want.script);
    assert.strictEqual(doc.title, want.title);
    assert.strictEqual(doc.publishedAt, want.publishedAt);
    assert.deepStrictEqual(
      [doc.locality.province, doc.locality.city, doc.locality.county],
      [want.locality.province, want.locality.city, want.locality.county],
    );
    assert.ok(doc.locality.evidence.length > 0);
    const text: string = doc.text;
    assert.doesNotMatch(text, /[區會長](\(|（)/, 'text is cleaned Simplified');
    for (const o of want.officials) {
      const got = doc.officials.find((x: { name: string }) => x.name === o.name);
      assert.ok(got, `official ${o.name}`);
      assert.deepStrictEqual(got.titles, o.titles, o.name);
      // Mentions index the exported text: given-name references (光宇同志) are part of the name.
      for (const m of got.mentions) assert.ok(o.name.endsWith(text.slice(m.start, m.end)), `${o.name} at ${m.start}`);
    }
    for (const d of doc.dates) assert.strictEqual(text.slice(d.start, d.end), d.text);
    for (const s of doc.slogans) assert.strictEqual(text.slice(s.start, s.end), s.text);
    for (const d of doc.directives) assert.ok(d.end > d.start && d.end <= text.length);
  });

  it('walks folders and exports one CSV row per official mention', async () => {
    const r = await runCli('analyze', '--csv', samplesDir);
    assert.strictEqual(r.code, 0, r.stderr);
    const lines = r.stdout.replace(/^\ufeff/, '').trim().split('\n');
    assert.strictEqual(lines[0], 'document,title,province,city,county,published,name,titles,start,end');
    const rows = lines.slice(1).map((l) => l.split(','));
    const docs = new Set(rows.map((c) => c[0]));
    assert.strictEqual(docs.size, fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length, 'every sample has officials');
    const yubei = rows.filter((c) => c[0].endsWith('traditional-district-safety-meeting.txt') && c[6] === '黎光宇');
    assert.ok(yubei.length >= 3, 'one row per mention');
    assert.deepStrictEqual(yubei[0].slice(2, 5), ['重庆市', '重庆市', '渝北区']);
    assert.strictEqual(yubei[0][7], '区委副书记、区长');
  });

  it('keeps going past bad inputs: exit 1 and one line each', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhengwu-analyze-'));
    try {
      fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([0, 1, 2, 3, 0, 0]));
      fs.copyFileSync(path.join(samplesDir, 'simplified-city-flood-control.txt'), path.join(dir, 'ok.txt'));
      const r = await runCli('analyze', dir, path.join(dir, 'missing.txt'));
      assert.strictEqual(r.code, 1);
      const docs = JSON.parse(r.stdout);
      assert.strictEqual(docs.length, 1);
      assert.strictEqual(docs[0].locality.city, '荆州市');
      assert.strictEqual(r.stderr.trim().split('\n').length, 2, r.stderr);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects conflicting options', async () => {
    assert.strictEqual((await runCli('analyze', '--json', '--csv', samplesDir)).code, 2);
    assert.strictEqual((await runCli('analyze', '--csv', '--text', samplesDir)).code, 2);
    assert.strictEqual((await runCli('analyze')).code, 2);
  });
});
