import { hanLengthAt, isNameDot } from './chars';
import { WordSet } from './wordset';

/**
 * Mongolian and Tibetan personal names have no surname and run longer than four characters
 * (额尔敦巴特尔, 洛桑江村, 次仁多吉). They are transliterated from a small stock of name elements, so a
 * name is recognised as a sequence of known elements. Uyghur, Kazakh and foreign names are written with a
 * middle dot (雪克来提·扎克尔) and recognised by the dot.
 */
const ELEMENTS = new WordSet([
  // Mongolian
  '额尔敦', '额尔登', '额尔德尼', '巴特尔', '巴特', '巴图', '巴雅尔', '巴音', '巴根那', '宝音', '宝力道',
  '布和', '布仁', '布赫', '朝鲁', '朝克', '朝格图', '孟和', '孟克', '苏和', '苏日', '乌力吉', '乌兰',
  '乌云', '乌恩', '乌日娜', '其其格', '其木格', '图雅', '图门', '那仁', '娜仁', '那顺', '斯琴', '达来',
  '阿拉坦', '格日勒', '吉日嘎拉', '敖其尔', '毕力格', '满都拉', '特木尔', '特古斯', '哈斯', '呼和',
  '赛音', '道尔吉', '扎那', '青格勒', '阿木古楞', '陶克陶', '吉雅', '萨仁', '高娃', '塔娜', '白音',
  '额日和木', '胡日查', '嘎拉', '图布信', '达赖', '苏布道', '阿古拉', '额日敦', '格根', '查干', '巴雅斯古楞',
  '宝力德', '德力格尔', '额尔德木图', '那木吉拉', '乌日图', '阿拉腾', '巴雅尔图', '敖登', '格日乐图', '苏德',
  '孟根', '朝鲁门', '哈斯巴根', '布仁巴雅尔', '额尔敦仓', '萨其拉', '那日苏', '斯琴图', '乌兰图雅', '伊拉图',
  '图雅', '阿如汗', '呼斯勒', '乌日根', '额尔很', '白乙拉', '宝音德力格尔', '吉仁泰', '朝格吉乐图', '达林太',
  '乌恩其', '敖日格勒', '都固尔', '扎拉嘎', '其其格玛', '娜仁高娃', '萨日娜', '高娃', '阿拉木斯',
  // Tibetan
  '洛桑', '扎西', '次仁', '多吉', '旺堆', '顿珠', '尼玛', '达瓦', '格桑', '平措', '央金', '卓玛', '白玛',
  '索朗', '普布', '益西', '丹增', '群培', '拉巴', '边巴', '巴桑', '欧珠', '罗布', '强巴', '其美', '德吉',
  '嘎玛', '赤列', '贡嘎', '江村', '土登', '坚参', '坚赞', '朗杰', '旦增', '曲珍', '拉姆', '德庆', '仁增',
  '次旦', '单增', '多布杰', '明久', '桑珠', '旺姆', '次珍', '普琼', '嘎桑', '拉珍', '泽仁', '泽旺', '扎巴',
  '降措', '格列', '阿旺', '晋美', '加措', '嘉措', '才让', '才旦', '吉多', '更登', '索南', '多杰', '卓嘎',
  '巴珠', '拉姆', '玉珍', '央宗', '措姆', '洛追', '平措', '旺久', '罗布', '次仁', '多布', '尼玛', '普赤',
]);

/** The middle dots isNameDot accepts, as code units (asked before any list is built). */
const NAME_DOTS: readonly number[] = ['·', '•', '‧', '・', '▪'].map((d) => d.charCodeAt(0));

/** At most this many elements, and this many characters, in one name. */
const MAX_ELEMENTS = 4;
const MAX_LENGTH = 10;

/**
 * Ends of the element sequences starting at `i`, shortest first (额尔敦 → [3, 6] for 额尔敦巴特尔), each
 * with the number of elements. Greedy per element, which suffices: elements are not prefixes of each
 * other in ways that need backtracking across more than one step.
 */
export function minorityNameEnds(text: string, i: number): Array<{ end: number; elements: number }> {
  const out: Array<{ end: number; elements: number }> = [];
  let p = i;
  for (let k = 0; k < MAX_ELEMENTS; k++) {
    const l = ELEMENTS.longestAt(text, p);
    if (!l || p + l - i > MAX_LENGTH) break;
    p += l;
    out.push({ end: p, elements: k + 1 });
  }
  return out;
}

/**
 * Possible ends of a dotted name (雪克来提·扎克尔, 阿不都热依木·买买提) starting at `i`: the last part may
 * run into the following words (扎克尔出席), so every length of it is a candidate. Empty when there is no dot.
 */
export function dottedNameEnds(text: string, i: number): number[] {
  // Most names have no dot: look for one after the first part before building any list.
  let q = i;
  for (let k = 0; k < 8; k++) {
    const l = hanLengthAt(text, q);
    if (!l) break;
    q += l;
  }
  if (q === i || q >= text.length || !NAME_DOTS.includes(text.charCodeAt(q)) || !hanLengthAt(text, q + 1)) return [];
  let p = i;
  let parts = 0;
  for (;;) {
    const partStart = p;
    const ends: number[] = [];
    while (ends.length < 8) {
      const l = hanLengthAt(text, p);
      if (!l) break;
      p += l;
      ends.push(p);
    }
    if (!ends.length) return [];
    parts++;
    if (parts < 4 && isNameDot(text[p]) && hanLengthAt(text, p + 1)) {
      p++;
      continue;
    }
    return parts >= 2 && partStart > i ? ends : [];
  }
}
