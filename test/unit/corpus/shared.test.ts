import * as assert from 'assert';
import * as fs from 'fs';
import { CorpusIndex } from '../../../src/core/corpus/corpusIndex';
import type { CorpusGroup } from '../../../src/core/corpus/group';
import { groupByLocality } from '../../../src/core/corpus/groupLocality';
import { sharedCorpusDir } from '../helpers/paths';

/** Labels of the groups holding a document, outermost first. */
function placeOf(groups: readonly CorpusGroup[], docPath: string, trail: string[] = []): string[] | undefined {
  for (const g of groups) {
    const here = [...trail, g.label];
    if (g.documents().some((d) => d.path === docPath)) return here;
    const below = placeOf(g.groups(), docPath, here);
    if (below) return below;
  }
  return undefined;
}

describe('corpus index on the shared scraped articles', function () {
  this.timeout(120000);

  it('each article lands under its province, city and county', async function () {
    if (!fs.existsSync(sharedCorpusDir)) this.skip();
    // The index only reads: the shared folder itself is indexed, never copied.
    const index = new CorpusIndex({ root: sharedCorpusDir });
    const result = await index.refresh();
    assert.deepStrictEqual(index.skipped(), []);
    assert.strictEqual(result.analysed, 5);
    const groups = groupByLocality(index.entries());
    const expected: Record<string, string[]> = {
      '000': ['上海市', '徐汇区'],
      '001': ['上海市', '青浦区'],
      '002': ['山西省', '运城市'],
      '003': ['四川省', '巴中市'],
      '004': ['湖南省', '永州市', '冷水滩区'],
    };
    for (const e of index.entries()) {
      assert.deepStrictEqual(placeOf(groups, e.path), expected[e.path.slice(0, 3)], e.path);
    }
    const shanghai = groups.find((g) => g.label === '上海市')!;
    assert.strictEqual(shanghai.count, 2);
    assert.deepStrictEqual(shanghai.groups().map((g) => g.kind), ['county', 'county'], 'the municipality has no city level');
    index.dispose();
  });
});
