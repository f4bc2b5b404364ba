import * as assert from 'assert';
import { classifyQuote, findSlogans, sloganKey } from '../../../../src/core/analysis/slogans';

const texts = (text: string, exclude?: { start: number; end: number }[]) => findSlogans(text, { exclude }).map((s) => s.text);

describe('slogans: what counts as a slogan', () => {
  it('finds quoted formulations in every quote style', () => {
    const text =
      '会议要求，各级要严格落实“党政同责、一岗双责、齐抓共管、失职追责”，坚持「生命至上、安全第一」，' +
      '采取『四不两直』方式明查暗访，保持"时时放心不下"的责任感，推行〝三管三必须〞。';
    assert.deepStrictEqual(texts(text), ['党政同责、一岗双责、齐抓共管、失职追责', '生命至上、安全第一', '四不两直', '时时放心不下', '三管三必须']);
  });

  it('gives spans that index exactly the quoted text, and keys from sloganKey', () => {
    const text = '　　县长要求全面落实“三管三必须”和「党政同责，一岗双责」。';
    for (const s of findSlogans(text)) {
      assert.strictEqual(text.slice(s.start, s.end), s.text);
      assert.strictEqual(s.key, sloganKey(s.text));
    }
  });

  it('treats a quoted two-character word as a term, not a slogan, unless it is a numbered formula', () => {
    assert.deepStrictEqual(texts('要守牢安全“红线”，紧紧咬住“责任”，打击“黑气”行为，推进宣传“五进”工作。'), ['五进']);
    assert.strictEqual(classifyQuote('红线', '意识'), 'term');
    assert.strictEqual(classifyQuote('双减', '政策'), 'slogan');
  });

  it('keeps three-character campaign formulas (`煤改气`, `回头看`, `一张网`)', () => {
    assert.deepStrictEqual(texts('开展“煤改气”安全检查和“回头看”，推进“一张网”管理。'), ['煤改气', '回头看', '一张网']);
  });

  it('keeps numeric formulas such as `1+2+15` and `1+N`', () => {
    assert.deepStrictEqual(texts('按照“1+2+15”模式，构建“1＋N”制度体系。'), ['1+2+15', '1＋N']);
  });

  it('treats a word mentioned as a word (`“责任”二字`) as a term', () => {
    assert.strictEqual(classifyQuote('安全第一', '四个字'), 'term');
    assert.deepStrictEqual(texts('牢记“安全第一”四个字。'), []);
  });

  it('leaves out quotations: long, sentence-like, spoken', () => {
    assert.deepStrictEqual(texts('他说：“我们一定要把群众的安全放在心上，绝不能让悲剧再次发生，这是我们的责任。”'), []);
    assert.deepStrictEqual(texts('有群众反映“楼道里的电动车已经清理完了”。'), []);
    assert.deepStrictEqual(texts('正如“安全生产是一切工作的前提和基础需要每个人时时刻刻都记在心上的道理”所说。'), []);
    assert.deepStrictEqual(texts('居民说“你们来了我们就放心了”。'), []);
    assert.strictEqual(classifyQuote('发布者:运城新闻网', '的作品'), 'quotation');
  });

  it('keeps parallel formulas even when a unit ends in 了 (`打早、打小、打了`)', () => {
    assert.deepStrictEqual(texts('坚持“打早、打小、打了”，严防火灾发生。'), ['打早、打小、打了']);
  });

  it('leaves out names: quotes inside 《》 titles, year-named campaigns, columns and articles', () => {
    assert.deepStrictEqual(texts('印发了《关于落实“党政同责、一岗双责”的实施意见》。'), []);
    assert.deepStrictEqual(texts('开展“2023年安全生产条件完善和保障年”活动。'), []);
    assert.deepStrictEqual(texts('在“安全大家谈”栏目刊发，并转载“守护万家灯火”一文。'), []);
  });

  it('looks inside a rejected quotation for a nested slogan', () => {
    const text = '他强调：“我们必须始终坚持‘人民至上、生命至上’，把群众的安危冷暖真正放在心上了。”';
    assert.deepStrictEqual(texts(text), ['人民至上、生命至上']);
  });

  it('does not let an unclosed quote run on or pair across lines', () => {
    assert.deepStrictEqual(texts('落实“三个必须\n坚持“四不两直”方式。'), ['四不两直']);
    assert.deepStrictEqual(texts('坚持““四不两直”方式。'), ['四不两直']);
    assert.deepStrictEqual(texts('一个“' + '很'.repeat(200) + '”'), []);
  });

  it('pairs ASCII quotes in order', () => {
    assert.deepStrictEqual(texts('落实"三管三必须"，开展"回头看"和"吹哨人"制度。'), ['三管三必须', '回头看', '吹哨人']);
  });

  it('skips quotes inside excluded spans (boilerplate)', () => {
    const body = '坚持“四不两直”。\n';
    const related = '相关阅读：“庆八一”童心筑梦';
    const text = body + related;
    assert.deepStrictEqual(texts(text), ['四不两直', '庆八一']);
    assert.deepStrictEqual(texts(text, [{ start: body.length, end: text.length }]), ['四不两直']);
  });

  it('handles text without quotes and empty text', () => {
    assert.deepStrictEqual(texts(''), []);
    assert.deepStrictEqual(texts('会议由副县长主持。'), []);
  });
});

describe('slogans: degenerate input', () => {
  it('finds nothing in runs of quote marks or 《, and every slogan of a repeated sentence', () => {
    for (const mark of ['“', '"', '《', '「']) assert.deepStrictEqual(findSlogans(mark.repeat(200_000)), [], mark);
    assert.strictEqual(findSlogans('坚持“四不两直”。'.repeat(20_000)).length, 20_000);
  });
});
