import * as assert from 'assert';
import { shortName } from '../../../src/core/gazetteer/shortName';

describe('gazetteer: short names', () => {
  it('strips one administrative suffix', () => {
    assert.strictEqual(shortName('山西省'), '山西');
    assert.strictEqual(shortName('巴中市'), '巴中');
    assert.strictEqual(shortName('兴安盟'), '兴安');
    assert.strictEqual(shortName('大兴安岭地区'), '大兴安岭');
    assert.strictEqual(shortName('六枝特区'), '六枝');
    assert.strictEqual(shortName('正蓝旗'), '正蓝');
  });

  it('strips the minorities of autonomous divisions, but not a name that is the people itself', () => {
    assert.strictEqual(shortName('长阳土家族自治县'), '长阳');
    assert.strictEqual(shortName('三都水族自治县'), '三都');
    assert.strictEqual(shortName('双江拉祜族佤族布朗族傣族自治县'), '双江');
    assert.strictEqual(shortName('伊犁哈萨克自治州'), '伊犁');
    assert.strictEqual(shortName('鄂伦春自治旗'), '鄂伦春');
    assert.strictEqual(shortName('宁夏回族自治区'), '宁夏');
  });

  it('falls back to the next suffix when the first leaves one character', () => {
    assert.strictEqual(shortName('碑林区'), '碑林');
    assert.strictEqual(shortName('沙县区'), '沙县');
  });

  it('keeps the full name when no safe short exists', () => {
    for (const n of ['城区', '矿区', '赵县', '芒市', '杭锦后旗', '察哈尔右翼前旗']) assert.strictEqual(shortName(n), n, n);
    assert.strictEqual(shortName('北戴河新区', true), '北戴河新区', 'statistical zones have no short form');
  });
});
