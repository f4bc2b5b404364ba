import * as assert from 'assert';
import { S, expectExactly, expectNone, expectUntouched, expectWithin, runsOf, tokenize } from './tokenizer';

// Sample lines are invented for these tests, in the genre and with the artifacts of the scraped corpus.

describe('grammar: datelines and sources', () => {
  it('scopes a source label, its value, a publication label and its date and time', async () => {
    const lines = await tokenize('来源：市应急管理局 发布时间：2024-03-15 09:30:00');
    expectExactly(lines, '来源', S.label);
    expectExactly(lines, '：', S.separator);
    expectExactly(lines, '市应急管理局', S.source);
    expectExactly(lines, '发布时间', S.label);
    expectExactly(lines, '2024-03-15', S.date);
    expectExactly(lines, '09:30:00', S.time);
    expectWithin(lines, '来源：市应急管理局', S.dateline);
  });

  it('ends a source value at the next label when the scraper removed the spaces', async () => {
    const lines = await tokenize('来源:云岭日报发布者:时间:2021-05-06');
    expectExactly(lines, '云岭日报', S.source);
    expectExactly(lines, '发布者', S.label);
    expectExactly(lines, '时间', S.label);
    expectExactly(lines, '2021-05-06', S.date);
  });

  it('reads labels in raw Traditional text with pinyin glued inside them', async () => {
    const lines = await tokenize('來(lái)源:雲(yún)嶺日報(bào)發(fā)布者:時(shí)間:2021-05-06');
    expectWithin(lines, '來(lái)源', S.label);
    expectExactly(lines, '(lái)', S.annotation);
    expectExactly(lines, '(yún)', S.annotation);
    expectWithin(lines, '雲(yún)嶺日報(bào)', S.source);
    expectNone(lines, '發(fā)布者', S.source);
    expectWithin(lines, '發(fā)布者', S.label);
    expectWithin(lines, '時(shí)間', S.label);
    expectExactly(lines, '2021-05-06', S.date);
  });

  it('leaves an empty source value at the end of a line without hanging on to the next line', async () => {
    const lines = await tokenize('来源：\n一要压实责任');
    expectExactly(lines, '来源', S.label);
    assert.strictEqual(lines[0].depthAfter, 1);
    expectExactly(lines, '一要', S.enumeration);
    expectNone(lines, '压实责任', S.source);
  });

  it('marks 本报讯 and a dateline with outlet, place, date and 讯 or 电', async () => {
    const lines = await tokenize(
      [
        '本报讯（记者 周 宁）3月14日上午，全市安全生产工作会议召开。',
        '云岭新闻网昆明3月14日讯（通讯员 李春华 王 磊）近日，',
        '新华社北京3月14日电 （记者 陈明远）',
        '本報(bào)訊(記者 周 寧)',
      ].join('\n'),
    );
    expectExactly(lines, '本报讯', S.newsKeyword);
    expectExactly(lines, '3月14日', S.date);
    expectExactly(lines, '云岭新闻网昆明', S.source);
    expectExactly(lines, '3月14日', S.date, 1);
    expectExactly(lines, '讯', S.newsKeyword, 1);
    expectWithin(lines, '云岭新闻网昆明3月14日讯', S.dateline);
    expectExactly(lines, '新华社北京', S.source);
    expectExactly(lines, '电', S.newsKeyword);
    expectWithin(lines, '本報(bào)訊', S.newsKeyword);
    expectExactly(lines, '(bào)', S.annotation);
  });

  it('does not take 电 in 电话 or a label word without a colon for a dateline', async () => {
    const lines = await tokenize('市里将于3月14日电话连线各县，资金来源以财政拨款为主。');
    expectExactly(lines, '3月14日', S.date);
    expectNone(lines, '电', S.newsKeyword);
    expectUntouched(lines, '资金来源以财政拨款为主');
  });
});

describe('grammar: bylines', () => {
  it('scopes roles and names after a colon, in a list, with a note', async () => {
    const lines = await tokenize(['记者：林晓、宋佳音', '责任编辑：孙一帆', '校对：马骁(实习)'].join('\n'));
    expectExactly(lines, '记者', S.role);
    expectExactly(lines, '林晓', S.person);
    expectExactly(lines, '宋佳音', S.person);
    expectExactly(lines, '责任编辑', S.role);
    expectExactly(lines, '孙一帆', S.person);
    expectExactly(lines, '马骁', S.person);
    expectExactly(lines, '(实习)', S.bylineNote);
    expectNone(lines, '(实习)', S.annotation);
    for (const line of lines) assert.strictEqual(line.depthAfter, 1, `span left open after ${line.text}`);
  });

  it('scopes a bracketed byline with space-padded names, several roles and a photo credit', async () => {
    const lines = await tokenize('本报讯（记者 周 宁 通讯员 郑晓航 摄）日前，');
    expectExactly(lines, '（记者 周 宁 通讯员 郑晓航 摄）', S.byline);
    expectExactly(lines, '记者', S.role);
    expectExactly(lines, '周', S.person);
    expectExactly(lines, '宁', S.person);
    expectExactly(lines, '通讯员', S.role);
    expectExactly(lines, '郑晓航', S.person);
    expectExactly(lines, '摄', S.role);
    expectNone(lines, '日前', S.byline);
  });

  it('scopes space-separated names and 文/本报记者', async () => {
    const lines = await tokenize(['作者：韩冬 邵雨桐 曲立新', '文/本报记者 韩冬'].join('\n'));
    assert.deepStrictEqual(runsOf([lines[0]], S.person), ['韩冬', '邵雨桐', '曲立新']);
    expectExactly(lines, '文', S.role);
    expectExactly(lines, '本报记者', S.role);
    expectExactly(lines, '韩冬', S.person, 1);
  });

  it('keeps the question after 记者： in an interview out of the names', async () => {
    const lines = await tokenize('记者：这次检查发现了哪些突出问题？');
    expectExactly(lines, '记者', S.role);
    expectNone(lines, '这次检查发现了哪些突出问题', S.person);
    expectNone(lines, '这次检查发现了哪些突出问题', S.byline);
  });

  it('does not take a bracket without a role, or 记者 inside a word, for a byline', async () => {
    const lines = await tokenize('区安委会成员单位、相关(集团)公司负责同志参加会议，本台记者会上通报了情况。');
    expectUntouched(lines, '(集团)');
    expectNone(lines, '记者', S.role);
  });

  it('reads roles with annotations in raw Traditional text', async () => {
    const lines = await tokenize('本報訊(記(jì)者 張 越)');
    expectWithin(lines, '記(jì)者', S.role);
    expectExactly(lines, '(jì)', S.annotation);
    expectExactly(lines, '張', S.person);
    expectExactly(lines, '越', S.person);
  });
});

describe('grammar: enumeration markers', () => {
  it('scopes 一要/二要, 一是/二是 and 第一/第二 at clause starts', async () => {
    const lines = await tokenize(
      ['一要压实责任，二要排查隐患；三要强化宣传。', '会议要求，一是加强巡查，二是完善预案。', '第一，坚持人民至上；第二，坚持源头治理。'].join('\n'),
    );
    assert.deepStrictEqual(runsOf(lines, S.enumeration), ['一要', '二要', '三要', '一是', '二是', '第一', '第二']);
  });

  it('scopes outline numbering', async () => {
    const lines = await tokenize(
      ['一、指导思想', '（一）总体要求', '(二)工作措施', '1.加强燃气安全管理', '2、落实企业主体责任', '①排查 ②整治', '其一，压实责任。'].join('\n'),
    );
    assert.deepStrictEqual(runsOf(lines, S.enumeration), ['一、', '（一）', '(二)', '1.', '2、', '①', '②', '其一']);
  });

  it('leaves words that only contain the markers alone', async () => {
    const lines = await tokenize(
      [
        '主要领导要带头，唯一要求是安全，统一是前提。',
        '坚持安全第一，预防为主，召开第一次全体会议。',
        '共处罚款21.5万元，今年三、四月份检查2.3万家次。',
        '一要素齐全，2023.08.01 发布。',
      ].join('\n'),
    );
    assert.deepStrictEqual(runsOf(lines, S.enumeration), []);
  });

  it('works after the ?? artifact at a line start', async () => {
    const lines = await tokenize('??一要警钟长鸣，??不是行首');
    expectExactly(lines, '??', S.lostIndent);
    expectExactly(lines, '一要', S.enumeration);
    expectNone(lines, '??', S.lostIndent, 1);
  });
});

describe('grammar: quoted formulations', () => {
  it('scopes “…”, 「…」, 『…』 and straight quotes around Chinese with their punctuation', async () => {
    const lines = await tokenize('落实“四不两直”和「党政同责、一岗双责」，做到『三管三必须』，坚持"时时放心不下"。');
    expectExactly(lines, '“四不两直”', S.quoteDouble);
    expectExactly(lines, '“', S.quoteBegin);
    expectExactly(lines, '”', S.quoteEnd);
    expectExactly(lines, '「党政同责、一岗双责」', S.quoteCorner);
    expectExactly(lines, '『三管三必须』', S.quoteWhiteCorner);
    expectExactly(lines, '"时时放心不下"', S.quoteDouble);
  });

  it('nests ‘…’ in “…” and 『…』 in 「…」, and keeps dates and annotations inside', async () => {
    const lines = await tokenize('开展“‘安全生产月’2024年活动”，推行「要做到『一岗双责』」，落實“黨(dǎng)政同責”。');
    expectExactly(lines, '‘安全生产月’', S.quoteSingle);
    expectWithin(lines, '‘安全生产月’', S.quoteDouble);
    expectExactly(lines, '2024年', S.date);
    expectWithin(lines, '2024年', S.quoteDouble);
    expectExactly(lines, '『一岗双责』', S.quoteWhiteCorner);
    expectExactly(lines, '(dǎng)', S.annotation);
    expectWithin(lines, '黨(dǎng)政同責', S.quoteDouble);
  });

  it('does not open a quote that never closes on its line, nor straight quotes around English', async () => {
    const lines = await tokenize('他说“开头没有结尾，\n下一行“正常”，English "words" stay plain.');
    expectNone(lines, '“开头没有结尾，', S.quoteDouble);
    assert.strictEqual(lines[0].depthAfter, 1);
    expectExactly(lines, '“正常”', S.quoteDouble);
    expectUntouched(lines, '"words"');
  });

  it('does not look for other constructs inside a quote', async () => {
    const lines = await tokenize('凡未注明“发布者:某某网 一要”的作品');
    expectNone(lines, '发布者', S.label);
    expectNone(lines, '一要', S.enumeration);
    expectWithin(lines, '发布者:某某网 一要', S.quoteDouble);
  });
});

describe('grammar: artifacts of scraping and conversion', () => {
  it('dims pinyin glued after a Han character, in either bracket form and neutral tone', async () => {
    const lines = await tokenize('青浦區(qū)召開會議，各縣(市、區(qū))出動車輛（liàng），我們(men)參加。');
    assert.deepStrictEqual(runsOf(lines, S.annotation), ['(qū)', '(qū)', '（liàng）', '(men)']);
    expectUntouched(lines, '(市、');
  });

  it('leaves real brackets alone: names, words, units, Latin', async () => {
    const lines = await tokenize('(記者 張 越)、(集团)、产量5万吨(t)、下载(app)、细颗粒物(PM2.5)、人力(man)、abc(qū)、why?me)');
    assert.deepStrictEqual(runsOf(lines, S.annotation), []);
    assert.deepStrictEqual(runsOf(lines, S.mojibake), []);
  });

  it('marks orphan annotations and replacement characters as corrupt', async () => {
    const lines = await tokenize('運城日?qǐng)?bào)發行，燃氣忸I(lǐng)域，數據\uFFFD\uFFFD丢失');
    // Two orphans in a row form one corrupt run; the host characters before them stay plain text.
    assert.deepStrictEqual(runsOf(lines, S.mojibake), ['?qǐng)?bào)', 'I(lǐng)']);
    expectExactly(lines, '\uFFFD\uFFFD', S.replacement);
  });

  it('dims every pair of lost spaces at a line start only', async () => {
    const lines = await tokenize('????楊小菁強調，要守土盡責。\n真的是这样吗??');
    expectExactly(lines, '????', S.lostIndent);
    expectNone(lines, '吗??', S.lostIndent);
  });
});

describe('grammar: dates', () => {
  it('scopes Chinese, ISO, month-day, range, partial and Chinese-numeral dates', async () => {
    const lines = await tokenize(
      [
        '2024年3月15日召开，2024年3月部署，2024年第二次会议。',
        '3月15日上午，3月15号，7月1日至3日，截至9月份，7月上旬。',
        '二〇二四年三月十五日，三月十五日。',
        '2024-03-15，2024/3/15，2024.03.15，2024-03-15 09:30。',
      ].join('\n'),
    );
    assert.deepStrictEqual(runsOf(lines, S.date), [
      '2024年3月15日', '2024年3月', '2024年',
      '3月15日', '3月15号', '7月1日至3日', '9月份', '7月上旬',
      '二〇二四年三月十五日', '三月十五日',
      '2024-03-15', '2024/3/15', '2024.03.15', '2024-03-15',
    ]);
    assert.deepStrictEqual(runsOf(lines, S.time), ['09:30']);
  });

  it('leaves counts, impossible months, versions and URL paths alone', async () => {
    const lines = await tokenize(
      '检查企业1599家，13月，版本2.10.3，链接https://news.example.cn/content/2020/10/20/8531712.html，比分3:12。',
    );
    assert.deepStrictEqual(runsOf(lines, S.date), []);
    assert.deepStrictEqual(runsOf(lines, S.time), []);
  });
});
