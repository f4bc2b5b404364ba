import * as assert from 'assert';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import { findDirectives } from '../../../../src/core/analysis/directives';
import type { Directive } from '../../../../src/core/analysis/types';
import type { Span } from '../../../../src/core/text/types';
import { simplifiedArticle } from '../boilerplate/realArticles';
import { assertWellFormed } from '../boilerplate/spans';

/**
 * Directives of the five real articles, read by hand. Each article runs twice: with the officials'
 * mentions (as findOfficials supplies them; built here from the names read in the article) and with
 * none, where the name-like fallback must reach the same speakers.
 */

function mentionsOf(text: string, names: string[]): { name: string; mentions: Span[] }[] {
  return names.map((name) => {
    const mentions: Span[] = [];
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) mentions.push({ start: at, end: at + name.length });
    return { name, mentions };
  });
}

/** The directive whose text starts with `snippet` (searched from the snippet's first occurrence). */
function startingWith(text: string, found: Directive[], snippet: string): Directive {
  const at = text.indexOf(snippet);
  assert.ok(at >= 0, `article lacks ${snippet}`);
  const d = found.find((x) => x.start === at);
  assert.ok(d, `no directive starts at ${snippet}; starts: ${found.map((x) => text.slice(x.start, x.start + 6)).join(' | ')}`);
  return d;
}

function covering(found: Directive[], text: string, snippet: string): Directive | undefined {
  const at = text.indexOf(snippet);
  assert.ok(at >= 0, `article lacks ${snippet}`);
  return found.find((d) => d.start <= at && at + snippet.length <= d.end);
}

const OFFICIALS: Record<string, string[]> = {
  '000': ['钟晓咏', '王宏伟', '高世昀'],
  '001': ['杨小菁', '金俊峰', '姚少杰', '张彦', '肖辉'],
  '002': ['朱鹏', '陈杰', '郭尚礼', '卫再学', '崔元斌', '董旭光', '张保安'],
  '003': ['高鹏凌', '陶剑锋', '王永生', '何金虎', '余新颜', '张夕谦'],
  '004': ['桂砺锋'],
};

for (const withMentions of [true, false]) {
  describe(`directives: the five real articles (${withMentions ? 'with officials’ mentions' : 'name fallback only'})`, () => {
    const analyse = (id: string) => {
      const text = simplifiedArticle(id);
      const exclude = findBoilerplate(text);
      const found = findDirectives(text, { exclude, speakers: withMentions ? mentionsOf(text, OFFICIALS[id]) : undefined });
      assertWellFormed(found, text);
      return { text, found };
    };

    it('000: 钟晓咏强调 and the three enumerated orders under him', () => {
      const { text, found } = analyse('000');
      const lead = startingWith(text, found, '钟晓咏强调');
      assert.deepStrictEqual([lead.kind, lead.cue, lead.speaker], ['verb', '强调', '钟晓咏']);
      for (const [marker, cue] of [
        ['一要警钟长鸣', '一要'],
        ['二要聚焦重点', '二要'],
        ['三要夯实责任', '三要'],
      ]) {
        const d = startingWith(text, found, marker);
        assert.deepStrictEqual([d.kind, d.cue, d.speaker], ['enumeration', cue, '钟晓咏'], marker);
      }
      const modal = startingWith(text, found, '要举一反三');
      assert.deepStrictEqual([modal.kind, modal.cue, modal.speaker], ['modal', '要', '钟晓咏']);
      assert.strictEqual(covering(found, text, '会议由王宏伟主持'), undefined);
      assert.strictEqual(covering(found, text, '负责同志参加会议'), undefined);
      // Nothing inside the related-article list or the footer.
      const related = text.indexOf('猜你喜欢');
      assert.ok(found.every((d) => d.end <= related));
    });

    it('001: 会议 for the opening 强调, then 杨小菁 through each of her paragraphs', () => {
      const { text, found } = analyse('001');
      const opening = startingWith(text, found, '强调要全力以赴');
      assert.deepStrictEqual([opening.kind, opening.speaker], ['verb', '会议']);
      for (const lead of ['杨小菁要求,要守土必有责', '杨小菁强调,要守土必负责', '杨小菁强调,要守土必尽责']) {
        const d = startingWith(text, found, lead);
        assert.strictEqual(d.speaker, '杨小菁', lead);
      }
      for (const inner of ['要坚决遏制节日期间', '要全面强化社会共治', '对工作推动和落实不力的要']) {
        const d = covering(found, text, inner);
        assert.ok(d, inner);
        assert.strictEqual(d.speaker, '杨小菁', inner);
      }
      // The inspection paragraph is narration: no order in it.
      assert.strictEqual(covering(found, text, '带队,以“四不两直”方式'), undefined);
    });

    it('002: 会议指出 / 会议强调 and the semicolon-separated orders to each addressee', () => {
      const { text, found } = analyse('002');
      const pointed = startingWith(text, found, '会议指出');
      assert.deepStrictEqual([pointed.kind, pointed.cue, pointed.speaker], ['verb', '指出', '会议']);
      const stressed = startingWith(text, found, '会议强调');
      assert.deepStrictEqual([stressed.kind, stressed.cue, stressed.speaker], ['verb', '强调', '会议']);
      for (const addressee of ['各级党委政府要按照', '主要领导要认真落实', '各行业主管部门要按照', '企业要履行好主体责任', '各级安委会办公室要']) {
        const d = startingWith(text, found, addressee);
        assert.deepStrictEqual([d.kind, d.speaker], ['modal', '会议'], addressee);
      }
      const imperative = startingWith(text, found, '持续深化安全生产大检查');
      assert.strictEqual(imperative.speaker, '会议');
      // The city's own order in the lead (要求全市上下…) has no named speaker.
      assert.strictEqual(startingWith(text, found, '要求全市上下').speaker, undefined);
      // The reprint notice says 务必, but it is boilerplate.
      assert.strictEqual(covering(found, text, '授权转载务必注明来源'), undefined);
    });

    it('003: 高鹏凌指出 / 高鹏凌强调 and the orders under them; not the headline', () => {
      const { text, found } = analyse('003');
      assert.strictEqual(startingWith(text, found, '高鹏凌指出').speaker, '高鹏凌');
      const stresses = found.filter((d) => d.cue === '强调' && d.kind === 'verb' && text.startsWith('高鹏凌强调', d.start));
      assert.strictEqual(stresses.length, 2);
      assert.ok(stresses.every((d) => d.speaker === '高鹏凌'));
      const must = startingWith(text, found, '全市上下必须保持高度警觉');
      assert.deepStrictEqual([must.kind, must.cue, must.speaker], ['modal', '必须', '高鹏凌']);
      assert.strictEqual(startingWith(text, found, '监管部门要加强').speaker, '高鹏凌');
      assert.strictEqual(covering(found, text, '会议上强调'), undefined, 'the headline is not an order');
      assert.strictEqual(covering(found, text, '作了发言'), undefined);
    });

    it('004: a descriptive report: only the reported commitments, without official speakers', () => {
      const { text, found } = analyse('004');
      assert.deepStrictEqual(
        found.map((d) => [d.cue, d.speaker ?? null]),
        [
          ['表示', null],
          ['表示', null],
        ],
      );
      assert.ok(covering(found, text, '纷纷表示,要牢固树立'));
      // 坚决/确保 in narration are not orders.
      assert.strictEqual(covering(found, text, '坚决遏制较大以上事故发生'), undefined);
      assert.strictEqual(covering(found, text, '确保各项工作落到实处'), undefined);
    });
  });
}
