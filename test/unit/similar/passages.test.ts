import * as assert from 'assert';
import { MAX_PASSAGE, passageAround, passageAt, passages } from '../../../src/core/corpus/similar/passages';

const texts = (text: string, exclude?: { start: number; end: number }[]) => passages(text, exclude).map((p) => text.slice(p.start, p.end));

describe('similar / passages', () => {
  it('splits sentences, keeping closing quotes with them and dropping indents', () => {
    const text = '　　会议强调：“要压实责任。”各地要迅速行动！\n\n　　会议要求，立即部署；确保安全？';
    assert.deepStrictEqual(texts(text), ['会议强调：“要压实责任。”', '各地要迅速行动！', '会议要求，立即部署；', '确保安全？']);
  });

  it('cuts a long run-on sentence into clause groups at commas', () => {
    const clause = '要聚焦危险化学品和城镇燃气等重点行业领域';
    const text = Array.from({ length: 8 }, () => clause).join('，') + '。';
    const parts = passages(text);
    assert.ok(parts.length >= 3, `${parts.length} parts`);
    for (const p of parts) assert.ok(p.end - p.start <= MAX_PASSAGE, text.slice(p.start, p.end));
    assert.strictEqual(parts.map((p) => text.slice(p.start, p.end)).join(''), text);
    for (const p of parts.slice(0, -1)) assert.strictEqual(text[p.end - 1], '，');
  });

  it('leaves excluded spans out and never spans across them', () => {
    const text = '首页 > 要闻\n会议强调要压实责任\n责任编辑：王明';
    const ex = [
      { start: 0, end: 7 },
      { start: text.indexOf('责任编辑'), end: text.length },
    ];
    assert.deepStrictEqual(texts(text, ex), ['会议强调要压实责任']);
  });

  it('skips lines with nothing to match (separators, lone punctuation)', () => {
    assert.deepStrictEqual(texts('——\n\n【】\n会议召开。'), ['会议召开。']);
  });

  it('finds the passage at a cursor, including right after its last character', () => {
    const text = '会议强调要压实责任。各地要迅速行动。';
    const list = passages(text);
    assert.deepStrictEqual(passageAt(list, 3), list[0]);
    assert.deepStrictEqual(passageAt(list, 10), list[1]);
    assert.deepStrictEqual(passageAt(list, text.length), list[1]);
    assert.strictEqual(passageAt(passages('首页\n\n\n会议。'), 3), undefined);
  });

  it('finds the passage around a cursor from its line alone, as the whole-document split would', () => {
    const text = '首页 > 要闻\n\n　　会议强调要压实责任。各地要迅速行动！\r\n　　会议要求，立即部署\n责任编辑：王明\n';
    const ex = [
      { start: 0, end: 7 },
      { start: text.indexOf('责任编辑'), end: text.length - 1 },
    ];
    const all = passages(text, ex);
    for (let offset = 0; offset <= text.length; offset++) {
      assert.deepStrictEqual(passageAround(text, ex, offset), passageAt(all, offset), `offset ${offset}`);
    }
  });
});
