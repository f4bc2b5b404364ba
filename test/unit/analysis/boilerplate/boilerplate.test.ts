import * as assert from 'assert';
import { findBoilerplate, type BoilerplateBlock } from '../../../../src/core/analysis/boilerplate';
import { assertWellFormed, containing, lineOf, overlapping } from './spans';

/** The kind of the block covering the whole line that contains `snippet`, or undefined. */
function kindOfLine(text: string, blocks: BoilerplateBlock[], snippet: string): string | undefined {
  return containing(blocks, lineOf(text, snippet))?.kind;
}

function notBoilerplate(text: string, blocks: BoilerplateBlock[], snippet: string): void {
  const line = lineOf(text, snippet);
  assert.deepStrictEqual(overlapping(blocks, line), [], `line with ${snippet} was marked boilerplate`);
}

// An invented county report with the furniture its site wraps around it.
const PAGE = [
  '当前位置:首页 > 新闻中心 > 乡镇动态',
  '首页 | 政务公开 | 新闻中心 | 办事服务 | 互动交流',
  '青石县召开秋冬季安全生产工作推进会',
  '来源:青石县融媒体中心 发布时间:2022-10-18 16:20:05',
  '',
  'IMG_0412_副本.jpg',
  '',
  '会议现场。',
  '',
  '　　本报讯(记者 林晓禾)10月17日下午，青石县秋冬季安全生产工作推进会召开。县委副书记、县长邵一鸣出席并讲话，副县长何满川主持会议。',
  '　　邵一鸣强调，要时刻绷紧安全生产这根弦，坚决守住不发生重大事故的底线。',
  '(资料图)',
  '图为检查组在企业仓库查看消防设施。',
  '　　各乡镇、县直有关部门主要负责同志参加会议。',
  '',
  '责任编辑:姜小满',
  '审核:罗成',
  '打印本页 关闭窗口',
  '分享到:',
  '扫一扫在手机上阅读',
  '相关阅读',
  '青石县开展危化品企业专项检查',
  '2022-10-12 09:30:11',
  '县应急管理局组织燃气安全培训……更多',
  '2022-10-09',
  '',
  'Copyright © 2015-2022 青石县人民政府 版权所有',
  '未经授权禁止转载、摘编、复制或建立镜像',
  '赣ICP备12003456号-1',
].join('\n');

describe('boilerplate: rules on invented pages', () => {
  const blocks = findBoilerplate(PAGE);

  it('returns sorted, non-overlapping whole-line blocks', () => {
    assertWellFormed(blocks, PAGE);
    for (const b of blocks) {
      assert.ok(b.start === 0 || PAGE[b.start - 1] === '\n', `block at ${b.start} does not start a line`);
      assert.ok(b.end === PAGE.length || PAGE[b.end] === '\n', `block ending ${b.end} does not end a line`);
    }
  });

  it('marks breadcrumbs and horizontal menus as navigation', () => {
    assert.strictEqual(kindOfLine(PAGE, blocks, '当前位置:首页'), 'navigation');
    assert.strictEqual(kindOfLine(PAGE, blocks, '首页 | 政务公开'), 'navigation');
  });

  it('marks the source/dateline line as byline-meta, not article text', () => {
    assert.strictEqual(kindOfLine(PAGE, blocks, '来源:青石县融媒体中心'), 'byline-meta');
  });

  it('marks image file names, the caption under them, (资料图) and 图为… as captions', () => {
    assert.strictEqual(kindOfLine(PAGE, blocks, 'IMG_0412_副本.jpg'), 'caption');
    assert.strictEqual(kindOfLine(PAGE, blocks, '会议现场。'), 'caption');
    assert.strictEqual(kindOfLine(PAGE, blocks, '(资料图)'), 'caption');
    assert.strictEqual(kindOfLine(PAGE, blocks, '图为检查组'), 'caption');
  });

  it('marks credits and page tools as footer, share widgets as share', () => {
    assert.strictEqual(kindOfLine(PAGE, blocks, '责任编辑:姜小满'), 'footer');
    assert.strictEqual(kindOfLine(PAGE, blocks, '审核:罗成'), 'footer');
    assert.strictEqual(kindOfLine(PAGE, blocks, '打印本页'), 'footer');
    assert.strictEqual(kindOfLine(PAGE, blocks, '分享到:'), 'share');
    assert.strictEqual(kindOfLine(PAGE, blocks, '扫一扫'), 'share');
  });

  it('merges consecutive lines of one kind into one block', () => {
    const credit = lineOf(PAGE, '责任编辑:姜小满');
    const tools = lineOf(PAGE, '打印本页');
    const block = containing(blocks, credit)!;
    assert.ok(block.end >= tools.end, 'credits and page tools should form one footer block');
  });

  it('marks a related-article list: header, titles, dates and teasers', () => {
    const header = lineOf(PAGE, '相关阅读');
    const lastDate = lineOf(PAGE, '2022-10-09');
    const block = containing(blocks, header)!;
    assert.strictEqual(block.kind, 'related');
    assert.ok(block.end >= lastDate.end, 'the list runs through its last date');
    assert.strictEqual(kindOfLine(PAGE, blocks, '……更多'), 'related');
  });

  it('marks copyright, reprint and ICP notices', () => {
    assert.strictEqual(kindOfLine(PAGE, blocks, 'Copyright ©'), 'copyright');
    assert.strictEqual(kindOfLine(PAGE, blocks, '未经授权禁止转载'), 'copyright');
    assert.strictEqual(kindOfLine(PAGE, blocks, '赣ICP备'), 'copyright');
  });

  it('leaves the headline and every article paragraph alone', () => {
    notBoilerplate(PAGE, blocks, '青石县召开秋冬季安全生产工作推进会');
    notBoilerplate(PAGE, blocks, '本报讯(记者 林晓禾)');
    notBoilerplate(PAGE, blocks, '邵一鸣强调');
    notBoilerplate(PAGE, blocks, '各乡镇、县直有关部门');
  });
});

describe('boilerplate: single rules and their limits', () => {
  const kinds = (text: string) => findBoilerplate(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

  it('recognises reprint notices in their common wordings', () => {
    for (const line of [
      '本文来源于青石发布，转载请注明出处。',
      '本文为青石县融媒体中心原创稿件，转载请附上原文链接。',
      '凡本网未注明来源的作品，均转载自其它媒体，不代表本网观点。',
      '版权所有：青石县人民政府办公室',
      '京ICP备05012345号',
    ]) {
      assert.deepStrictEqual(kinds(`正文第一段。\n${line}`), [['copyright', line]], line);
    }
  });

  it('does not dim an article paragraph that merely mentions copyright or scanning codes', () => {
    const para =
      '　　会议要求，市场监管部门要依法查处侵犯版权所有人合法权益的行为，对商场停车扫码缴费中的违规收费问题开展专项检查，切实维护消费者和经营者的合法权益，营造公平有序的市场环境。';
    assert.deepStrictEqual(kinds(para), []);
    assert.deepStrictEqual(kinds('　　市民可通过扫码缴费的方式办理停车业务，平均用时缩短一半。'), []);
  });

  it('takes a bare 时间: line as a dateline only before a numeric date', () => {
    assert.deepStrictEqual(kinds('时间:2019-11-23'), [['byline-meta', '时间:2019-11-23']]);
    assert.deepStrictEqual(kinds('时间：7月1日上午9时 地点：县政府三楼会议室'), []);
  });

  it('does not take spaced headlines for a menu, but takes many one-word items for one', () => {
    assert.deepStrictEqual(kinds('扎实部署 压实责任 突出重点 有序推进'), []);
    assert.deepStrictEqual(kinds('首页 新闻 政务 服务 互动 专题'), [['navigation', '首页 新闻 政务 服务 互动 专题']]);
  });

  it('marks a vertical menu of short lines, but not two short headings', () => {
    const menu = '频道精选\n· 要闻\n· 政务\n· 乡镇\n· 图片\n· 视频';
    assert.deepStrictEqual(kinds(menu).map((k) => k[0]), ['navigation']);
    const article = '扎实部署\n　　县委、县政府召开专题会议部署安全生产专项整治工作，明确责任分工和完成时限。\n突出重点\n　　各乡镇聚焦道路交通和建筑施工等重点领域，逐项排查整改风险隐患。';
    assert.deepStrictEqual(kinds(article), []);
  });

  it('marks only the credit glued to the end of the last paragraph', () => {
    const para = '　　各乡镇要迅速传达会议精神，确保各项措施落到实处。（责任编辑：姜小满）';
    const blocks = findBoilerplate(para);
    assert.strictEqual(blocks.length, 1);
    assert.strictEqual(blocks[0].kind, 'footer');
    assert.strictEqual(para.slice(blocks[0].start, blocks[0].end), '（责任编辑：姜小满）');
  });

  it('does not take the dateline lead under a picture for its caption', () => {
    const text = '现场图.png\n青石讯(通讯员 王小川)10月17日，县应急管理局组织开展危化品企业专项检查。';
    assert.deepStrictEqual(kinds(text), [['caption', '现场图.png']]);
  });

  it('ends a related list at the first paragraph-length line', () => {
    const tail = '　　这是一段很长的正文内容，讲述青石县各乡镇在秋冬季安全生产工作中采取的具体措施、取得的阶段性成效以及下一步的工作打算和安排。';
    const text = `推荐阅读\n青石县召开防汛工作会议\n${tail}`;
    const blocks = findBoilerplate(text);
    assert.deepStrictEqual(blocks.map((b) => b.kind), ['related']);
    assert.ok(blocks[0].end < text.indexOf(tail));
  });

  it('handles CRLF line ends, empty input and text without furniture', () => {
    const text = '　　正文段落。\r\n责任编辑：王某\r\n';
    const blocks = findBoilerplate(text);
    assert.deepStrictEqual(blocks.map((b) => text.slice(b.start, b.end)), ['责任编辑：王某']);
    assert.deepStrictEqual(findBoilerplate(''), []);
    assert.deepStrictEqual(findBoilerplate('　　县委常委会召开会议，研究部署安全生产工作。'), []);
  });
});

describe('boilerplate: degenerate input', () => {
  it('keeps a two-item bulleted list inside an article', () => {
    const text = '　　会议明确了两项重点：\n• 压实责任\n• 排查隐患\n　　各乡镇要迅速行动，确保各项措施落到实处，坚决防范遏制各类事故发生。';
    assert.deepStrictEqual(findBoilerplate(text), []);
  });

  it('copes with pathological pages (all blank, all menu, one huge line) and stays whole-line', () => {
    assert.deepStrictEqual(findBoilerplate('\n'.repeat(200_000)), []);
    const menu = '• 首页\n'.repeat(50_000);
    const blocks = findBoilerplate(menu);
    assert.deepStrictEqual(blocks.map((b) => [b.kind, b.start]), [['navigation', 0]]);
    assert.strictEqual(blocks[0].end, menu.length - 1);
    assert.deepStrictEqual(findBoilerplate('安'.repeat(500_000)), []);
  });
});
