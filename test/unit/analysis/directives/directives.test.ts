import * as assert from 'assert';
import { findDirectives, type FindDirectivesOptions } from '../../../../src/core/analysis/directives';
import type { Directive } from '../../../../src/core/analysis/types';
import type { Span } from '../../../../src/core/text/types';
import { assertWellFormed } from '../boilerplate/spans';

interface Seen {
  text: string;
  kind: Directive['kind'];
  cue: string;
  speaker?: string;
}

function run(text: string, opts?: FindDirectivesOptions): Seen[] {
  const found = findDirectives(text, opts);
  assertWellFormed(found, text);
  return found.map((d) => ({ text: text.slice(d.start, d.end), kind: d.kind, cue: d.cue, ...(d.speaker ? { speaker: d.speaker } : {}) }));
}

/** Mentions of `names` wherever they occur, in the shape findOfficials returns. */
function speakersIn(text: string, names: string[]): { name: string; mentions: Span[] }[] {
  return names.map((name) => {
    const mentions: Span[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) mentions.push({ start: at, end: at + name.length });
    return { name, mentions };
  });
}

describe('directives: reporting verbs and speakers', () => {
  it('names the official before 强调 from the given mentions, and carries them through the paragraph', () => {
    const text = '　　县委副书记、县长邵一鸣强调，要压紧压实安全责任。要全面排查风险隐患。各乡镇要落实属地责任。';
    assert.deepStrictEqual(run(text, { speakers: speakersIn(text, ['邵一鸣']) }), [
      { text: '县委副书记、县长邵一鸣强调，要压紧压实安全责任。', kind: 'verb', cue: '强调', speaker: '邵一鸣' },
      { text: '要全面排查风险隐患。', kind: 'modal', cue: '要', speaker: '邵一鸣' },
      { text: '各乡镇要落实属地责任。', kind: 'modal', cue: '要', speaker: '邵一鸣' },
    ]);
  });

  it('without mentions, takes a name-like run after a title, or one the text titles elsewhere', () => {
    assert.deepStrictEqual(run('副市长李建国指出，当前正值汛期。')[0], { text: '副市长李建国指出，当前正值汛期。', kind: 'verb', cue: '指出', speaker: '李建国' });
    const text = '市委副书记、市长欧阳文清出席会议。\n欧阳文清要求，各地要迅速行动。';
    assert.strictEqual(run(text)[0].speaker, '欧阳文清');
  });

  it('does not take a verb before 部署 for a name (`安排部署`, `动员部署`)', () => {
    assert.deepStrictEqual(run('会议传达学习上级精神，安排部署下阶段工作。'), []);
    assert.deepStrictEqual(run('会议就专项整治进行动员部署。'), []);
  });

  it('steps over 同志, 在…上, adverbs and a title after the name', () => {
    const text = '何满川在全县安全生产工作会议上强调，要守住底线。周立新同志再次强调，要落实责任。王征区长指出，要抓好整改。';
    const found = run(text, { speakers: speakersIn(text, ['何满川', '周立新', '王征']) });
    assert.deepStrictEqual(
      found.map((d) => d.speaker),
      ['何满川', '周立新', '王征'],
    );
  });

  it('gives 会议 for 会议强调 / 会议指出 / 会议要求, and for a verb whose sentence the meeting opened', () => {
    const text = '会议指出，当前形势依然严峻。\n会议要求，各地要严格落实责任。\n会议就整治行动进行动员，强调要全力以赴抓好落实。';
    const found = run(text);
    assert.deepStrictEqual(
      found.map((d) => [d.cue, d.speaker]),
      [
        ['指出', '会议'],
        ['要求', '会议'],
        ['强调', '会议'],
      ],
    );
    assert.strictEqual(found[2].text, '强调要全力以赴抓好落实。');
  });

  it('resolves 他/她 to the last named speaker', () => {
    const text = '区长邵一鸣出席并讲话。邵一鸣指出，要提高认识。\n他强调，要狠抓落实。';
    assert.deepStrictEqual(
      run(text).map((d) => d.speaker),
      ['邵一鸣', '邵一鸣'],
    );
  });

  it('does not take a bare title (`区长强调`) for a name, but names its one holder when titles are given', () => {
    const text = '区长强调，要守住底线。';
    assert.deepStrictEqual(run(text), [{ text, kind: 'verb', cue: '强调' }]);
    const speakers = [
      { name: '邵一鸣', mentions: [], titles: ['区委副书记', '区长'] },
      { name: '何满川', mentions: [], titles: ['副区长'] },
    ];
    assert.strictEqual(run(text, { speakers })[0].speaker, '邵一鸣');
    assert.strictEqual(run('邵区长强调，要守住底线。', { speakers })[0].speaker, '邵一鸣');
    const twoHolders = [...speakers, { name: '李某', mentions: [], titles: ['区长'] }];
    assert.strictEqual(run(text, { speakers: twoHolders })[0].speaker, undefined);
  });

  it('keeps an unnamed subject that can speak, without a speaker', () => {
    const found = run('与会企业负责人纷纷表示，要牢固树立安全发展理念。');
    assert.deepStrictEqual(found, [{ text: '与会企业负责人纷纷表示，要牢固树立安全发展理念。', kind: 'verb', cue: '表示' }]);
  });

  it('does not read the noun 要求/部署 as a verb', () => {
    assert.deepStrictEqual(run('按照上级要求，县里开展了专项检查。'), []);
    assert.deepStrictEqual(run('贯彻落实党中央决策部署和国务院安委会要求和相关精神。'), []);
    assert.deepStrictEqual(run('县里召开部署会，推进整治工作。'), []);
  });

  it('does not mark descriptive sentences', () => {
    assert.deepStrictEqual(run('会议由副县长何满川主持。'), []);
    assert.deepStrictEqual(run('督查组指出问题32个，已全部移交属地。'), []);
  });
});

describe('directives: modals', () => {
  it('marks 要/必须/务必/严禁/不得 opening a clause, also after a short subject', () => {
    const text = '要加强值班值守。\n全县上下必须保持高度警觉。\n各单位务必落实到位。\n严禁超员超载。\n企业不得擅自复产。';
    assert.deepStrictEqual(
      run(text).map((d) => [d.cue, d.text]),
      [
        ['要', '要加强值班值守。'],
        ['必须', '全县上下必须保持高度警觉。'],
        ['务必', '各单位务必落实到位。'],
        ['严禁', '严禁超员超载。'],
        ['不得', '企业不得擅自复产。'],
      ],
    );
  });

  it('starts a modal directive at its clause, taking the condition clause before it along', () => {
    const text = '今年以来形势总体平稳，但全县上下必须保持警觉。\n对整改不到位的单位，要通报约谈。';
    assert.deepStrictEqual(
      run(text).map((d) => d.text),
      ['但全县上下必须保持警觉。', '对整改不到位的单位，要通报约谈。'],
    );
  });

  it('ignores 要 inside 要闻/主要/重要/需要/只要/要求/要素', () => {
    const text = '本期要闻：主要负责人出席重要会议。群众需要的服务只要有就提供。这是工作要求。保障要素供给。';
    assert.deepStrictEqual(run(text), []);
  });

  it('takes 坚决/切实/确保 as orders only at a sentence start or inside a speech', () => {
    assert.deepStrictEqual(run('确保万无一失。').map((d) => d.cue), ['确保']);
    assert.deepStrictEqual(run('该县层层压实责任，确保各项工作落到实处。'), []);
    assert.deepStrictEqual(run('为贯彻上级精神，坚决遏制事故发生，该县开展专项整治。'), []);
    const speech = '邵县长强调，各地要统一思想，切实扛起责任。';
    assert.strictEqual(run(speech).length, 1);
  });

  it('inside a speech, an imperative sentence without a modal is an order of the speaker', () => {
    const text = '会议指出，形势依然严峻。持续深化安全大检查。安全生产事关群众福祉。';
    assert.deepStrictEqual(run(text), [
      { text: '会议指出，形势依然严峻。', kind: 'verb', cue: '指出', speaker: '会议' },
      { text: '持续深化安全大检查。', kind: 'verb', cue: '指出', speaker: '会议' },
    ]);
  });
});

describe('directives: enumerations', () => {
  it('carries the speaker into following paragraphs led by 一要/二要 and their modal sentences', () => {
    const text = '区长钟某某强调，要守牢底线。\n\n一要警钟长鸣，守牢安全红线。要清醒认识风险。\n\n二要聚焦重点，排查整治隐患。\n\n区安委会成员单位负责同志参加会议。\n\n要闻回顾。';
    const found = run(text);
    assert.deepStrictEqual(
      found.map((d) => [d.kind, d.cue, d.speaker ?? null, d.text]),
      [
        ['verb', '强调', '钟某某', '区长钟某某强调，要守牢底线。'],
        ['enumeration', '一要', '钟某某', '一要警钟长鸣，守牢安全红线。'],
        ['modal', '要', '钟某某', '要清醒认识风险。'],
        ['enumeration', '二要', '钟某某', '二要聚焦重点，排查整治隐患。'],
      ],
    );
  });

  it('splits 一是…；二是… and 第一，…第二，… items inside one sentence, folding the lead-in into the first', () => {
    const text = '会议要求：一是压实责任；二是排查隐患；三是强化应急。';
    assert.deepStrictEqual(
      run(text).map((d) => [d.cue, d.speaker, d.text]),
      [
        ['一是', '会议', '会议要求：一是压实责任；'],
        ['二是', '会议', '二是排查隐患；'],
        ['三是', '会议', '三是强化应急。'],
      ],
    );
    assert.deepStrictEqual(
      run('第一，要聚焦重点领域，第二，要压实责任。').map((d) => [d.cue, d.text]),
      [
        ['第一', '第一，要聚焦重点领域'],
        ['第二', '第二，要压实责任。'],
      ],
    );
  });

  it('takes （一） at a clause start and 一、 / 1. only at a paragraph start', () => {
    assert.deepStrictEqual(run('（一）加强组织领导。').map((d) => d.cue), ['（一）']);
    assert.deepStrictEqual(run('一、总体要求\n二、重点任务').map((d) => d.cue), ['一、', '二、']);
    assert.deepStrictEqual(run('全年共检查企业1、2季度各百家。'), []);
  });

  it('does not mistake 统一要求, 第一年 or 一是一 phrases at no clause start for markers', () => {
    assert.deepStrictEqual(run('按照统一要求，三年行动的第一年取得成效。'), []);
  });
});

describe('directives: boundaries', () => {
  it('skips excluded spans and forgets the speech across them', () => {
    const body = '县长邵一鸣强调，要守牢底线。\n';
    const footer = '授权转载务必注明来源。\n';
    const after = '要加强宣传。';
    const text = body + footer + after;
    const all = run(text);
    assert.ok(all.some((d) => d.cue === '务必'));
    const found = run(text, { exclude: [{ start: body.length, end: body.length + footer.length - 1 }] });
    assert.deepStrictEqual(found.map((d) => [d.cue, d.speaker ?? null]), [
      ['强调', '邵一鸣'],
      ['要', null],
    ]);
  });

  it('ends the speech at a narrative paragraph', () => {
    const text = '邵县长强调，要守牢底线。\n上午，县长带队检查了两家企业。\n要加强宣传。';
    const found = run(text);
    assert.deepStrictEqual(
      found.map((d) => [d.text, d.speaker ?? null]),
      [
        ['邵县长强调，要守牢底线。', '邵县长'],
        ['要加强宣传。', null],
      ],
    );
  });

  it('does not split sentences at mojibake question marks or semicolons inside parentheses', () => {
    const text = '要推进工程领域?qū)m椪?,大力推进整治。\n要实行“抓四包”机制(区领导包乡镇;部门包企业)。';
    assert.deepStrictEqual(
      run(text).map((d) => d.text),
      ['要推进工程领域?qū)m椪?,大力推进整治。', '要实行“抓四包”机制(区领导包乡镇;部门包企业)。'],
    );
  });

  it('handles empty text and text without orders', () => {
    assert.deepStrictEqual(run(''), []);
    assert.deepStrictEqual(run('\n\n　　\n'), []);
  });
});

describe('directives: cue tables', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const cues = require('../../../../src/core/analysis/directives/cues') as typeof import('../../../../src/core/analysis/directives/cues');

  it('modalAt recognises every listed modal with its strength, and nothing else', () => {
    for (const m of cues.STRONG_MODALS) assert.deepStrictEqual({ ...cues.modalAt(`${m}加强`, 0) }, { cue: m, strong: true }, m);
    for (const m of cues.WEAK_MODALS) assert.deepStrictEqual({ ...cues.modalAt(`${m}加强`, 0) }, { cue: m, strong: false }, m);
    for (const w of ['必要', '务实', '严格', '不断', '坚持', '切割', '确定', '需要']) assert.strictEqual(cues.modalAt(w, 0), undefined, w);
  });

  it('reporting verbs are two characters with distinct first characters (nextVerb relies on it)', () => {
    assert.ok(cues.VERB_CUES.every((v) => v.length === 2));
    assert.strictEqual(new Set(cues.VERB_CUES.map((v) => v[0])).size, cues.VERB_CUES.length);
    const text = '会议强调，要求各地按照部署号召群众。';
    const found: string[] = [];
    for (let at = cues.nextVerb(text, 0, text.length); at >= 0; at = cues.nextVerb(text, at + 2, text.length)) found.push(cues.verbAt(text, at));
    assert.deepStrictEqual(found, ['强调', '要求', '部署', '号召']);
  });

  it('isModalYao: 要 is modal before a verb, not inside 主要/重要/需要/只要/要闻/要求/要素/要不然', () => {
    const at = (s: string) => cues.isModalYao(s, s.indexOf('要'));
    for (const s of ['要加强', '还要抓好', '要不断完善', '要“回头看”']) assert.ok(at(s), s);
    for (const s of ['主要领导', '重要指示', '需要关注', '只要坚持', '要闻', '工作要求', '要素保障', '要不然', '要。']) assert.ok(!at(s), s);
  });
});

describe('directives: degenerate input', () => {
  it('finds nothing in runs of punctuation or of 要, and one order per repeated sentence', () => {
    assert.deepStrictEqual(findDirectives('，'.repeat(200_000)), []);
    assert.deepStrictEqual(findDirectives('；'.repeat(200_000)), []);
    assert.deepStrictEqual(findDirectives('（'.repeat(200_000)), []);
    assert.ok(findDirectives('要'.repeat(200_000)).length <= 1);
    const sentence = '要加强值班值守。';
    assert.strictEqual(findDirectives(sentence.repeat(20_000)).length, 20_000);
  });

  it('does not let a paragraph of countless reporting verbs stall or invent a speaker', () => {
    const found = findDirectives('王某强调，'.repeat(50_000));
    assert.ok(found.every((d) => d.speaker === undefined));
  });
});
