import * as assert from 'assert';
import { QueryCancelled, ReuseIndex, type PassageMatch, type ReuseDocument } from '../../../src/core/corpus/similar';
import { commonRuns, contentOf } from './helpers/bruteForce';
import { contentText, describeMatch, fixture } from './helpers/docs';
import { generateText, rng } from './helpers/generate';

const WUHU = 'wuhu-safety-meeting.txt';
const WUHU_TRAD = 'wuhu-safety-meeting.traditional.txt';
const JINJIANG = 'jinjiang-gas-inspection.txt';
const QUJING = 'qujing-mine-safety.txt';
const ZHEJIANG = 'zhejiang-province-meeting.txt';
const ANJI = 'anji-county-meeting.txt';
const MIANYANG = 'mianyang-fire-meeting.txt';
const WEIFANG = 'weifang-chemical-inspection.txt';
const ALL = [WUHU, WUHU_TRAD, JINJIANG, QUJING, ZHEJIANG, ANJI, MIANYANG, WEIFANG];

const docs = new Map<string, ReuseDocument>();
const doc = (name: string) => {
  if (!docs.has(name)) docs.set(name, fixture(name));
  return docs.get(name)!;
};

function indexOf(...names: string[]): ReuseIndex {
  const index = new ReuseIndex();
  for (const n of names) index.add(doc(n));
  return index;
}

const between = (ms: PassageMatch[], other: string) => ms.filter((m) => m.b.id === other);
const textOf = (id: string) => doc(id).text;
/** Both spans of a match hold the same wording (content characters), and `text` is a's span. */
function assertSpansShare(m: PassageMatch, textA: string, minSame = 1): void {
  assert.strictEqual(m.text, textA.slice(m.a.start, m.a.end));
  const a = contentText(textA, m.a);
  const b = contentText(textOf(m.b.id), m.b);
  if (minSame === 1) assert.strictEqual(a, b, describeMatch(m));
  else assert.ok(m.length >= minSame * Math.max([...a].length, [...b].length), describeMatch(m));
}

describe('similar / ReuseIndex on hand-made reports', () => {
  it('matches a Traditional report to its Simplified twin with one span over the whole body', () => {
    const index = indexOf(WUHU, WUHU_TRAD);
    const simplified = textOf(WUHU);
    const bodyStart = simplified.indexOf('5月20日下午');
    const bodyEnd = simplified.indexOf('负责同志参加会议') + '负责同志参加会议'.length;
    const body = between(index.matchesFor(WUHU), WUHU_TRAD).filter((m) => m.a.start <= bodyStart && m.a.end >= bodyEnd);
    assert.strictEqual(body.length, 1, index.matchesFor(WUHU).map(describeMatch).join('\n'));
    const m = body[0];
    assert.strictEqual(m.score, 1);
    assertSpansShare(m, simplified);
    // The Traditional side's span, in its cleaned Simplified text, is the same body with ASCII commas.
    const twin = textOf(WUHU_TRAD).slice(m.b.start, m.b.end);
    assert.ok(twin.startsWith('5月20日下午,芜湖市') && twin.endsWith('负责同志参加会议'), twin);
    assert.strictEqual(m.length, contentOf(simplified, bodyStart, bodyEnd).chars.length);
    // Header and footer differ and are boilerplate: nothing outside the title and body matches.
    for (const x of between(index.matchesFor(WUHU), WUHU_TRAD)) assert.ok(x.a.start >= simplified.indexOf('芜湖市召开'), describeMatch(x));
  });

  it('ranks the twin first among similar documents, by the shared body', () => {
    const index = indexOf(...ALL);
    const ranked = index.similarDocuments(WUHU);
    assert.strictEqual(ranked[0].id, WUHU_TRAD);
    assert.ok(ranked[0].sharedChars > 450, JSON.stringify(ranked));
    assert.ok(ranked.slice(1).every((r) => r.sharedChars < 30), JSON.stringify(ranked));
    assert.deepStrictEqual(index.similarDocuments(WUHU, 1), ranked.slice(0, 1));
  });

  it('finds a shared slogan however it is punctuated (、 in one report, ， in the other)', () => {
    const index = indexOf(JINJIANG, QUJING);
    const ms = between(index.matchesFor(JINJIANG), QUJING);
    assert.strictEqual(ms.length, 1, ms.map(describeMatch).join('\n'));
    const m = ms[0];
    assert.strictEqual(m.text, '管行业必须管安全、管业务必须管安全、管生产必须管安全');
    assert.strictEqual(textOf(QUJING).slice(m.b.start, m.b.end), '管行业必须管安全，管业务必须管安全，管生产必须管安全');
    assert.strictEqual(m.score, 1);
    assert.strictEqual(m.length, 24);
  });

  it('keeps a reused paragraph with one place name swapped as one span, scored below 1', () => {
    const index = indexOf(ZHEJIANG, ANJI);
    const ms = index.matchesFor(ANJI);
    assert.strictEqual(ms.length, 1, ms.map(describeMatch).join('\n'));
    const m = ms[0];
    assert.strictEqual(m.b.id, ZHEJIANG);
    assert.ok(m.text.startsWith('会议要求，各地要学习推广德清县') && m.text.endsWith('加大执法频次'), m.text);
    const other = textOf(ZHEJIANG).slice(m.b.start, m.b.end);
    assert.ok(other.startsWith('会议要求，各地要学习推广温岭市') && other.endsWith('加大执法频次'), other);
    assert.ok(m.score < 1 && m.score > 0.95, String(m.score));
    // Everything but the three swapped characters is shared.
    assert.strictEqual(m.length, contentText(m.text, { start: 0, end: m.text.length }).length - 3);
    assertSpansShare(m, textOf(ANJI), 0.95);
  });

  it('bridges an inserted clause and keeps the match whole', () => {
    const base = '要加快推进小微企业安全生产标准化建设，年内实现规模以上工业企业全覆盖，对连续两次检查不合格的企业列入重点监管名单，加大执法频次。';
    const inserted = base.replace('全覆盖，', '全覆盖，重点抓好竹木加工和农家乐两个行业，');
    const index = new ReuseIndex();
    index.add({ id: 'a', text: '会议要求，' + base });
    index.add({ id: 'b', text: '县长强调，' + inserted });
    const ms = index.matchesFor('b');
    assert.strictEqual(ms.length, 1, ms.map(describeMatch).join('\n'));
    assert.ok(ms[0].text.includes('竹木加工') && ms[0].text.startsWith('要加快推进'), ms[0].text);
    assert.ok(ms[0].score < 0.9, String(ms[0].score));
    assert.strictEqual(ms[0].length, contentText(base, { start: 0, end: base.length }).length);
  });

  it('does not chain two stock phrases separated by different wording into one match', () => {
    const index = new ReuseIndex();
    index.add({ id: 'a', text: '各地要深刻汲取事故教训，认真研究冬季用火用电特点，坚决防范遏制重特大事故发生。' });
    index.add({ id: 'b', text: '各地要深刻汲取事故教训，立即组织专班排查尾矿库和排土场，坚决防范遏制重特大事故发生。' });
    const ms = index.matchesFor('a');
    assert.deepStrictEqual(
      ms.map((m) => m.text),
      ['各地要深刻汲取事故教训', '坚决防范遏制重特大事故发生'],
    );
    assert.ok(ms.every((m) => m.score === 1));
  });

  it('reports nothing between unrelated reports of the same genre beyond stock phrases under the minimum', () => {
    const index = indexOf(...ALL);
    assert.deepStrictEqual(between(index.matchesFor(MIANYANG), WEIFANG), []);
    assert.deepStrictEqual(between(index.matchesFor(WEIFANG), MIANYANG), []);
    // They do share stock phrases (the brute-force reference sees them), all shorter than 8 characters.
    const runs = commonRuns(contentOf(textOf(MIANYANG)).chars, contentOf(textOf(WEIFANG)).chars, 4);
    const a = contentOf(textOf(MIANYANG)).chars;
    assert.deepStrictEqual(runs.map((r) => a.slice(r.a, r.a + r.length).join('')), ['隐患排查', '主体责任']);
  });

  it('never matches the boilerplate it was told to exclude', () => {
    const footer = '\n责任编辑：许婉清\n版权所有：芜湖市人民政府办公室　未经授权禁止转载本网站内容';
    const a = '会议强调要压实责任。' + footer;
    const b = '各地要迅速行动起来。' + footer;
    const ex = (t: string) => [{ start: t.indexOf('\n'), end: t.length }];
    const index = new ReuseIndex();
    index.add({ id: 'a', text: a, exclude: ex(a) });
    index.add({ id: 'b', text: b, exclude: ex(b) });
    assert.deepStrictEqual(index.matchesFor('a'), []);
    const unexcluded = new ReuseIndex();
    unexcluded.add({ id: 'a', text: a });
    unexcluded.add({ id: 'b', text: b });
    assert.strictEqual(unexcluded.matchesFor('a').length, 1);
  });

  it('gives each pair the same spans whichever document asks', () => {
    const index = indexOf(...ALL);
    const key = (m: PassageMatch) => `${m.a.id}:${m.a.start}-${m.a.end}|${m.b.id}:${m.b.start}-${m.b.end}|${m.length}|${m.score}`;
    const flip = (m: PassageMatch): PassageMatch => ({ ...m, a: m.b, b: m.a });
    for (const x of ALL) {
      const forward = index.matchesFor(x).map(key).sort();
      const backward = ALL.filter((y) => y !== x)
        .flatMap((y) => between(index.matchesFor(y), x).map(flip))
        .map(key)
        .sort();
      assert.deepStrictEqual(forward, backward, x);
    }
    // allPairs holds each pair once, a being the document added first.
    const pairs = index.allPairs();
    const total = ALL.reduce((n, x) => n + index.matchesFor(x).length, 0);
    assert.strictEqual(pairs.length * 2, total);
    for (const m of pairs) assert.ok(ALL.indexOf(m.a.id) < ALL.indexOf(m.b.id), describeMatch(m));
  });

  it('groups a document’s matches by the passages they touch', () => {
    const index = indexOf(ZHEJIANG, ANJI);
    const groups = index.passageMatches(ANJI);
    const text = textOf(ANJI);
    assert.deepStrictEqual(
      groups.map((g) => text.slice(g.passage.start, g.passage.end)),
      [
        '会议要求，各地要学习推广德清县“安全码”数字化监管经验，把企业风险等级、隐患整改和执法检查记录统一纳入平台管理，实现风险一码可查、隐患一码可管、责任一码可追。',
        '要加快推进小微企业安全生产标准化建设，年内实现规模以上工业企业全覆盖，对连续两次检查不合格的企业列入重点监管名单，加大执法频次。',
      ],
    );
    assert.ok(groups.every((g) => g.matches.length === 1 && g.matches[0].b.id === ZHEJIANG));
  });

  it('keeps offsets exact around astral characters', () => {
    const shared = '要在𠮷野街道和𫫇英检测站开展燃气安全隐患专项排查整治';
    const a = '　　会议要求：' + shared + '。';
    const b = '区长指出，𠀀要' + shared.slice(1) + '，确保万无一失。';
    const index = new ReuseIndex();
    index.add({ id: 'a', text: a });
    index.add({ id: 'b', text: b });
    const [m] = index.matchesFor('a');
    assert.strictEqual(a.slice(m.a.start, m.a.end), shared);
    assert.strictEqual(b.slice(m.b.start, m.b.end), shared);
    assert.strictEqual(m.length, [...shared].length);
  });
});

describe('similar / ReuseIndex queries', () => {
  it('querySpan on a selection finds where that wording appears, inside the selection', () => {
    const index = indexOf(...ALL);
    const text = textOf(JINJIANG);
    const start = text.indexOf('管行业');
    const end = text.indexOf('管安全”') + 3;
    const ms = index.querySpan(JINJIANG, { start, end });
    assert.deepStrictEqual(
      ms.map((m) => m.b.id),
      [QUJING],
    );
    assert.ok(ms[0].a.start >= start && ms[0].a.end <= end);
    // A part of it is a query too, and its match stays inside the part.
    const part = index.querySpan(JINJIANG, { start, end: start + 8 });
    assert.strictEqual(part.length, 1);
    assert.strictEqual(part[0].text, '管行业必须管安全');
    assert.strictEqual(textOf(QUJING).slice(part[0].b.start, part[0].b.end), '管行业必须管安全');
  });

  it('finds a quoted formula shorter than the winnowing guarantee wherever it is quoted', () => {
    const r = rng(3);
    const index = new ReuseIndex();
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    for (const id of ids) index.add({ id, text: `${generateText(r, 200)}采取“四不两直”方式${generateText(r, 200)}` });
    const text = index.text('a')!;
    const start = text.indexOf('四不两直');
    const ms = index.querySpan('a', { start, end: start + 4 });
    assert.deepStrictEqual(ms.map((m) => m.b.id).sort(), ids.slice(1));
    for (const m of ms) assert.strictEqual(index.text(m.b.id)!.slice(m.b.start, m.b.end), '四不两直');
  });

  it('querySpan at a cursor takes the passage around it', () => {
    const index = indexOf(ZHEJIANG, ANJI);
    const text = textOf(ANJI);
    const cursor = text.indexOf('小微企业');
    const ms = index.querySpan(ANJI, { start: cursor, end: cursor });
    assert.strictEqual(ms.length, 1);
    assert.strictEqual(ms[0].text, '要加快推进小微企业安全生产标准化建设，年内实现规模以上工业企业全覆盖，对连续两次检查不合格的企业列入重点监管名单，加大执法频次');
    assert.deepStrictEqual(index.querySpan(ANJI, { start: 0, end: 0 }), []); // the headline has no match
  });

  it('queryText finds a text that is not in the index, with a.id empty', () => {
    const index = indexOf(...ALL);
    const ms = index.queryText('据了解，该县将学习推广温岭市“安全码”数字化监管经验，把企业风险等级、隐患整改和执法检查记录统一纳入平台管理。');
    assert.deepStrictEqual(ms.map((m) => m.b.id).sort(), [ANJI, ZHEJIANG]);
    for (const m of ms) assert.strictEqual(m.a.id, '');
    // The province's wording is quoted exactly; the county swapped the place, so its match starts after it.
    const zj = ms.find((m) => m.b.id === ZHEJIANG)!;
    assert.strictEqual(zj.text, '学习推广温岭市“安全码”数字化监管经验，把企业风险等级、隐患整改和执法检查记录统一纳入平台管理');
    assert.strictEqual(zj.score, 1);
    const anji = ms.find((m) => m.b.id === ANJI)!;
    assert.strictEqual(anji.text, '安全码”数字化监管经验，把企业风险等级、隐患整改和执法检查记录统一纳入平台管理');
  });

  it('abandons a query whose caller cancelled it, and answers the next one in full', () => {
    const index = indexOf(...ALL);
    let polls = 0;
    const isCancelled = () => ++polls > 1;
    assert.throws(() => index.matchesFor(WUHU, { isCancelled }), QueryCancelled);
    assert.throws(() => index.querySpan(WUHU, { start: 0, end: textOf(WUHU).length }, { isCancelled: () => true }), QueryCancelled);
    assert.ok(between(index.matchesFor(WUHU, { isCancelled: () => false }), WUHU_TRAD).length > 0);
  });

  it('hands out copies: changing a result does not change the next answer', () => {
    const index = indexOf(ZHEJIANG, ANJI);
    const first = index.matchesFor(ANJI);
    first[0].a.start = -1;
    first.pop();
    assert.strictEqual(index.matchesFor(ANJI).length, 1);
    assert.ok(index.matchesFor(ANJI)[0].a.start > 0);
  });

  it('rejects unknown documents and bad options', () => {
    const index = indexOf(WUHU);
    assert.throws(() => index.matchesFor('nope'), /not in the reuse index/);
    assert.throws(() => new ReuseIndex({ k: 1 }), RangeError);
    assert.throws(() => new ReuseIndex({ minChars: 0 }), RangeError);
  });
});

describe('similar / ReuseIndex stock formulas', () => {
  /** Twelve unrelated generated reports; the slogan is written into eight of them. */
  function sloganCorpus(): { index: ReuseIndex; holders: string[]; slogan: string } {
    const r = rng(7);
    const slogan = '党政同责、一岗双责、齐抓共管、失职追责';
    const index = new ReuseIndex();
    const holders: string[] = [];
    for (let i = 0; i < 12; i++) {
      let text = generateText(r, 400);
      if (i < 8) {
        text = text.replace('。', `。严格落实“${i % 2 ? slogan.replace(/、/g, '，') : slogan}”的要求。`);
        holders.push(`d${i}`);
      }
      index.add({ id: `d${i}`, text });
    }
    return { index, holders, slogan };
  }

  it('does not report a formula most documents share when matching whole documents…', () => {
    const { index } = sloganCorpus();
    const slogans = index.matchesFor('d0').filter((m) => m.text.includes('一岗双责'));
    assert.deepStrictEqual(slogans.map(describeMatch), []);
  });

  it('…but an explicit query for it finds every occurrence', () => {
    const { index, holders } = sloganCorpus();
    const text = index.text('d0')!;
    const start = text.indexOf('党政同责');
    const ms = index.querySpan('d0', { start, end: start + '党政同责、一岗双责、齐抓共管、失职追责'.length });
    const found = ms.filter((m) => m.length === 16).map((m) => m.b.id);
    assert.deepStrictEqual(found.sort(), holders.filter((h) => h !== 'd0').sort());
    for (const m of ms.filter((x) => x.length === 16)) {
      assert.match(index.text(m.b.id)!.slice(m.b.start, m.b.end), /^党政同责[、，]一岗双责[、，]齐抓共管[、，]失职追责$/);
    }
    // And whole-document matching includes it when asked to.
    assert.strictEqual(index.matchesFor('d0', { includeCommon: true }).filter((m) => m.text.includes('一岗双责')).length, 7);
  });
});

describe('similar / ReuseIndex updates and persistence', () => {
  const normalised = (index: ReuseIndex, ids: string[]) =>
    Object.fromEntries(ids.map((id) => [id, index.matchesFor(id).map((m) => `${m.a.start}-${m.a.end}>${m.b.id}:${m.b.start}-${m.b.end}/${m.length}/${m.score}`)]));

  it('adds and removes documents one at a time, with the results of a fresh build', () => {
    const index = indexOf(WUHU, JINJIANG, WUHU_TRAD, QUJING, ZHEJIANG);
    assert.ok(index.has(WUHU_TRAD));
    assert.ok(between(index.matchesFor(WUHU), WUHU_TRAD).length > 0);
    assert.strictEqual(index.remove(WUHU_TRAD), true);
    assert.strictEqual(index.remove(WUHU_TRAD), false);
    assert.ok(!index.has(WUHU_TRAD));
    assert.deepStrictEqual(between(index.matchesFor(WUHU), WUHU_TRAD), []);
    assert.ok(index.similarDocuments(WUHU).every((d) => d.id !== WUHU_TRAD));
    index.add(doc(ANJI));
    index.add(doc(WUHU_TRAD));
    const fresh = indexOf(WUHU, JINJIANG, QUJING, ZHEJIANG, ANJI, WUHU_TRAD);
    const ids = [WUHU, JINJIANG, QUJING, ZHEJIANG, ANJI, WUHU_TRAD];
    assert.deepStrictEqual(normalised(index, ids), normalised(fresh, ids));
    assert.deepStrictEqual(index.stats, fresh.stats);
  });

  it('replaces a document added again under the same id', () => {
    const index = indexOf(ZHEJIANG, ANJI);
    index.add({ id: ANJI, text: '安吉县召开会议。县长俞晓帆出席会议并讲话。' });
    assert.strictEqual(index.size, 2);
    assert.deepStrictEqual(index.matchesFor(ANJI), []);
    assert.deepStrictEqual(index.matchesFor(ZHEJIANG), []);
  });

  it('survives many removals (lazy cleanup) with the same answers', () => {
    const index = indexOf(...ALL);
    const r = rng(11);
    for (let i = 0; i < 300; i++) index.add({ id: `noise${i}`, text: generateText(r, 300) });
    for (let i = 0; i < 300; i++) index.remove(`noise${i}`);
    const fresh = indexOf(...ALL);
    assert.deepStrictEqual(normalised(index, ALL), normalised(fresh, ALL));
    assert.strictEqual(index.stats.postings, fresh.stats.postings);
  });

  it('round-trips through serialize/deserialize (and JSON)', () => {
    const index = indexOf(...ALL);
    const data = JSON.parse(JSON.stringify(index.serialize()));
    const restored = ReuseIndex.deserialize(data);
    assert.deepStrictEqual(restored.allPairs(), index.allPairs());
    assert.deepStrictEqual(restored.ids(), index.ids());
    for (const id of ALL) assert.deepStrictEqual(restored.similarDocuments(id), index.similarDocuments(id));
    const custom = new ReuseIndex({ minChars: 20, commonShare: 0.5 });
    custom.add(doc(ZHEJIANG));
    assert.deepStrictEqual(ReuseIndex.deserialize(custom.serialize()).serialize().options, custom.serialize().options);
    assert.throws(() => ReuseIndex.deserialize({ ...data, format: 'other' }), /not a serialized reuse index/);
    assert.throws(() => ReuseIndex.deserialize({ ...data, version: 2 }), /unsupported reuse index version 2/);
  });
});
