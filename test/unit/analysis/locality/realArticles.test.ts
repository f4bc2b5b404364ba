import * as assert from 'assert';
import { findTitle } from '../../../../src/core/analysis/analyze';
import { findBoilerplate } from '../../../../src/core/analysis/boilerplate';
import { decideLocality, findPlaces } from '../../../../src/core/analysis/locality';
import { findOfficials } from '../../../../src/core/analysis/officials';
import type { Locality } from '../../../../src/core/analysis/types';
import { prepare } from '../../../../src/core/text';
import { ensureGazetteer } from '../../gazetteer/ensureGazetteer';
import { sharedArticle } from '../../helpers/paths';

interface Expected {
  where: [string, string, string | null, 'province' | 'city' | 'county'];
  /** Evidence the decision must show (regular expressions over the reasons). */
  shows: RegExp[];
  /** Names that must not be taken as places anywhere in the article. */
  notPlaces: string[];
  minConfidence: number;
}

/** What each article is about, as read from the article itself (no outside knowledge of who holds which office). */
const ARTICLES: Record<string, Expected> = {
  // 徐汇区's own meeting: headline, 区长, 区委; the related list (松江区, 南京路, 东方出版社) is noise.
  '000': {
    where: ['上海市', '上海市', '徐汇区', 'county'],
    shows: [/^headline: 徐汇区/, /区委副书记、区长钟晓咏 → county/],
    notPlaces: ['宏伟区', '东方市', '南京市', '松江区', '城区'],
    minConfidence: 0.8,
  },
  // 青浦区, named once in the opening sentence; 区长 and 全区 make it the district level.
  '001': {
    where: ['上海市', '上海市', '青浦区', 'county'],
    shows: [/青浦区/, /全区 ×3 → county/],
    notPlaces: [],
    minConfidence: 0.6,
  },
  // 运城: the paper (来源:运城日报), the venue (运城会场), 我市/全市 and the mayor; 太原 is only the venue of the province.
  '002': {
    where: ['山西省', '运城市', null, 'city'],
    shows: [/^source: 运城/, /^also named: 太原/],
    notPlaces: [],
    minConfidence: 0.6,
  },
  // The city is never named: 南江县 and 通江县 report at its meeting, so it is 巴中市; 成都 is the 大运会's.
  '003': {
    where: ['四川省', '巴中市', null, 'city'],
    shows: [/^county 南江县 → 四川省 › 巴中市 › 南江县/, /^county 通江县 → 四川省 › 巴中市 › 通江县/],
    notPlaces: ['成都市', '兴安盟', '平安区'],
    minConfidence: 0.5,
  },
  // 永州冷水滩: headline, dateline 红网时刻永州…讯, 冷水滩区委/区政府, 区长; the 县市区 menu is noise.
  '004': {
    where: ['湖南省', '永州市', '冷水滩区', 'county'],
    shows: [/^headline: 永州/, /^headline: 冷水滩/, /^dateline: 永州/],
    notPlaces: ['龙圩区', '道县', '零陵区'],
    minConfidence: 0.8,
  },
};

function where(l: Locality): (string | null)[] {
  return [l.province ?? null, l.city ?? null, l.county ?? null, l.level ?? null];
}

describe('locality: the five real articles', () => {
  before(ensureGazetteer);

  for (const [id, expected] of Object.entries(ARTICLES)) {
    describe(`article ${id}`, () => {
      let text: string;
      let exclude: { start: number; end: number }[];
      before(() => {
        text = prepare(sharedArticle(id)).text;
        exclude = findBoilerplate(text).map(({ start, end }) => ({ start, end }));
      });

      it(`is about ${expected.where.filter(Boolean).join(' › ')}, as the analysis pipeline sees it`, () => {
        const officials = findOfficials(text, { exclude }).officials;
        const l = decideLocality(text, { title: findTitle(text, exclude), officials, exclude });
        assert.deepStrictEqual(where(l), expected.where, JSON.stringify(l.evidence.slice(0, 8)));
        assert.ok(l.confidence >= expected.minConfidence, `confidence ${l.confidence}`);
        for (const re of expected.shows) assert.ok(l.evidence.some((e) => re.test(e.reason)), `${re} in ${JSON.stringify(l.evidence.map((e) => e.reason))}`);
        for (const e of l.evidence) {
          if (e.span) assert.ok(e.span.end <= text.length);
        }
      });

      it('is about the same place from its text alone (no headline, officials or boilerplate given)', () => {
        const l = decideLocality(text, {});
        assert.deepStrictEqual(where(l), expected.where);
      });

      it('names no distractor as a place', () => {
        const names = findPlaces(text, { exclude }).map((p) => p.name);
        for (const n of expected.notPlaces) assert.ok(!names.includes(n), `${n} in ${names.join(' ')}`);
      });
    });
  }
});
