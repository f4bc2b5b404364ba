import { CharSet } from '../charset';
import { WordSet } from './wordset';

/**
 * Chinese surnames: the classical 百家姓 (single and compound), plus common modern surnames that the
 * classical list lacks (肖, 付, 兰, 覃, 闫, 苟 …). In Simplified script, since analysis runs on the
 * Simplified text.
 */

const BAIJIAXING_SINGLE =
  '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎' +
  '鲁韦昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄' +
  '和穆萧尹姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭' +
  '梅盛林刁钟徐邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚' +
  '程嵇邢滑裴陆荣翁荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫' +
  '宁仇栾暴甘钭厉戎祖武符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双' +
  '闻莘党翟谭贡劳逄姬申扶堵冉宰郦雍舄璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容' +
  '向古易慎戈廖庾终暨居衡步都耿满弘匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空' +
  '曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺权逯盖益桓公' +
  // The tail of 百家姓 pairs single surnames (晋楚 闫法 汝鄢 …) among the compound ones.
  '晋楚闫法汝鄢涂钦岳帅缑亢况琴商牟佘佴伯赏墨哈谯笪年爱阳佟言福仉督';

/** Frequent modern surnames absent from 百家姓 (肖 is the simplified form most people with 萧 now write). */
const MODERN_SINGLE =
  '肖付代兰覃冼粟麦练邝谌揭铁门展税邸战栗锁来但初矫綦隋随靖仝苑拜玉银原旷檀郄禤植迟尉修琚才亓冶' +
  '买库达苟母官衣漆卿敬蹇庹菅骞占奉续郇户沐甯侍资';

export const COMPOUND_SURNAMES: readonly string[] = [
  '万俟', '司马', '上官', '欧阳', '夏侯', '诸葛', '闻人', '东方', '赫连', '皇甫', '尉迟', '公羊', '澹台',
  '公冶', '宗政', '濮阳', '淳于', '单于', '太叔', '申屠', '公孙', '仲孙', '轩辕', '令狐', '钟离', '宇文',
  '长孙', '慕容', '鲜于', '闾丘', '司徒', '司空', '亓官', '司寇', '子车', '颛孙', '端木', '巫马', '公西',
  '漆雕', '乐正', '壤驷', '公良', '拓跋', '夹谷', '宰父', '谷梁', '段干', '百里', '东郭', '南门', '呼延',
  '归海', '羊舌', '微生', '梁丘', '左丘', '东门', '西门', '南宫', '第五',
];

/**
 * Surnames that are also everyday words or function characters (于, 和, 向, 高, 全, 安, 包 …). After a
 * title they need stronger evidence: `市长于会上指出`, `区领导包乡镇`, `市长高度重视` are not names.
 */
export const RISKY_SURNAMES = new CharSet(
  '于和向从包管查应通解干相安关盖游养闻申扶印怀符松滑费谈顾祝戴伏毕都常尚越须边终曾莫别那任何余元万' +
    '左许全高强明平时成能党国文单后家段曲封章易满广简丰红空公利师古冷路危计经房双步权益来但初原才' +
    '门户资代占达买续敬官母衣展战随靖言商年爱阳福法琴伯赏有',
);

const SINGLE: ReadonlySet<string> = new Set([...BAIJIAXING_SINGLE, ...MODERN_SINGLE]);
const COMPOUND = new WordSet(COMPOUND_SURNAMES);
/** The same single surnames, asked by code unit at every candidate position. */
const SINGLE_UNITS = new CharSet(SINGLE);

export function isSingleSurname(ch: string): boolean {
  return SINGLE.has(ch);
}

/** Length in UTF-16 units of the surname that starts at `i`, compound first; 0 if none. */
export function surnameAt(text: string, i: number): number {
  if (COMPOUND.isWordAt(text, i, i + 2)) return 2;
  return SINGLE_UNITS.at(text, i) ? 1 : 0;
}

export function surnameCount(): { single: number; compound: number } {
  return { single: SINGLE.size, compound: COMPOUND.size };
}
