/**
 * Rules that recognise one line of scraped web text as page furniture rather than article. Each rule
 * looks at one trimmed line only; rules that need neighbours (menus, related-article lists, captions
 * under an image) live in index.ts.
 *
 * The rules are deliberately anchored (line start, whole line) or bounded by line length: an article
 * paragraph that merely mentions 版权 or 编辑 in passing must never be dimmed.
 */

export type BoilerplateKind = 'navigation' | 'related' | 'copyright' | 'footer' | 'caption' | 'byline-meta' | 'share' | 'other';

/** Longest line any single-line rule considers; real furniture lines are short, article paragraphs long. */
export const MAX_FURNITURE_LINE = 300;

const BULLET = /^[•·▪■□●○◆◇▶►▸※\-*>]+\s*/;
const BULLET_CODES = new Set([...'•·▪■□●○◆◇▶►▸※-*>'].map((c) => c.charCodeAt(0)));

export interface NormalisedLine {
  /** Trimmed, without a leading bullet or zero-width characters. */
  text: string;
  /** The line started with a list bullet (`• 要闻`). */
  bullet: boolean;
}

/** The line with surrounding white space, a leading bullet and zero-width characters removed. */
export function normalise(line: string): NormalisedLine {
  const t = line.trim();
  if (t.length === 0) return { text: t, bullet: false };
  const first = t.charCodeAt(0);
  const bullet = BULLET_CODES.has(first);
  // Most lines start with a Han character: the regex work is for the few that do not.
  if (!bullet && !(first >= 0x200b && first <= 0x200d)) return { text: t, bullet };
  return { text: t.replace(/[\u200b-\u200d\ufeff]/g, '').trim().replace(BULLET, '').trim(), bullet };
}

const NAVIGATION_LEAD = /^(当前位置|您的位置|你的位置|您现在的位置|你现在的位置|您当前的位置|所在位置|当前栏目)\s*[:：]/;
const BREADCRUMB_SEP = /\s*(?:>>|»|›|＞|>|→|\/)\s*/;
const HOME_WORD = /^(首页|主页|网站首页|本站首页|home)$/i;
const RETURN_LINK = /^返回.{0,12}(首页|顶部|上一页|列表|目录|频道)/;
const PREV_NEXT = /^(阅读)?(上一篇|下一篇|上一条|下一条|上一页|下一页)/;
const NAV_WORD = /^(首页|网站首页|网站地图|联系我们|关于我们|登录|注册|English|无障碍|繁体|简体|繁體|设为首页|加入收藏|帮助|搜索)$/i;

const RELATED_HEADER = new RegExp(
  '^(猜你喜欢|相关阅读|相关新闻|相关文章|相关链接|相关报道|相关推荐|相关稿件|延伸阅读|推荐阅读|热点推荐|热门推荐|' +
    '为你推荐|为您推荐|精彩推荐|精彩图片|热门文章|热点新闻|热门新闻|最新文章|最新新闻|最新动态|往期回顾|往期精彩|' +
    '更多新闻|更多阅读|更多精彩|大家都在看|看了本文的人还看了|今日推荐|编辑推荐|图片新闻|热门阅读|点击排行|阅读排行|排行榜)' +
    '\\s*[:：]?\\s*(更多\\s*[>》»]*)?$',
);

const COPYRIGHT = [
  /ICP\s*(备|证)\s*[\d\-－]*号?/i,
  /公网安备/,
  /copyright|©|\(c\)\s*\d{4}/i,
  /未经(本网|本站|本报|本社|作者)?(书面)?(授权|允许|许可|同意).{0,20}(转载|复制|镜像|摘编|使用)/,
  /(禁止|严禁|不得)(转载|复制|镜像|摘编)/,
  /转载(请|需|务必|时请|时务必)(注明|附上|保留|联系|标明)/,
  /转载自(其它|其他)媒体|不代表本(网|站|报)(观点|立场|赞同)/,
  /(本文|本稿|此文|本作品)(为|系).{0,20}(原创|独家)/,
  /(本文|本稿|此文)(来源于|来自|转载自|转自|转载于)/,
  /^本文(链接|地址|网址)\s*[:：]/,
  /独家授权.{0,20}发布/,
];
/** Words one of which every COPYRIGHT rule needs: one scan rejects most lines before the rules run. */
const COPYRIGHT_GATE = /ICP|icp|公网安备|opyright|OPYRIGHT|©|\([cC]\)|未经|转载|不代表|本文|本稿|此文|本作品|独家授权|禁止|严禁|不得/;
/** `版权所有` is also ordinary vocabulary (版权所有人), so only short lines that are not prose count. */
const COPYRIGHT_SHORT = /版权所有|保留所有权利|all rights reserved/i;

/** Fields of a dateline such as `来源:腾讯网 发布时间:2023-08-01 19:05:52` or `来源:运城日报发布者:时间:2019-11-23`. */
const META_NAMES = '来源|信息来源|文章来源|稿件来源|新闻来源|发布时间|发布日期|发布者|发布机构|更新时间|字号|浏览次数|点击数|阅读数|阅读量|访问量|浏览量|点击量';
const META_FIELD = new RegExp(`(${META_NAMES}|时间|日期)\\s*[:：]`);
const META_LEAD = new RegExp(`^(${META_NAMES})\\s*[:：]`);
/** Bare `时间:`/`日期:` also open notices (`时间：7月1日 地点：…`), so they count only before a numeric date. */
const DATE_FIELD_LEAD = /^(时间|日期)\s*[:：]\s*\d{4}[-/.年]/;
const DATE_ONLY = /^\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?$/;

const CREDIT_LEAD = /^[[【(（]?\s*(责任编辑|责编|编辑|主编|值班编辑|审核|审校|审签|终审|初审|复审|校对|监制|记者|作者|通讯员|摄影|摄像|图片|制图|美编|实习生|统筹|策划|撰稿|文字|编审|出品人|总编辑)\s*[:：]/;
const CREDIT_BRACKETED = /^[[【(（]\s*(责任编辑|责编|编辑|审核|校对|记者|作者|通讯员|摄影)\s*[:：]?[^\]】)）]{1,40}[\]】)）]$/;
const FOOTER_TOOL = /打印本页|打印此页|打印文章|关闭窗口|关闭本页|【打印】|【关闭】|\[打印\]|\[关闭\]|返回顶部|收藏本页|字体\s*[:：]?\s*[[【]?\s*大|【字号|字号\s*[:：]\s*[大中小]/;
const FOOTER_SITE = /^(网站|联系)(联系)?(邮箱|电话|地址|方式)|^(主办单位|承办单位|主管单位|技术支持|网站标识码|举报电话|违法和不良信息|联系我们|关于我们|网站地图|网站声明|免责声明)/;

const SHARE = /分享到|分享至|一键分享|扫一扫|扫描(下方|上方|左侧|右侧)?二维码|扫码(关注|阅读|分享|下载|查看|观看|收听)|在手机上阅读|手机阅读本文|转发到|用微信扫描/;
const SHARE_TARGETS = /^((微信|微博|QQ空间|QQ|朋友圈|新浪微博|腾讯微博|豆瓣|人人网|百度|复制链接|抖音)\s*[|｜/、]?\s*){2,}$/i;

const IMAGE_FILE = /^\S{0,80}\.(jpe?g|png|gif|bmp|webp|tiff?)$/i;
const PHOTO_NOTE = /^[[【(（]?\s*(资料图片?|资料照片|网络图片|配图|示意图|图源网络|效果图|图片来自网络)\s*[\]】)）]?$/;
const CAPTION_LEAD = /^(图为|图片为|图\s*[:：]|图说\s*[:：]|图注\s*[:：]|图片来源\s*[:：]|上图|下图|左图|右图|▲|△)/;
/** `记者 王某 摄`, `（通讯员 李某 摄）`: the photographer's credit under a picture. */
const PHOTO_CREDIT = /^(?:(?:记者|通讯员|摄影|特约摄影)\s*)?[\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4})*\s+摄$/;
const PHOTO_CREDIT_BRACKETED = /^[(（](?:(?:记者|通讯员|摄影|特约摄影)\s*)?[\u4e00-\u9fff]{2,4}(?:[、\s]+[\u4e00-\u9fff]{2,4})*\s*摄[)）]$/;

const KEYWORDS = /^(关键词|关键字|标签|tags?)\s*[:：]/i;

const SENTENCE_PUNCT = /[，。！？；：,;!?]/;

/** Han characters in a string (the length that matters for Chinese furniture lines). */
export function hanCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) n++;
  }
  return n;
}

export function isRelatedHeader(t: string): boolean {
  return t.length <= 20 && RELATED_HEADER.test(t);
}

const IMAGE_EXTENSIONS = new Set(['jpg', 'jpeg', 'png', 'gif', 'bmp', 'webp', 'tif', 'tiff']);

export function isImageFile(t: string): boolean {
  const dot = t.lastIndexOf('.');
  return dot > 0 && t.length - dot <= 5 && IMAGE_EXTENSIONS.has(t.slice(dot + 1).toLowerCase()) && IMAGE_FILE.test(t);
}

export function isDateOnly(t: string): boolean {
  const c = t.charCodeAt(0);
  return c >= 0x30 && c <= 0x39 && DATE_ONLY.test(t);
}

const BREADCRUMB_GATE = /[>»›＞→/]/;
const MENU_GATE = /[\s|｜丨·•]/;
const PHOTO_CREDIT_GATE = /摄[)）]?$/;

function isBreadcrumb(t: string): boolean {
  if (t.length > 120 || !BREADCRUMB_GATE.test(t)) return false;
  const parts = t.split(BREADCRUMB_SEP).filter((p) => p.length > 0);
  if (parts.length < 2) return false;
  if (parts.some((p) => p.length > 20 || SENTENCE_PUNCT.test(p))) return false;
  return HOME_WORD.test(parts[0]) || parts.length >= 3;
}

/** A horizontal menu: `首页 | 新闻 | 政务 | 服务` or many short items in a row. */
function isMenuRow(t: string): boolean {
  if (t.length > 120 || !MENU_GATE.test(t) || SENTENCE_PUNCT.test(t)) return false;
  const explicit = /[|｜丨·•]/.test(t);
  const items = t.split(/[\s|｜丨·•]+/).filter((p) => p.length > 0);
  if (items.length < 3) return false;
  if (items.some((p) => p.length > 8)) return false;
  if (explicit) return true;
  if (items.some((p) => NAV_WORD.test(p))) return true;
  // Headlines such as `扎实部署 压实责任 突出重点 有序推进` are also short items in a row, so
  // plain spacing counts only for many very short items.
  return items.length >= 5 && items.every((p) => hanCount(p) <= 4);
}

/**
 * The kind of a single furniture line, or undefined for article text (or lines that need context).
 * `t` is a line as normaliseLine() returns it.
 */
export function classifyLine(t: string): BoilerplateKind | undefined {
  if (t.length === 0 || t.length > MAX_FURNITURE_LINE) return undefined;

  if (COPYRIGHT_GATE.test(t) && COPYRIGHT.some((re) => re.test(t))) return 'copyright';
  if (t.length <= 80 && COPYRIGHT_SHORT.test(t) && !/[，。；]/.test(t)) return 'copyright';

  if (NAVIGATION_LEAD.test(t)) return 'navigation';
  if (isRelatedHeader(t)) return 'related';

  if (t.length <= 160 && (META_LEAD.test(t) || DATE_FIELD_LEAD.test(t))) return 'byline-meta';
  if (t.length <= 160 && CREDIT_LEAD.test(t) && META_FIELD.test(t.replace(CREDIT_LEAD, ''))) return 'byline-meta';
  if (isDateOnly(t)) return 'byline-meta';

  if (t.length <= 80 && (CREDIT_LEAD.test(t) || CREDIT_BRACKETED.test(t))) return 'footer';
  if (t.length <= 60 && FOOTER_TOOL.test(t)) return 'footer';
  if (t.length <= 120 && FOOTER_SITE.test(t)) return 'footer';

  if (t.length <= 60 && (SHARE.test(t) || SHARE_TARGETS.test(t))) return 'share';

  if (isImageFile(t) || PHOTO_NOTE.test(t)) return 'caption';
  if (t.length <= 100 && CAPTION_LEAD.test(t)) return 'caption';
  if (t.length <= 40 && PHOTO_CREDIT_GATE.test(t) && (PHOTO_CREDIT.test(t) || PHOTO_CREDIT_BRACKETED.test(t))) return 'caption';

  if (t.length <= 60 && KEYWORDS.test(t)) return 'other';

  if (RETURN_LINK.test(t) && t.length <= 40) return 'navigation';
  if (PREV_NEXT.test(t) && t.length <= 80) return 'navigation';
  if (isBreadcrumb(t) || isMenuRow(t)) return 'navigation';
  return undefined;
}

/**
 * A credit in brackets glued to the end of the last paragraph, `…落到实处。（责任编辑：王某）`: the one
 * case where furniture shares a line with article text. Returns the suffix's start (an offset into
 * `text`) and its kind.
 */
const TRAILING_CREDIT = /[[【(（]\s*(责任编辑|责编|编辑|审核|校对|记者|作者|通讯员|摄影|来源|稿件来源|信息来源)\s*[:：][^\]】)）\n]{1,40}[\]】)）]\s*$/;
export function trailingFurniture(text: string, lineStart: number, lineEnd: number): { start: number; kind: BoilerplateKind } | undefined {
  let last = lineEnd - 1;
  while (last > lineStart && (text.charCodeAt(last) <= 0x20 || text.charCodeAt(last) === 0x3000)) last--;
  const c = text.charCodeAt(last);
  if (!(c === 0x29 || c === 0xff09 || c === 0x5d || c === 0x3011)) return undefined;
  const tailStart = Math.max(lineStart, lineEnd - 64);
  const m = TRAILING_CREDIT.exec(text.slice(tailStart, lineEnd));
  if (!m) return undefined;
  return { start: tailStart + m.index, kind: m[1].includes('来源') ? 'byline-meta' : 'footer' };
}

/** A short item of a vertical menu (`重要新闻`, `• 冷水滩`), given normalised: no sentence punctuation, few characters. */
export function isMenuItem(t: string): boolean {
  return t.length > 0 && t.length <= 8 && hanCount(t) <= 6 && !SENTENCE_PUNCT.test(t) && !/\d{3}/.test(t);
}
