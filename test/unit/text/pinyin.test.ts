import * as assert from 'assert';
import { isPinyinSyllable, pinyinSyllable, readPinyin } from '../../../src/core/text/pinyin';

describe('text: pinyin syllables', () => {
  it('knows tone-marked syllables with the mark where the rules put it', () => {
    for (const s of ['qū', 'huì', 'lǐng', 'shè', 'zhuāng', 'chǎn', 'yīng', 'xiǎn', 'guī', 'liú', 'jiǒng', 'ér', 'ó', 'yuè', 'lüè', 'nǚ', 'lǜ', 'ê']) {
      assert.ok(isPinyinSyllable(s), s);
    }
    assert.deepStrictEqual(pinyinSyllable('lǜ'), { base: 'lü', tone: 4, marked: true });
    assert.deepStrictEqual(pinyinSyllable('qū'), { base: 'qu', tone: 1, marked: true });
  });

  it('rejects marks on the wrong vowel', () => {
    for (const s of ['gùi', 'lìu', 'qúan', 'hǒu'.replace('ǒ', 'o').replace('u', 'ǔ')]) assert.ok(!isPinyinSyllable(s), s);
  });

  it('accepts toneless syllables, v for ü and tone numbers, and combining marks', () => {
    for (const s of ['qu', 'hui', 'zhuang', 'lv', 'nve', 'lv4', 'qu1', 'de5', 'ma', 'er']) assert.ok(isPinyinSyllable(s), s);
    assert.ok(isPinyinSyllable('qu\u0304'), 'u + combining macron');
    assert.strictEqual(pinyinSyllable('de5')!.tone, 0);
    assert.ok(pinyinSyllable('de5')!.marked);
    assert.ok(!pinyinSyllable('de')!.marked);
  });

  it('rejects Latin that is not a syllable', () => {
    for (const s of ['CEO', 'A', 'a1b', 'ppt', 'ceo', 'bü', 'fong', 'zhiang', 'qa', 'v', 'x', 'ok', 'Qū', 'qū6', '', 'zhuangzhuangzhuang']) {
      assert.ok(!isPinyinSyllable(s), JSON.stringify(s));
    }
  });

  it('reads several syllables only when tone marks show it is pinyin', () => {
    assert.strictEqual(readPinyin('qūyù')!.syllables.length, 2);
    assert.strictEqual(readPinyin('qū yù')!.syllables.length, 2);
    assert.strictEqual(readPinyin("xī'ān")!.syllables.length, 2);
    assert.strictEqual(readPinyin('dōngxi')!.syllables.length, 2);
    for (const s of ['women', 'china', 'hang zhou', 'ppt', 'qū  yù', ' qū', "qū'"]) assert.strictEqual(readPinyin(s), undefined, s);
  });
});
