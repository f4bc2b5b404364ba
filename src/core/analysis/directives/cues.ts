/**
 * The words that make a sentence an order, and the tests that tell them from the same characters in
 * other words (主要, 重要, 需要, 要闻, 要求 as a noun …).
 */

/** Reporting verbs: `钟某强调，…`, `会议指出，…`. */
export const VERB_CUES = ['强调', '指出', '要求', '提出', '表示', '部署', '号召', '叮嘱'] as const;
/** Second code unit of each reporting verb, keyed by its first (all are two characters, first ones distinct). */
const VERB_SECOND = new Map(VERB_CUES.map((v) => [v.charCodeAt(0), v.charCodeAt(1)]));
const VERB_BY_FIRST = new Map(VERB_CUES.map((v) => [v.charCodeAt(0), v]));

/** Start of the next reporting verb in [from, end), or -1; `verbAt` gives which. No allocation. */
export function nextVerb(text: string, from: number, end: number): number {
  for (let i = from; i + 1 < end; i++) {
    const second = VERB_SECOND.get(text.charCodeAt(i));
    if (second !== undefined && text.charCodeAt(i + 1) === second) return i;
  }
  return -1;
}

export function verbAt(text: string, i: number): string {
  return VERB_BY_FIRST.get(text.charCodeAt(i))!;
}
/** Verbs that order whatever follows (`要求镇街…`); 指出/表示 also report facts (`指出问题32个`). */
export const ORDERING_VERBS = new Set(['强调', '要求', '号召', '叮嘱']);
/** Verbs that are mostly nouns in this genre (决策部署, 提出的问题): they need a named subject. */
export const STRICT_VERBS = new Set(['部署', '提出']);

/** Modals that order wherever they stand after a short subject: `各级各部门要…`, `全市上下必须…`.
 * (modalAt() recognises exactly these by code unit; the unit tests hold the two together.) */
export const STRONG_MODALS = ['必须', '务必', '严禁', '不得', '不要', '要'] as const;
/**
 * Adverbs that also describe (`层层压实责任，确保各项工作落到实处`): they order only at the start of a
 * sentence, or inside a speech already introduced by a reporting verb.
 */
export const WEAK_MODALS = ['坚决', '切实', '确保'] as const;

const codes = (chars: string) => new Set([...chars].map((c) => c.charCodeAt(0)));
const YAO = 0x8981; // 要
const BU = 0x4e0d; // 不

/** Words ending in 要 where 要 is not a modal (主要, 重要, 需要, 只要 …). */
const YAO_AFTER = codes('主重需只必首次纪摘简概提扼机政显紧险想快将索讨纲精撮');
/** Words starting with 要 where 要 is not a modal (要求, 要闻, 要素 …). */
const YAO_BEFORE = codes('求是么闻素点害件塞旨义略案账挟价');
/** `要不然`, `要不是`, `要不要` are not orders; `要不断`, `要不折不扣` are. */
const YAO_BU_NOT_MODAL = codes('然是要得');

function isHanCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/**
 * Whether the 要 at `i` is the modal "must" rather than part of another word. Works on code units:
 * this runs at almost every 要 of a document, and one-character strings of CJK text are allocations.
 */
export function isModalYao(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== YAO) return false;
  const prev = i > 0 ? text.charCodeAt(i - 1) : -1;
  const next = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if (YAO_AFTER.has(prev) || YAO_BEFORE.has(next)) return false;
  if (next === BU && YAO_BU_NOT_MODAL.has(text.charCodeAt(i + 2))) return false;
  // 要 before punctuation or at the end is not "must" followed by a verb.
  return isHanCode(next) || next === 0x201c || next === 0x300c;
}

export interface ModalHit {
  readonly cue: string;
  readonly strong: boolean;
}
const hit = (cue: string, strong: boolean): ModalHit => Object.freeze({ cue, strong });
const MUST = hit('必须', true);
const BY_ALL_MEANS = hit('务必', true);
const STRICTLY_FORBIDDEN = hit('严禁', true);
const MAY_NOT = hit('不得', true);
const DO_NOT = hit('不要', true);
const SHALL = hit('要', true);
const RESOLUTELY = hit('坚决', false);
const EARNESTLY = hit('切实', false);
const ENSURE = hit('确保', false);

/** The modal starting exactly at `i`, if any (shared frozen results: no allocation per call). */
export function modalAt(text: string, i: number): ModalHit | undefined {
  const next = text.charCodeAt(i + 1);
  switch (text.charCodeAt(i)) {
    case YAO:
      return isModalYao(text, i) ? SHALL : undefined;
    case 0x5fc5: // 必须
      return next === 0x987b ? MUST : undefined;
    case 0x52a1: // 务必
      return next === 0x5fc5 ? BY_ALL_MEANS : undefined;
    case 0x4e25: // 严禁
      return next === 0x7981 ? STRICTLY_FORBIDDEN : undefined;
    case BU: // 不得, 不要
      if (next === 0x5f97) return MAY_NOT;
      return next === YAO && isModalYao(text, i + 1) ? DO_NOT : undefined;
    case 0x575a: // 坚决
      return next === 0x51b3 ? RESOLUTELY : undefined;
    case 0x5207: // 切实
      return next === 0x5b9e ? EARNESTLY : undefined;
    case 0x786e: // 确保
      return next === 0x4fdd ? ENSURE : undefined;
    default:
      return undefined;
  }
}

/** Connectives and adverbs that may stand before a modal at the start of a clause: `同时，要…`, `还要…`. */
const LEAD_ADVERB = /(同时|并且|而且|此外|另外|特别是|尤其是|尤其|首先|其次|再次|最后|今后|下一步|一定|始终|真正|还|也|更|都|就|并|又)/y;

const ADVERB_FIRST = codes('同并而此另特尤首其再最今下一始真还也更都就又');

/** Position after optional leading adverbs at `start` (bounded to a few words). */
export function skipLeadAdverbs(text: string, start: number, end: number): number {
  let i = start;
  for (let k = 0; k < 3 && i < end && ADVERB_FIRST.has(text.charCodeAt(i)); k++) {
    LEAD_ADVERB.lastIndex = i;
    const m = LEAD_ADVERB.exec(text);
    if (!m || i + m[0].length > end) break;
    i += m[0].length;
  }
  return i;
}

/** Enumeration markers at a clause start: `一要`, `二是`, `第三，`, `（四）`, `(1)`. */
const ENUM_CLAUSE = /(?:[一二三四五六七八九十]{1,3}[要是](?=[\u4e00-\u9fff“「])|第[一二三四五六七八九十]{1,3}(?=[，,、：:])|[（(][一二三四五六七八九十]{1,3}[)）]|[（(]\d{1,2}[)）])/y;
/** Markers that open a paragraph only (`一、`, `1.`): mid-sentence they are ordinary numbers. */
const ENUM_PARAGRAPH = /(?:[一二三四五六七八九十]{1,3}、|\d{1,2}[、.．](?![\d.．]))/y;

const ENUM_FIRST = codes('一二三四五六七八九十第（(0123456789');

export function enumerationAt(text: string, i: number, paragraphStart: boolean): string | undefined {
  if (!ENUM_FIRST.has(text.charCodeAt(i))) return undefined;
  ENUM_CLAUSE.lastIndex = i;
  let m = ENUM_CLAUSE.exec(text);
  if (!m && paragraphStart) {
    ENUM_PARAGRAPH.lastIndex = i;
    m = ENUM_PARAGRAPH.exec(text);
  }
  return m ? m[0] : undefined;
}

/**
 * Imperative openers: in a speech introduced by `强调`, a sentence such as `持续深化安全生产大检查` or
 * `加大执法力度` is an order even without a modal.
 */
const IMPERATIVE = new RegExp(
  '(坚持|加强|强化|持续|全力|深入|扎实|严格|进一步|着力|推动|推进|加快|加大|健全|完善|落实|压实|聚焦|紧盯|重点|积极|大力|' +
    '全面|认真|层层|及时|狠抓|抓好|抓实|抓紧|抓住|做好|做到|提高|提升|建立|开展|督促|统筹|牢固树立|树牢|筑牢|守牢|严防|严厉|' +
    '严肃|不断|始终|时刻|主动|迅速|立即|广泛|依法|精准|坚定|深化|优化|细化|夯实|突出|强力|全方位|从严|高度重视|务实|盯紧|' +
    '加紧|压紧|织密|扛起|扛牢|守住|守牢|牢牢|坚守|杜绝|防止|防范|遏制|严把|规范|建好|用好|管好)',
  'y',
);

export function isImperativeAt(text: string, i: number): boolean {
  IMPERATIVE.lastIndex = i;
  return IMPERATIVE.test(text);
}
