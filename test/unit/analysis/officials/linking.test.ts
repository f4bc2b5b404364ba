import * as assert from 'assert';
import { analyse, mentionTexts, official, titlesByName } from './helpers';

describe('officials: later mentions link to the same official', () => {
  it('links bare mentions (王某某主持, 杨某强调)', () => {
    const text =
      '区委副书记、区长杨晓青出席，区委常委、副区长金立峰主持会议。杨晓青强调，要守土尽责。会议由金立峰主持。杨晓青要求，要压实责任。';
    const r = analyse(text);
    assert.deepStrictEqual(mentionTexts(text, r, '杨晓青'), ['杨晓青', '杨晓青', '杨晓青']);
    assert.deepStrictEqual(mentionTexts(text, r, '金立峰'), ['金立峰', '金立峰']);
    const second = official(r, '杨晓青').mentions[1];
    assert.strictEqual(second.start, text.indexOf('杨晓青强调'));
  });

  it('links a mention before the title that introduces the name (a headline)', () => {
    const text = '高振宇在全市安全生产工作会议上强调\n市委副书记、市长高振宇出席并讲话。';
    const r = analyse(text);
    assert.deepStrictEqual(official(r, '高振宇').mentions.map((m) => m.start), [0, text.lastIndexOf('高振宇')]);
  });

  it('links given-name references (致辉同志) to the official with that given name', () => {
    const text = '县委书记张致辉出席。致辉同志强调，要抓好落实。会后，致辉书记带队检查。';
    const r = analyse(text);
    assert.deepStrictEqual(mentionTexts(text, r, '张致辉'), ['张致辉', '致辉', '致辉']);
    assert.strictEqual(r.officials.length, 1);
  });

  it('links a compound surname’s given name (振华同志 → 欧阳振华)', () => {
    const text = '县委书记欧阳振华出席。振华同志指出，要守牢底线。';
    assert.deepStrictEqual(mentionTexts(text, analyse(text), '欧阳振华'), ['欧阳振华', '振华']);
  });

  it('links surname + post (钟区长) when exactly one official fits', () => {
    const text = '区委副书记、区长钟晓明出席。钟区长要求，各街镇要立即行动。';
    const r = analyse(text);
    const o = official(r, '钟晓明');
    assert.deepStrictEqual(mentionTexts(text, r, '钟晓明'), ['钟晓明', '钟']);
    assert.ok(o.titleSpans.some((s) => s.start === text.indexOf('钟区长') + 1));
  });

  it('does not link surname + post when two officials fit', () => {
    const text = '副区长张敏、张杰出席。张副区长指出，要加强巡查。';
    const r = analyse(text);
    assert.strictEqual(official(r, '张敏').mentions.length, 1);
    assert.strictEqual(official(r, '张杰').mentions.length, 1);
  });

  it('does not link a given name shared by two officials', () => {
    const text = '副市长王建华、李建华出席。建华同志强调，要压实责任。';
    const r = analyse(text);
    assert.strictEqual(official(r, '王建华').mentions.length, 1);
    assert.strictEqual(official(r, '李建华').mentions.length, 1);
  });

  it('does not take a longer name for a mention of a shorter one', () => {
    const text = '副区长张彦出席。张彦军同志参加了座谈。张彦指出，要加强检查。';
    const r = analyse(text);
    assert.deepStrictEqual(official(r, '张彦').mentions.map((m) => m.start), [3, text.lastIndexOf('张彦指出')]);
  });

  it('does not take a place for a mention of a name that looks like one (兰山, 兰山区)', () => {
    const text = '副区长兰山出席。兰山强调，要加强兰山区安全监管，兰山区各街道要立即行动。';
    const r = analyse(text);
    assert.deepStrictEqual(titlesByName(r), { 兰山: ['副区长'] });
    assert.deepStrictEqual(official(r, '兰山').mentions.map((m) => m.start), [3, 8]);
  });

  it('does not take a word for a mention of a two-character name (高峰, 用电高峰时段)', () => {
    const text = '副市长高峰出席。用电高峰时段要加强巡查，避开高峰期。高峰强调，要守牢底线。';
    const r = analyse(text);
    assert.deepStrictEqual(official(r, '高峰').mentions.map((m) => m.start), [3, text.indexOf('高峰强调')]);
  });

  it('keeps apart officials whose names share characters', () => {
    const text = '副市长王永生、王永出席。王永生指出，王永要求。';
    const r = analyse(text);
    assert.deepStrictEqual(mentionTexts(text, r, '王永生'), ['王永生', '王永生']);
    assert.deepStrictEqual(official(r, '王永').mentions.map((m) => m.start), [7, text.indexOf('王永要求')]);
  });
});
