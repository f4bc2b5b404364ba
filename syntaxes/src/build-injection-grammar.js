// @ts-check
'use strict';
/**
 * Builds syntaxes/zhengwu.injection.tmLanguage.json.
 *
 * TextMate JSON has no variables, and every label must tolerate the pinyin annotations that raw
 * Traditional files glue after converted characters (來(lái)源:, 本報(bào)訊), so the regexes are assembled
 * here from named pieces. Run `node syntaxes/src/build-injection-grammar.js` after editing; a unit test
 * fails while the committed JSON differs from what this file builds.
 *
 * Performance rules the pieces follow (a 1 MB one-line file must not stall the tokenizer):
 * - no nested unbounded quantifiers; every lazy scan is bounded ({1,16}?) or stops at a delimiter;
 * - no `captures` with `patterns` (vscode-textmate re-encodes the line up to the capture for each one,
 *   which is quadratic on long lines); multi-token constructs are begin/end spans instead;
 * - spans open only when they can close on the same line (lookahead for the closing quote) or end at $.
 */

const fs = require('fs');
const path = require('path');

const OUTPUT = path.join(__dirname, '..', 'zhengwu.injection.tmLanguage.json');

/** Every scope ends in `.zhengwu` so users can target it in editor.tokenColorCustomizations. */
const SCOPE = {
  // Marker on every span: the injection selector excludes it, so inside a span only its own rules run.
  span: 'meta.span.zhengwu',
  annotation: 'comment.annotation.pinyin.zhengwu',
  lostIndent: 'comment.other.lost-indent.zhengwu',
  mojibake: 'invalid.illegal.mojibake.zhengwu',
  replacement: 'invalid.illegal.replacement-character.zhengwu',
  dateline: 'meta.dateline.zhengwu',
  label: 'entity.name.tag.label.dateline.zhengwu',
  separator: 'punctuation.separator.key-value.zhengwu',
  source: 'string.unquoted.source.dateline.zhengwu',
  newsKeyword: 'keyword.other.dateline.zhengwu',
  byline: 'meta.byline.zhengwu',
  role: 'entity.name.tag.role.byline.zhengwu',
  person: 'entity.other.attribute-name.person.byline.zhengwu',
  bylineNote: 'meta.note.byline.zhengwu',
  bylineBracket: 'punctuation.section.byline.zhengwu',
  enumeration: 'keyword.control.enumeration.zhengwu',
  quoteDouble: 'string.quoted.double.zhengwu',
  quoteSingle: 'string.quoted.single.zhengwu',
  quoteCorner: 'string.quoted.other.corner.zhengwu',
  quoteWhiteCorner: 'string.quoted.other.white-corner.zhengwu',
  quoteBegin: 'punctuation.definition.string.begin.zhengwu',
  quoteEnd: 'punctuation.definition.string.end.zhengwu',
  date: 'constant.numeric.date.zhengwu',
  time: 'constant.numeric.time.zhengwu',
};

// ---------------------------------------------------------------------------------------------------
// Oniguruma finds candidate positions fast only from literals: a regex that starts with a class holding
// non-ASCII characters ([(（], [来來], \p{Han}) is tried at every position, ~100× slower on a line with
// no match. Leading brackets and Han letters are therefore written as alternations of literals, and
// lookbehinds on \p{Han} come after a consumed literal.
/** @param {Iterable<string>} chars */
const alt = (chars) => `(?:${[...chars].map((c) => (c === '(' || c === ')' ? `\\${c}` : c)).join('|')})`;
const OPEN = alt('(（');
const CLOSE = alt(')）');

// ---------------------------------------------------------------------------------------------------
// Pinyin. The artifact always carries a tone mark on converted characters; the few neutral-tone
// readings of converted characters (們 men, 麼 me, 個 ge, 嗎 ma, 過 guo, 來 lai, 裏 li, 頭 tou, 著 zhe)
// are listed so that `(app)` or `(man)` after a Han character is never taken for an annotation.
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ';
const VOWEL = `[aeiouü${TONED}]`;
const INITIAL = '(?:[zcs]h|[bpmfdtnlgkhjqxrzcsyw])';
const TONED_SYLLABLE = `(?=[a-zü]{0,4}[${TONED}])${INITIAL}?${VOWEL}{1,3}(?:ng|n|r)?`;
const SYLLABLE = `(?:${TONED_SYLLABLE}|men|me|ge|ma|guo|lai|li|tou|zhe)`;
const ANNOTATION = `${OPEN}${SYLLABLE}${CLOSE}`;
// Corrupt leftovers have lost their host character, so only a tone mark tells them from text like `?me)`.
const TONED_ANNOTATION = `${OPEN}${TONED_SYLLABLE}${CLOSE}`;
// Inside a known label the annotation need not be validated as a syllable: a short lowercase run is
// enough and keeps the label regexes small.
const LABEL_ANNOTATION = `${OPEN}[a-zü${TONED}]{1,6}${CLOSE}`;

// ---------------------------------------------------------------------------------------------------
// Simplified → Traditional forms of the characters used in labels. Raw files are Traditional; cleaned
// ones Simplified; a label must match either, with an annotation allowed after each convertible char.
/** @type {Record<string, string>} */
const TRADITIONAL = {
  来: '來', 发: '發', 时: '時', 间: '間', 处: '處', 单: '單', 报: '報', 讯: '訊', 网: '網', 台: '臺',
  记: '記', 实: '實', 习: '習', 见: '見', 约: '約', 体: '體', 员: '員', 编: '編', 辑: '輯', 责: '責',
  审: '審', 对: '對', 终: '終', 摄: '攝', 视: '視', 频: '頻', 图: '圖', 译: '譯', 电: '電', 华: '華',
  于: '於', 构: '構', 闻: '聞',
};

/** @param {...[number, number]} ranges  @returns {string[]} */
function codePoints(...ranges) {
  const out = [];
  for (const [from, to] of ranges) for (let c = from; c <= to; c++) out.push(String.fromCodePoint(c));
  return out;
}

/** A regex under construction that numbers its capture groups as they are added. */
class Rx {
  constructor() {
    this.source = '';
    this.count = 0;
    /** @type {Record<string, {name: string}>} */
    this.captures = {};
  }
  /** @param {string} text */
  add(text) {
    this.source += text;
    return this;
  }
  /**
   * @param {string | null} scope
   * @param {(rx: Rx) => void} body
   * @returns {number} the group's number, for back-references
   */
  group(scope, body) {
    const n = ++this.count;
    this.source += '(';
    body(this);
    this.source += ')';
    if (scope) this.captures[String(n)] = { name: scope };
    return n;
  }
}

/**
 * Appends one Han word, each convertible character as (?:简|繁) followed by an optional pinyin
 * annotation that gets the annotation scope (capturing) or none (for lookaheads).
 * @param {Rx | null} rx  null: return a non-capturing source string instead
 * @param {string} word
 */
function hanWord(rx, word) {
  let out = '';
  for (const ch of word) {
    const trad = TRADITIONAL[ch];
    if (!trad) {
      out += ch;
      continue;
    }
    out += alt([ch, trad]);
    if (rx) {
      rx.add(out);
      out = '';
      rx.add('(?:');
      rx.group(SCOPE.annotation, (r) => r.add(LABEL_ANNOTATION));
      rx.add(')?');
    } else {
      out += `(?:${LABEL_ANNOTATION})?`;
    }
  }
  if (rx) rx.add(out);
  return out;
}

/**
 * Alternation of words, longest first so that 责任编辑 wins over 编辑 and 摄影报道 over 摄影.
 * @param {Rx | null} rx
 * @param {readonly string[]} words
 */
function hanWords(rx, words) {
  const sorted = [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
  if (!rx) return `(?:${sorted.map((w) => hanWord(null, w)).join('|')})`;
  rx.add('(?:');
  sorted.forEach((w, i) => {
    if (i) rx.add('|');
    hanWord(rx, w);
  });
  rx.add(')');
  return '';
}

// ---------------------------------------------------------------------------------------------------
// Vocabulary.
const SOURCE_LABELS = [
  '来源', '来源于', '信息来源', '文章来源', '稿件来源', '新闻来源', '稿源', '出处',
  '发布者', '发布单位', '发布机构', '供稿', '供稿单位',
];
const TIME_LABELS = ['发布时间', '发表时间', '更新时间', '发布日期', '时间', '日期'];
const REPORTER_PREFIXES = ['本报', '本刊', '本台', '本网', '新华社'];
const REPORTER_QUALIFIERS = ['特约', '实习', '见习', '融媒体', '全媒体', '首席', '驻站'];
const ROLES = [
  '记者', '通讯员', '实习生', '编辑', '责任编辑', '责编', '主编', '编审', '校对', '审核', '审校', '终审',
  '作者', '撰稿', '撰文', '摄影', '摄像', '视频', '编译',
];
// Only before a slash or colon: 文/记者 张越, 图：…
const SHORT_ROLES = ['文', '图', '文图', '图文'];
// Trailing credits inside a byline: （记者 张越 摄）
const ROLE_SUFFIXES = ['摄', '摄影', '摄影报道', '报道', '整理', '编译'];
const NEWS_DESK = ['本报讯', '本刊讯', '本台讯', '本网讯', '我报讯'];

/** @param {Rx | null} rx */
function role(rx) {
  const reporter = (/** @type {Rx | null} */ r) => {
    if (!r) {
      return `(?:${hanWords(null, REPORTER_PREFIXES)})?(?:${hanWords(null, REPORTER_QUALIFIERS)})?${hanWord(null, '记者')}`;
    }
    r.add('(?:');
    hanWords(r, REPORTER_PREFIXES);
    r.add(')?(?:');
    hanWords(r, REPORTER_QUALIFIERS);
    r.add(')?');
    hanWord(r, '记者');
    return '';
  };
  const others = ROLES.filter((w) => w !== '记者');
  if (!rx) {
    return `(?:${reporter(null)}|${hanWords(null, others)}|${hanWords(null, SHORT_ROLES)}(?=[/／:：]))`;
  }
  rx.add('(?:');
  reporter(rx);
  rx.add('|');
  hanWords(rx, others);
  rx.add('|');
  hanWords(rx, SHORT_ROLES);
  rx.add('(?=[/／:：]))');
  return '';
}

const ROLE_NC = role(null);
// Cheaper test for "a role starts here", for lookaheads that only decide whether a byline goes on.
const ROLE_HINT_NC =
  `(?:${hanWords(null, [...ROLES, ...REPORTER_PREFIXES, ...REPORTER_QUALIFIERS])}|${hanWords(null, SHORT_ROLES)}(?=[/／:：]))`;
const ROLE_SUFFIX_END = '(?=[ 　]*(?:[)）]|$))';
const ROLE_SUFFIX_NC = hanWords(null, ROLE_SUFFIXES) + ROLE_SUFFIX_END;
const ANY_LABEL_NC = hanWords(null, [...SOURCE_LABELS, ...TIME_LABELS]);

// ---------------------------------------------------------------------------------------------------
// Positions. Oniguruma lookbehinds must be fixed-length per branch: one character or the line start.
// A clause starts at the line start (incl. after the `??` artifact), after clause punctuation, an
// opening quote or bracket, whitespace, or Markdown emphasis / list / quote markers.
const CLAUSE_START = '(?<=^|[。；;！!？?：:，,、\\s　“"‘(（\\[【*>])';
// Outline numbering (一、 1. 1、) only at a line or sentence start: `三、四月份` mid-clause is a range.
const LINE_START = '(?<=^|[\\s　?#*>：:；;。])';
// Byline labels at a line start or after a separator: never inside a word (本报记者 is one label).
const FIELD_START = '(?<=^|[\\s　?/／|｜:：,，;；。)）])';

// ---------------------------------------------------------------------------------------------------
// Names in a byline: a run of 1–6 Han characters (long minority names may use a middle dot), followed
// by a space, a list separator, a bracket, the line end or another role. Commas do not separate names:
// in an article flattened onto one line, `作者：韩冬 一要压实责任，…` must end the byline at 一要, and
// `记者：请问……？` is a question, not a name.
const NAME_BODY = '\\p{Han}{1,6}(?:[·・•]\\p{Han}{1,6}){0,3}(?!\\p{Han})';
const NAME_FOLLOW = `(?=[ 　、;；/／()（）]|$|${ROLE_HINT_NC})`;
const NOTE = `${OPEN}[^()（）\\n]{1,8}${CLOSE}`;
const LIST_SEPARATOR = '[、;；/／·]';
const BYLINE_CONTINUES =
  `[ 　]*(?:${ANNOTATION}|${ROLE_HINT_NC}|${ROLE_SUFFIX_NC}|${NAME_BODY}${NAME_FOLLOW}|${LIST_SEPARATOR}|[:：]|${NOTE})`;

// ---------------------------------------------------------------------------------------------------
// Dates. Years 1800–2099 only, so that counts (1599家) and amounts are never dates; ISO dates must not
// touch letters, digits or slashes (URL paths such as /2020/10/20/ are not dates).
const YEAR = '(?:1[89]|20)\\d{2}';
const MONTH = '(?:1[0-2]|0?[1-9])';
const DAY = '(?:3[01]|[12]\\d|0?[1-9])';
const DAY_MARK = '[日号號]';
const TIME_OF_DAY = '(?:[01]?\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d)?(?!\\d)';
const RANGE_TAIL = `(?:[至到~～—–-]{1,2}(?:(?:${YEAR}年)?${MONTH}月)?${DAY}${DAY_MARK})?`;
const HAN_DIGIT = '[〇零○一二三四五六七八九]';
const HAN_MONTH = '(?:十[一二]?|[一二三四五六七八九])';
const HAN_DAY = '(?:三十[一]?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])';
const HAN_NUMERAL_BEFORE = '(?<![〇零○一二三四五六七八九十])';

// ---------------------------------------------------------------------------------------------------
// Rules.

/** @param {string} name  @param {(rx: Rx) => void} build */
function matchRule(name, build) {
  const rx = new Rx();
  build(rx);
  /** @type {Record<string, unknown>} */
  const rule = { match: rx.source };
  if (name) rule.name = name;
  if (rx.count && Object.keys(rx.captures).length) rule.captures = rx.captures;
  return rule;
}

/**
 * @param {{name: string, contentName?: string, begin: (rx: Rx) => void, end: (rx: Rx) => void,
 *          patterns: string[]}} spec
 */
function spanRule(spec) {
  const begin = new Rx();
  spec.begin(begin);
  const end = new Rx();
  spec.end(end);
  /** @type {Record<string, unknown>} */
  const rule = { name: `${spec.name} ${SCOPE.span}` };
  if (spec.contentName) rule.contentName = spec.contentName;
  rule.begin = begin.source;
  if (Object.keys(begin.captures).length) rule.beginCaptures = begin.captures;
  rule.end = end.source;
  if (Object.keys(end.captures).length) rule.endCaptures = end.captures;
  rule.patterns = spec.patterns.map((p) => ({ include: `#${p}` }));
  return rule;
}

/** @param {string} scope  @param {string} open  @param {string} close  @param {string[]} patterns */
function quoteRule(scope, open, close, patterns) {
  return spanRule({
    name: scope,
    // Open only when the closing mark follows on the same line: a stray quote never colours the rest.
    begin: (rx) => rx.group(SCOPE.quoteBegin, (r) => r.add(`${open}(?=[^${open}${close}\\n]*${close})`)),
    end: (rx) => rx.group(SCOPE.quoteEnd, (r) => r.add(close)),
    patterns,
  });
}

const INSIDE_TEXT = ['pinyin-annotation', 'mojibake', 'replacement-character', 'dates'];

function buildRepository() {
  /** @type {Record<string, unknown>} */
  const repo = {};

  repo['lost-indent'] = matchRule(SCOPE.lostIndent, (rx) => rx.add('^(?:\\?\\?)+'));

  repo['pinyin-annotation'] = matchRule(SCOPE.annotation, (rx) =>
    rx.add(`${OPEN}(?<=\\p{Han}.)${SYLLABLE}${CLOSE}`),
  );

  repo.mojibake = {
    patterns: [
      // The opening parenthesis and its host character were eaten by a GBK byte read out of step.
      matchRule(SCOPE.mojibake, (rx) => rx.add(`\\?${TONED_SYLLABLE}${CLOSE}`)),
      // A Latin letter standing where a Han host character was destroyed: 忸I(lǐng).
      matchRule(SCOPE.mojibake, (rx) => rx.add(`[A-Z](?<=\\p{Han}[A-Z])${TONED_ANNOTATION}`)),
    ],
  };

  repo['replacement-character'] = matchRule(SCOPE.replacement, (rx) => rx.add('\\x{FFFD}+'));

  repo['news-desk'] = matchRule(SCOPE.newsKeyword, (rx) => hanWords(rx, NEWS_DESK));

  // 红网时刻永州10月20日讯(通讯员 …) / 新华社北京8月1日电: outlet and place, date, 讯/电.
  repo['dateline-agency'] = matchRule(SCOPE.dateline, (rx) => {
    rx.add('(?:(?<=^|[\\s　?])');
    rx.group(SCOPE.source, (r) => r.add('[^\\s　,，。:：;；“”"\'()（）【】\\[\\]\\d]{1,16}?'));
    rx.add(')?');
    rx.group(SCOPE.date, (r) => r.add(`(?<!\\d)(?:${YEAR}年)?${MONTH}月${DAY}日`));
    rx.group(SCOPE.newsKeyword, (r) => {
      r.add('(?:');
      hanWord(r, '讯');
      r.add('|');
      hanWord(r, '电');
      r.add(')');
    });
    // 讯/电 end the dateline only before a bracket, punctuation, space or the line end: 8月1日电话 is prose.
    rx.add('(?=[\\s　(（【\\[:：,，]|$)');
  });

  repo['dateline-source'] = spanRule({
    name: SCOPE.dateline,
    contentName: SCOPE.source,
    begin: (rx) => {
      rx.group(SCOPE.label, (r) => hanWords(r, SOURCE_LABELS));
      rx.add('[ 　]*');
      rx.group(SCOPE.separator, (r) => r.add('[:：]'));
      rx.add('[ \\t　]*');
    },
    // The value runs to a space, a bar, the next label (發布者: follows with no space in raw files),
    // a date, or the line end.
    end: (rx) =>
      rx.add(
        `(?=[\\s　|｜]|$|${ANY_LABEL_NC}[ 　]*[:：]|${ROLE_HINT_NC}[ 　]*[:：]|${YEAR}(?:[-/.年]))`,
      ),
    patterns: ['pinyin-annotation', 'mojibake', 'replacement-character'],
  });

  repo['dateline-time'] = matchRule(SCOPE.dateline, (rx) => {
    rx.group(SCOPE.label, (r) => hanWords(r, TIME_LABELS));
    rx.add('[ 　]*');
    rx.group(SCOPE.separator, (r) => r.add('[:：]'));
  });

  repo['byline-parenthesized'] = spanRule({
    name: SCOPE.byline,
    // (记者 张 越) （通讯员 廖友金 奉保武） (记者张越): a role right after the bracket.
    begin: (rx) => {
      rx.group(SCOPE.bylineBracket, (r) => r.add(OPEN));
      rx.add(`(?=[ 　]*${ROLE_NC}(?:[ 　]*[:：]|[ 　]+\\p{Han}|\\p{Han}{1,6}[)）]|[)）]))`);
      // …and only if the bracket closes on this line (notes and annotations may nest inside).
      rx.add(`(?=(?:[^()（）\\n]|${NOTE}){1,80}[)）])`);
    },
    end: (rx) => {
      rx.group(SCOPE.bylineBracket, (r) => r.add(CLOSE));
      rx.add('|$');
    },
    patterns: ['byline-inner'],
  });

  repo['byline-field'] = spanRule({
    name: SCOPE.byline,
    // 记者:姚丽敏、朱亮 / 作者:廖友金 奉保武 / 文/记者 张越: a role, then a colon, names or a slash.
    begin: (rx) => {
      rx.add(FIELD_START);
      rx.group(SCOPE.role, (r) => role(r));
      rx.add('(?=[ 　]*[:：]|[ 　]+\\p{Han}|[/／])');
    },
    // Ends where the text stops looking like a list of names, so prose after it is left alone.
    end: (rx) => rx.add(`$|(?!${BYLINE_CONTINUES})`),
    patterns: ['byline-inner'],
  });

  repo['byline-inner'] = {
    patterns: [
      { include: '#pinyin-annotation' },
      { include: '#mojibake' },
      matchRule('', (rx) => rx.group(SCOPE.role, (r) => role(r))),
      matchRule(SCOPE.role, (rx) => {
        hanWords(rx, ROLE_SUFFIXES);
        rx.add(ROLE_SUFFIX_END);
      }),
      matchRule(SCOPE.separator, (rx) => rx.add('[:：]')),
      matchRule(SCOPE.bylineNote, (rx) => rx.add(NOTE)),
      matchRule(SCOPE.person, (rx) => rx.add(`${NAME_BODY}${NAME_FOLLOW}`)),
    ],
  };

  repo.enumeration = {
    patterns: [
      // 一要 二要 … / 一是 二是 …; 一要素, 一要点 are nouns.
      matchRule(SCOPE.enumeration, (rx) =>
        rx.add(`${CLAUSE_START}(?:${alt('一二三四五六七八九')}|十${alt('一二三四五六七八九')}?)(?:是|要(?![素件点闻案职员害务]))`),
      ),
      // 第一， 第二、 第三条 第四部分; 安全第一， is a slogan (no clause start) and 第一次 a count.
      matchRule(SCOPE.enumeration, (rx) =>
        rx.add(
          `${CLAUSE_START}第(?:[二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])` +
            '(?:条|章|节|款|项|部分)?(?=[，,、：:；;．.\\s　]|$)',
        ),
      ),
      // （一） (1) （十二）
      matchRule(SCOPE.enumeration, (rx) =>
        rx.add(`${CLAUSE_START}${OPEN}(?:[一二三四五六七八九十]{1,3}|\\d{1,2})${CLOSE}`),
      ),
      // 一、 十二、
      matchRule(SCOPE.enumeration, (rx) => rx.add(`${LINE_START}[一二三四五六七八九十]{1,3}、`)),
      // 1. 1、 1． — but not `1. ` (a Markdown list) nor 3.5 (a number).
      matchRule(SCOPE.enumeration, (rx) => rx.add(`${LINE_START}\\d{1,2}(?:[、．]|\\.(?![\\d\\s]))`)),
      // 其一，其二
      matchRule(SCOPE.enumeration, (rx) =>
        rx.add(`${CLAUSE_START}其[一二三四五六七八九十](?=[，,、：:])`),
      ),
      // ①–⑳ ⑴–⒇ ⒈–⒛ ㈠–㈩ ❶–❿ ➀–➓: always markers.
      matchRule(SCOPE.enumeration, (rx) =>
        rx.add(alt(codePoints([0x2460, 0x249b], [0x3220, 0x3229], [0x2776, 0x2793]))),
      ),
    ],
  };

  repo.quotes = {
    patterns: [
      { include: '#quote-double' },
      { include: '#quote-corner' },
      { include: '#quote-white-corner' },
      { include: '#quote-ascii' },
    ],
  };
  repo['quote-double'] = quoteRule(SCOPE.quoteDouble, '“', '”', [...INSIDE_TEXT, 'quote-single']);
  repo['quote-single'] = quoteRule(SCOPE.quoteSingle, '‘', '’', INSIDE_TEXT);
  repo['quote-corner'] = quoteRule(SCOPE.quoteCorner, '「', '」', [...INSIDE_TEXT, 'quote-white-corner']);
  repo['quote-white-corner'] = quoteRule(SCOPE.quoteWhiteCorner, '『', '』', INSIDE_TEXT);
  // Straight quotes only around Chinese text: "四不两直" yes, English "words" no.
  repo['quote-ascii'] = spanRule({
    name: SCOPE.quoteDouble,
    begin: (rx) => rx.group(SCOPE.quoteBegin, (r) => r.add('"(?=\\p{Han}[^"\\n]{0,200}")')),
    end: (rx) => rx.group(SCOPE.quoteEnd, (r) => r.add('"')),
    patterns: INSIDE_TEXT,
  });

  repo.dates = {
    patterns: [
      // 2023-08-01 19:05:52, 2023/8/1, 2023.08.01
      matchRule('', (rx) => {
        rx.group(SCOPE.date, (r) => {
          r.add(`(?<![0-9A-Za-z/.\\-])${YEAR}`);
          const sep = r.group(null, (s) => s.add('[-/.]'));
          r.add(`${MONTH}\\${sep}${DAY}(?![0-9]|\\.[0-9])`);
        });
        rx.add('(?:[ T　]+');
        rx.group(SCOPE.time, (r) => r.add(TIME_OF_DAY));
        rx.add(')?');
      }),
      // 2023年8月1日(至3日) 19:05, 2023年8月, 2023年
      matchRule('', (rx) => {
        rx.group(SCOPE.date, (r) =>
          r.add(`(?<![0-9])${YEAR}年(?:${MONTH}月(?:${DAY}${DAY_MARK}${RANGE_TAIL})?)?`),
        );
        rx.add('(?:[ 　]*');
        rx.group(SCOPE.time, (r) => r.add(TIME_OF_DAY));
        rx.add(')?');
      }),
      // 8月1日, 7月1日至3日, 8月1号
      matchRule(SCOPE.date, (rx) => rx.add(`(?<![0-9])${MONTH}月${DAY}${DAY_MARK}${RANGE_TAIL}`)),
      // 9月份, 7月上旬, 3月底
      matchRule(SCOPE.date, (rx) => rx.add(`(?<![0-9])${MONTH}月(?:份|[上中下]旬|初|底|末)`)),
      // 二〇二三年七月十二日, 七月十二日
      matchRule(SCOPE.date, (rx) =>
        rx.add(`${HAN_NUMERAL_BEFORE}${HAN_DIGIT}{4}年(?:${HAN_MONTH}月(?:${HAN_DAY}[日号])?)?`),
      ),
      matchRule(SCOPE.date, (rx) => rx.add(`${HAN_NUMERAL_BEFORE}${HAN_MONTH}月${HAN_DAY}[日号]`)),
    ],
  };

  return repo;
}

// Order decides ties at one position: the dateline with its date before the bare date, the byline in
// brackets before anything else starting with a bracket.
const TOP_LEVEL = [
  'lost-indent',
  'news-desk',
  'dateline-agency',
  'dateline-source',
  'dateline-time',
  'byline-parenthesized',
  'byline-field',
  'enumeration',
  'quotes',
  'pinyin-annotation',
  'mojibake',
  'replacement-character',
  'dates',
];

// Markdown: no L: prefix, so Markdown's own block rules (paragraph, list, heading) win ties at a line
// start and keep their structure; code, links, embedded languages and HTML comments are left alone.
const INJECTION_SELECTOR = [
  `L:text.plain -${SCOPE.span}`,
  `text.html.markdown -markup.fenced_code -markup.inline.raw -markup.raw -meta.link -meta.embedded -comment -${SCOPE.span}`,
].join(', ');

function buildInjectionGrammar() {
  return {
    name: 'Zhengwu Lens corpus structure',
    scopeName: 'text.zhengwu.injection',
    comment: 'Generated by syntaxes/src/build-injection-grammar.js; edit that file, not this one.',
    injectionSelector: INJECTION_SELECTOR,
    patterns: TOP_LEVEL.map((name) => ({ include: `#${name}` })),
    repository: buildRepository(),
  };
}

/** The file's exact text: 2-space JSON with a final newline. */
function renderInjectionGrammar() {
  return JSON.stringify(buildInjectionGrammar(), null, 2) + '\n';
}

module.exports = { buildInjectionGrammar, renderInjectionGrammar, SCOPE, OUTPUT };

if (require.main === module) {
  fs.writeFileSync(OUTPUT, renderInjectionGrammar());
  process.stdout.write(`wrote ${path.relative(process.cwd(), OUTPUT)}\n`);
}
