import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import { InProcessSummarizer } from '../../../src/core/corpus/summarizer';
import type { CorpusEntry } from '../../../src/core/corpus/summary';
import { buildOverview, documentsInMonth, documentsInPlace, type Overview, type PlaceNode } from '../../../src/core/corpus/overview';
import { fixturesDir, samplesDir } from '../helpers/paths';

interface Expected {
  sample: string;
  publishedAt: string | null;
  meetingDates: string[];
  locality: { province: string | null; city: string | null; county: string | null };
}

const expected: Expected[] = fs
  .readdirSync(path.join(fixturesDir, 'expected'))
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(fs.readFileSync(path.join(fixturesDir, 'expected', f), 'utf8')) as Expected);

/** The tree path the ground truth implies: a municipality's city level is itself, so it is skipped. */
function expectedLevels(l: Expected['locality']): string[] {
  const out = [l.province!];
  if (l.city && l.city !== l.province) out.push(l.city);
  if (l.county && l.county !== l.city) out.push(l.county);
  return out;
}

function expectedMonth(e: Expected): string {
  return (e.publishedAt ?? e.meetingDates[0]).slice(0, 7);
}

function placeCounts(nodes: PlaceNode[], above: string[] = [], out = new Map<string, number>()): Map<string, number> {
  for (const n of nodes) {
    const names = [...above, n.name];
    out.set(names.join('/'), n.documents);
    placeCounts(n.children, names, out);
  }
  return out;
}

describe('overview of the shipped samples', function () {
  this.timeout(120000);
  let entries: CorpusEntry[];
  let o: Overview;

  before(async () => {
    const index = new CorpusIndex({ root: samplesDir, summarizer: new InProcessSummarizer() });
    try {
      await index.refresh();
      entries = [...index.entries()];
      o = buildOverview(entries, index.revision);
    } finally {
      index.dispose();
    }
  });

  it('covers every sample, all dated and placed', () => {
    assert.strictEqual(expected.length, fs.readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).length);
    assert.deepStrictEqual([o.documents, o.dated, o.located], [expected.length, expected.length, expected.length]);
    assert.ok(o.revision > 0);
  });

  it('places agree with the ground truth at every level', () => {
    const want = new Map<string, number>();
    for (const e of expected) {
      const levels = expectedLevels(e.locality);
      levels.forEach((_, i) => {
        const key = levels.slice(0, i + 1).join('/');
        want.set(key, (want.get(key) ?? 0) + 1);
      });
    }
    assert.deepStrictEqual(Object.fromEntries([...placeCounts(o.places)].sort()), Object.fromEntries([...want].sort()));
    assert.ok(o.places.every((p) => /^\d{2}0000$/.test(p.code ?? '')), 'every sample province resolves to a gazetteer code');
    for (const e of expected) {
      const found = documentsInPlace(entries, expectedLevels(e.locality)).map((d) => d.path);
      assert.ok(found.includes(e.sample), `${e.sample} in ${expectedLevels(e.locality).join(' › ')}`);
    }
  });

  it('the timeline agrees with the ground truth dates, month by month and province by province', () => {
    const want = new Map<string, number>();
    for (const e of expected) {
      const key = `${expectedMonth(e)} ${e.locality.province}`;
      want.set(key, (want.get(key) ?? 0) + 1);
    }
    const got = new Map<string, number>();
    for (const s of o.timeline.series) s.counts.forEach((n, i) => n && got.set(`${o.timeline.months[i]} ${s.province}`, n));
    assert.deepStrictEqual(Object.fromEntries([...got].sort()), Object.fromEntries([...want].sort()));
    const months = expected.map(expectedMonth).sort();
    assert.strictEqual(o.timeline.months[0], months[0]);
    assert.strictEqual(o.timeline.months[o.timeline.months.length - 1], months[months.length - 1]);
    for (const e of expected) {
      assert.ok(documentsInMonth(entries, expectedMonth(e), e.locality.province).some((d) => d.path === e.sample), e.sample);
    }
  });

  it('is plain JSON: it survives a round trip unchanged', () => {
    assert.deepStrictEqual(JSON.parse(JSON.stringify(o)), o);
  });
});
