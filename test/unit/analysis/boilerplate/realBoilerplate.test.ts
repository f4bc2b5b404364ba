import * as assert from 'assert';
import { findBoilerplate, type BoilerplateBlock } from '../../../../src/core/analysis/boilerplate';
import { simplifiedArticle } from './realArticles';
import { assertWellFormed, containing, lineOf, overlapping } from './spans';

/**
 * The five real scraped articles in ../shared/corpus, read by hand: what around each report is page
 * furniture, and which lines are the report itself. Snippets are kept short (the articles' text must
 * not be copied into the repository).
 */

function kindOf(text: string, blocks: BoilerplateBlock[], snippet: string): string | undefined {
  return containing(blocks, lineOf(text, snippet))?.kind;
}

/**
 * Every non-empty line from the one containing `from` up to (not including) the one containing `to`
 * is article text, except lines containing one of `except`.
 */
function assertBodyClean(text: string, blocks: BoilerplateBlock[], from: string, to: string | undefined, except: string[] = []): void {
  const start = lineOf(text, from).start;
  const end = to === undefined ? text.length : lineOf(text, to).start;
  let checked = 0;
  for (let pos = start; pos < end; ) {
    const nl = text.indexOf('\n', pos);
    const lineEnd = nl < 0 || nl > end ? end : nl;
    const line = text.slice(pos, lineEnd);
    if (line.trim() && !except.some((e) => line.includes(e))) {
      assert.deepStrictEqual(overlapping(blocks, { start: pos, end: lineEnd }), [], `article line marked as boilerplate: ${line.slice(0, 20)}…`);
      checked++;
    }
    pos = lineEnd + 1;
  }
  assert.ok(checked > 0, 'no body line checked');
}

describe('boilerplate: the five real articles', () => {
  it('000 (Xuhui, Tencent page): source line, (资料图), credits, reprint note, related list, copyright', () => {
    const t = simplifiedArticle('000');
    const b = findBoilerplate(t);
    assertWellFormed(b, t);
    assert.strictEqual(kindOf(t, b, '来源:腾讯网'), 'byline-meta');
    assert.strictEqual(kindOf(t, b, '(资料图)'), 'caption');
    assert.strictEqual(kindOf(t, b, '记者:姚丽敏'), 'footer');
    assert.strictEqual(kindOf(t, b, '编辑:陈思宜'), 'footer');
    assert.strictEqual(kindOf(t, b, '校对:焦旸越'), 'footer');
    assert.strictEqual(kindOf(t, b, '转载请注明来自'), 'copyright');
    assert.strictEqual(kindOf(t, b, '关键词:'), 'other');
    // One related block from the header down to the site's copyright line, dates and teasers included.
    const related = containing(b, lineOf(t, '猜你喜欢'))!;
    assert.strictEqual(related.kind, 'related');
    assert.strictEqual(containing(b, lineOf(t, '周家渡街道开展退役军人'))!.start, related.start);
    assert.strictEqual(containing(b, lineOf(t, '2023-08-01 17:08:57'))!.start, related.start);
    assert.strictEqual(kindOf(t, b, '© 2012-2020'), 'copyright');
    assert.strictEqual(kindOf(t, b, '网站联系邮箱'), 'footer');
    assert.strictEqual(kindOf(t, b, 'ICP备2022009675号'), 'copyright');
    assertBodyClean(t, b, '夯实城区安全底线', '记者:姚丽敏', ['来源:腾讯网', '(资料图)']);
  });

  it('001 (Qingpu, Traditional source): no furniture at all', () => {
    const t = simplifiedArticle('001');
    assert.deepStrictEqual(findBoilerplate(t), []);
  });

  it('002 (Yuncheng): dateline and the two reprint notices', () => {
    const t = simplifiedArticle('002');
    const b = findBoilerplate(t);
    assertWellFormed(b, t);
    assert.strictEqual(kindOf(t, b, '发布者:时间:2019-11-23'), 'byline-meta');
    assert.strictEqual(kindOf(t, b, '独家授权运城新闻网发布'), 'copyright');
    assert.strictEqual(kindOf(t, b, '凡本网未注明'), 'copyright');
    assertBodyClean(t, b, '本报讯(记者', '独家授权运城新闻网发布');
  });

  it('003 (Chengdu): two headline lines and the report, nothing to dim', () => {
    const t = simplifiedArticle('003');
    assert.deepStrictEqual(findBoilerplate(t), []);
  });

  it('004 (Lengshuitan, Rednet): 当前位置, the picture and its caption, credits, reprint note, channel menu', () => {
    const t = simplifiedArticle('004');
    const b = findBoilerplate(t);
    assertWellFormed(b, t);
    assert.strictEqual(kindOf(t, b, '当前位置:'), 'navigation');
    assert.strictEqual(kindOf(t, b, '111_副本.jpg'), 'caption');
    assert.strictEqual(kindOf(t, b, '的大型宣传牌。'), 'caption');
    assert.strictEqual(kindOf(t, b, '来源:红网'), 'byline-meta');
    assert.strictEqual(kindOf(t, b, '作者:廖友金'), 'footer');
    assert.strictEqual(kindOf(t, b, '编辑:周文君'), 'footer');
    assert.strictEqual(kindOf(t, b, '本文为永州站原创'), 'copyright');
    assert.strictEqual(kindOf(t, b, '本文链接:'), 'copyright');
    assert.strictEqual(kindOf(t, b, '相关链接'), 'related');
    for (const item of ['• 重要新闻', '• 冷水滩', '• 回龙圩', '• 视频']) assert.strictEqual(kindOf(t, b, item), 'navigation', item);
    assert.strictEqual(kindOf(t, b, '阅读下一篇'), 'navigation');
    assert.strictEqual(kindOf(t, b, '返回红网首页'), 'navigation');
    // The headline, the Rednet dateline lead, the spaced section headings and every paragraph stay.
    assertBodyClean(t, b, '推进安全生产专项整治三年行动深入开展', '来源:红网', ['111_副本.jpg', '的大型宣传牌。']);
  });
});
