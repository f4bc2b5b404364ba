/**
 * Short forms of division names, as news text uses them: 运城市 → 运城, 冷水滩区 → 冷水滩,
 * 延边朝鲜族自治州 → 延边, 广西壮族自治区 → 广西, 沙县区 → 沙县.
 */

/** The 55 recognised minorities (without 族), longest first so that 柯尔克孜 wins over shorter names. */
const ETHNIC = [
  '乌孜别克', '柯尔克孜', '维吾尔', '哈萨克', '达斡尔', '鄂温克', '鄂伦春', '塔吉克', '塔塔尔', '俄罗斯',
  '土家', '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯',
  '阿昌', '普米', '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '布依', '朝鲜', '蒙古',
  '高山', '回', '藏', '苗', '彝', '壮', '满', '侗', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌',
  '怒', '京',
];

/** Administrative suffixes, longest first; 自治X is handled with the ethnic names before it. */
const SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '特区', '新区', '矿区', '省', '市', '区', '县', '盟', '旗'];

/** Banner names whose stem would end in a direction (科尔沁左翼中旗): their short is not used in text. */
const BANNER_DIRECTION = /(左翼|右翼|[左右前中后])$/;

function ethnicSuffix(s: string): string | undefined {
  for (const e of ETHNIC) {
    if (s.endsWith(e + '族')) return e + '族';
    // One-character names only with 族 (水族, 回族): a bare 水 or 白 ends ordinary place names.
    if (e.length >= 2 && s.endsWith(e)) return e;
  }
  return undefined;
}

/** Strips trailing minority names (土家族, 蒙古, 保安族东乡族撒拉族) while at least two characters remain. */
function stripEthnic(stem: string): string {
  let s = stem;
  for (let f = ethnicSuffix(s); f; f = ethnicSuffix(s)) {
    const rest = s.slice(0, -f.length);
    // The name is the people itself (鄂温克族自治旗 → 鄂温克, 鄂伦春自治旗 → 鄂伦春), or 内蒙古 stays whole.
    if (rest.length < 2) return s.endsWith('族') && s.length > 2 ? s.slice(0, -1) : s;
    s = rest;
  }
  return s;
}

/**
 * The short name of a division, or the name itself when no short form is safe (城区 would give the
 * one-character 城; development zones have no short form).
 */
export function shortName(name: string, isZone = false): string {
  if (isZone) return name;
  // Try each matching suffix: 金林区 ends in 林区 too, but only stripping 区 leaves a usable stem.
  for (const suffix of SUFFIXES) {
    if (name.length <= suffix.length || !name.endsWith(suffix)) continue;
    let stem = name.slice(0, -suffix.length);
    if (suffix.startsWith('自治') || stem.endsWith('族')) stem = stripEthnic(stem);
    if (suffix === '旗' && BANNER_DIRECTION.test(stem)) return name;
    if (stem.length >= 2) return stem;
  }
  return name;
}
