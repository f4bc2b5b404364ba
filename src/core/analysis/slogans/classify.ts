/**
 * What a quoted piece of text is. Government reports quote four different things, and only the first
 * is a slogan:
 *  - formulations: `四不两直`, `时时放心不下`, `党政同责、一岗双责、齐抓共管、失职追责`, `1+2+15`,
 *    and the three-character campaign formulas `煤改气`, `回头看`, `多小散`, `五进`;
 *  - terms or ironic words: `红线`, `责任`, `黑气` — a two-character word singled out is a term, not a
 *    formulation, unless it opens with a numeral (`五进`, `双减`);
 *  - quotations of speech or text: long, sentence-like (`我们一定把这件事办好了`);
 *  - names of campaigns, columns or works: `2020年…保障年`, `…`栏目, and anything inside 《》.
 */
export type QuoteVerdict = 'slogan' | 'term' | 'quotation' | 'name';

/** Numerals that open numbered formulations (`五进`, `双主任`, `三合一`, `一张网`). */
const NUMERAL = /[一二三四五六七八九十百千万两双0-9]/;
const NUMERIC_FORMULA = /^[0-9A-Za-z]{1,4}(\s*\+\s*[0-9A-Za-z]{1,4})+$/;
/** Separators between the parallel units of a slogan. */
const SEGMENT_SEP = /[，、,；;\s·・]+/;
const SENTENCE_MARK = /[。！？!?:：]/;
const SPEECH_END = /[了吗呢吧啊呀嘛哦哈]$/;
const PRONOUN = /我们|你们|他们|她们|咱们|大家|[我你他她]/;
const FUNCTION_WORD = /[的了着过把被]/g;
/** What a quote followed by these is: `“责任”二字`, `“…”一文`, `“…”栏目`. */
const FOLLOWED_BY_WORD_MENTION = /^(二字|两字|[一二三四五六七八九十]个?字|一词|这个词|一语)/;
const FOLLOWED_BY_WORK = /^(一书|一文|一诗|栏目|专栏|节目|专题片|纪录片|公众号|微信公众号|客户端|APP|杂志|丛书|系列报道)/i;

const MAX_SLOGAN_HAN = 30;
const MAX_SEGMENT_HAN = 14;
/** Shortest slogan without a numeral: two characters in quotes are a term (`红线`, `责任`). */
const MIN_PLAIN_SLOGAN_HAN = 3;

function countHan(s: string): number {
  let n = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x20000 && c <= 0x3134f)) n++;
  }
  return n;
}

/**
 * Classifies `content`, the text between a pair of quotes; `after` is the text just after the closing
 * quote (a few characters are enough).
 */
export function classifyQuote(content: string, after: string): QuoteVerdict {
  const t = content.normalize('NFKC').trim();
  if (t.length === 0) return 'term';
  if (FOLLOWED_BY_WORK.test(after)) return 'name';
  if (FOLLOWED_BY_WORD_MENTION.test(after)) return 'term';
  if (NUMERIC_FORMULA.test(t)) return 'slogan';
  if (/[《》〈〉]/.test(t)) return 'quotation';
  // A campaign or event named with its year: `2020年冷水滩区…保障年`活动.
  if (/^(19|20)\d{2}年?/.test(t)) return 'name';

  const han = countHan(t);
  if (han < 2) return 'term';
  if (SENTENCE_MARK.test(t.replace(/[。！？!?]$/, '')) || /[。！？!?]$/.test(t) && han > 12) return 'quotation';
  if (han > MAX_SLOGAN_HAN) return 'quotation';
  const segments = t.split(SEGMENT_SEP).filter((s) => s.length > 0);
  if (segments.some((s) => countHan(s) > MAX_SEGMENT_HAN)) return 'quotation';
  // `…了吗` ends spoken sentences; in parallel units (`打早、打小、打了`) 了 is part of a verb.
  if (segments.length === 1 && SPEECH_END.test(t) && han > 4) return 'quotation';
  if (han > 6 && PRONOUN.test(t) && !/^我为/.test(t)) return 'quotation';
  if (han > 12 && (t.match(FUNCTION_WORD)?.length ?? 0) >= 2) return 'quotation';

  if (han < MIN_PLAIN_SLOGAN_HAN && !NUMERAL.test(t[0])) return 'term';
  return 'slogan';
}
