import * as assert from 'assert';
import { prepare } from '../../../../src/core/text';
import { sharedArticle } from '../../helpers/paths';
import { analyse } from './helpers';

/**
 * The five real scraped articles in ../shared/corpus, read as the extension reads them (cleaned, and
 * converted to Simplified for 001–003). What is asserted was read from the articles by hand: every
 * official with the titles the article gives, in order of first mention, how often each is named
 * (title mentions, bare mentions), and the people credited who are not officials.
 */
interface Expected {
  officials: Array<[name: string, titles: string[], mentions: number]>;
  people: Array<[name: string, roles: string[]]>;
}

const EXPECTED: Record<string, Expected> = {
  // 徐汇区 safety meeting (Simplified); a 猜你喜欢 list and a footer after the credits.
  '000': {
    officials: [
      ['钟晓咏', ['区委副书记', '区长'], 2],
      ['王宏伟', ['区委常委', '常务副区长'], 2],
      ['高世昀', ['副区长'], 1],
    ],
    people: [
      ['姚丽敏', ['记者']],
      ['朱亮', ['记者']],
      ['陈思宜', ['编辑']],
      ['焦旸越', ['校对']],
    ],
  },
  // 青浦区 (Traditional with pinyin): one title before a two-name list, a long run of bare mentions.
  '001': {
    officials: [
      ['杨小菁', ['区委副书记', '区长'], 7],
      ['金俊峰', ['区委常委', '副区长'], 2],
      ['姚少杰', ['副区长'], 1],
      ['张彦', ['副区长'], 1],
      ['肖辉', ['副区长'], 1],
      ['习近平', ['总书记'], 2],
    ],
    people: [],
  },
  // 运城 (Traditional): the padded byline and one title before a four-name list.
  '002': {
    officials: [
      ['朱鹏', ['市委副书记', '市长'], 1],
      ['陈杰', ['市委常委', '常务副市长'], 1],
      ['郭尚礼', ['副市长'], 1],
      ['卫再学', ['副市长'], 1],
      ['崔元斌', ['副市长'], 1],
      ['董旭光', ['副市长'], 1],
      ['张保安', ['市政府秘书长'], 1],
    ],
    people: [['张越', ['记者']]],
  },
  // 巴中 (Traditional): a three-title chain, the headline names the speaker, a group label.
  '003': {
    officials: [
      ['高鹏凌', ['市委副书记', '市长', '市安委会主任'], 5],
      ['习近平', ['总书记'], 3],
      ['陶剑锋', ['市领导'], 1],
      ['王永生', ['市领导'], 1],
      ['何金虎', ['市领导'], 1],
      ['余新颜', ['市领导'], 1],
      ['张夕谦', ['市政府秘书长'], 1],
    ],
    people: [],
  },
  // 冷水滩 (Simplified): 区领导包乡镇 (no name), correspondents credited twice, a menu of place names.
  '004': {
    officials: [
      ['习近平', ['总书记'], 4],
      ['桂砺锋', ['区委副书记', '区长'], 1],
    ],
    people: [
      ['廖友金', ['通讯员', '作者']],
      ['奉保武', ['通讯员', '作者']],
      ['曾令华', ['通讯员', '作者']],
      ['周文君', ['编辑']],
    ],
  },
};

describe('officials: the five real articles', () => {
  for (const [prefix, expected] of Object.entries(EXPECTED)) {
    it(`article ${prefix}`, () => {
      const text = prepare(sharedArticle(prefix)).text;
      const r = analyse(text);
      assert.deepStrictEqual(
        r.officials.map((o) => [o.name, o.titles, o.mentions.length]),
        expected.officials,
      );
      assert.deepStrictEqual(
        r.people.map((p) => [p.name, p.roles]),
        expected.people,
      );
      for (const o of r.officials) {
        for (const m of o.mentions) assert.strictEqual(text.slice(m.start, m.end), o.name);
        assert.strictEqual(o.mentions.length, text.split(o.name).length - 1, `every occurrence of ${o.name} is a mention`);
      }
    });
  }

  it('article 002: the byline reporter is a person, spaces and all', () => {
    const text = prepare(sharedArticle('002')).text;
    const [person] = analyse(text).people;
    assert.strictEqual(person.name, '张越');
    assert.strictEqual(person.role, '记者');
    assert.strictEqual(text.slice(person.mentions[0].start, person.mentions[0].end), '张 越');
  });

  it('article 003: the title spans are the chain before the name', () => {
    const text = prepare(sharedArticle('003')).text;
    const o = analyse(text).officials[0];
    assert.deepStrictEqual(
      o.titleSpans.map((s) => text.slice(s.start, s.end)),
      ['市委副书记', '市长', '市安委会主任'],
    );
  });
});
