import * as assert from 'assert';
import { levelFromTitle } from '../../../../src/core/analysis/locality';
import { Gazetteer } from '../../../../src/core/gazetteer';
import { ensureGazetteer } from '../../gazetteer/ensureGazetteer';

describe('locality: the level of an official title', () => {
  let g: Gazetteer;
  before(() => {
    ensureGazetteer();
    g = Gazetteer.load();
  });

  it('reads head titles of every level', () => {
    const cases: [string, string][] = [
      ['区长', 'county'],
      ['区委副书记', 'county'],
      ['常务副区长', 'county'],
      ['县委书记', 'county'],
      ['副县长', 'county'],
      ['旗长', 'county'],
      ['市长', 'shi'],
      ['市委常委', 'shi'],
      ['州长', 'prefecture'],
      ['盟委书记', 'prefecture'],
      ['省长', 'province'],
    ];
    for (const [title, level] of cases) assert.deepStrictEqual(levelFromTitle(title, g), { level, weight: 1 }, title);
  });

  it('weighs secretaries-general and department heads less', () => {
    assert.deepStrictEqual(levelFromTitle('市政府秘书长', g), { level: 'shi', weight: 0.6 });
    assert.deepStrictEqual(levelFromTitle('区应急管理局局长', g), { level: 'county', weight: 0.4 });
    assert.deepStrictEqual(levelFromTitle('市安委会主任', g), { level: 'shi', weight: 0.4 });
    assert.deepStrictEqual(levelFromTitle('市领导', g), { level: 'shi', weight: 0.4 });
  });

  it('reads titles that carry their place', () => {
    assert.deepStrictEqual(levelFromTitle('冷水滩区区长', g), { level: 'county', weight: 1 });
    assert.deepStrictEqual(levelFromTitle('永州市委书记', g), { level: 'shi', weight: 1 });
  });

  it('has no level for national or non-government titles', () => {
    for (const t of ['总书记', '国务院总理', '记者', '董事长']) assert.strictEqual(levelFromTitle(t, g), undefined, t);
  });
});
