import { CharSet } from '../charset';
import { WordSet } from './wordset';

/**
 * Word lists for the title and name rules. Everything is Simplified Chinese: the rules run on the
 * cleaned, converted text.
 */

/** Administrative level characters: they start organisation names (市委, 区安委会) and end place names. */
export const LEVEL_CHARS = new CharSet('省市区县旗州盟镇乡村');

/**
 * Posts, the heads of titles (市长, 书记, 局长 …). Modifiers (副, 常务, 党组 …) and the organisation
 * (市应急管理局, 区委) are read leftwards from them; see titles.ts.
 */
export const LEVEL_POSTS = new WordSet([
  '省长', '市长', '区长', '县长', '旗长', '州长', '盟长', '镇长', '乡长', '村长',
  '省长助理', '市长助理', '区长助理', '县长助理', '旗长助理', '州长助理',
]);

export const POSTS = new WordSet([
  ...LEVEL_POSTS,
  // Party and national leadership.
  '总书记', '书记', '常委', '委员', '党组成员', '国务委员', '委员长', '总理', '主席', '国家主席',
  // Government, departments, committees, headquarters.
  '主任', '主任委员', '局长', '厅长', '部长', '处长', '科长', '股长', '所长', '站长', '院长', '校长',
  '馆长', '社长', '署长', '司长', '队长', '支队长', '大队长', '中队长', '政委', '教导员', '指导员',
  '检察长', '庭长', '秘书长', '会长', '理事长', '董事长', '总经理', '总工程师', '总经济师', '总会计师',
  '指挥长', '总指挥', '组长', '巡视员', '调研员', '督察长', '督察员', '专员', '总监', '新闻发言人',
  '发言人', '负责人', '主要负责人', '党委委员', '纪检组长',
]);

/** Rank modifiers read leftwards from a post (常务副市长, 党组书记, 一级巡视员). */
export const MODIFIERS = new WordSet([
  '常务副', '常务', '副', '党组', '党委', '党工委', '第一', '专职', '执行', '代理', '一级', '二级',
  '三级', '四级', '首席', '驻会',
]);
/** `代` (acting) only before a level post: 代市长, but not the 代 of 人大代表. */
export const ACTING = '代';

/** Posts whose first character also ends an organisation, so `应急局长` is 应急局 + 局长. */
export const POST_WITH_ORG_HEAD = new CharSet('部局厅处科所站院校馆社署司队');

/**
 * Words ending in a level character that are not a place + level (城市, 社区, 全市): a level post
 * whose level character belongs to one of these is not a post (城市长远, 社区长者, 全区长期).
 */
export const LEVEL_COMPOUNDS = new WordSet([
  '社区', '园区', '地区', '小区', '景区', '城区', '辖区', '片区', '库区', '矿区', '灾区', '街区', '校区',
  '厂区', '湖区', '林区', '牧区', '市区', '郊区', '老区', '全区', '我区', '本区', '该区', '各区', '分区',
  '专区', '军区', '禁区', '展区', '考区', '营区', '县区', '城市', '都市', '超市', '股市', '楼市', '上市',
  '集市', '门市', '夜市', '早市', '菜市', '全市', '我市', '本市', '该市', '各市', '县市', '全县', '我县',
  '本县', '该县', '各县', '郡县', '州县', '全省', '我省', '本省', '该省', '各省', '外省', '全镇', '乡镇',
  '城镇', '村镇', '集镇', '重镇', '全乡', '城乡', '家乡', '下乡', '老乡', '故乡', '全旗', '全州',
]);

/** Characters ending a place that follows `市长…`: 江阴市长泾镇 is 江阴市 + 长泾镇, not a mayor. */
export const PLACE_AFTER_SUFFIXES = new WordSet([
  '街道', '社区', '大道', '大街', '镇', '乡', '村', '街', '路', '县', '区', '港', '桥', '巷', '湾',
]);

/** Organisations that anchor a title without a place (国务院总理, 中共中央政治局常委). */
export const NATIONAL_ANCHORS = new WordSet([
  '中共中央', '党中央', '中央', '国务院', '国家', '全国人大', '全国政协', '全国', '中共', '最高人民法院',
  '最高人民检察院', '中央军委', '共青团中央', '团中央',
]);

/** Last characters of organisation names (局, 委, 办公室, 安委会, 政府, 防指, 支队 …). */
export const ORG_SUFFIX_CHARS = new CharSet(
  '委局厅办部室会院处科所站队心府组指司团社村镇乡道省市区县旗州盟协大署庭馆校行军股园联关检台',
);

/**
 * Characters that cannot be inside an organisation name: walking leftwards from a post, the title
 * stops at them (会议由|市应急管理局局长, 以|区委副书记, 时任|市长).
 */
export const ORG_STOP_CHARS = new CharSet(
  '的由与及在对向将把被为是请经从让给同跟或等了并其即又也都还就以于至到按据受有各该我本暨兼任仍这那此之',
);

/** 和 joins words inside department names (住房和城乡建设局); anywhere else it ends the title. */
export const AND_INSIDE_ORG = new WordSet([
  '城乡', '信息化', '社会保障', '改革', '旅游', '计划生育', '体育', '广电', '新闻出版', '科技', '人防',
  '国有资产', '人才', '就业', '自然资源', '规划', '林业', '草原', '水利', '农村', '商务', '投资',
]);

/** Group labels (市领导, 区领导 …) that introduce a list of names without their titles. */
export const GROUP_LABEL_BODIES = new WordSet([
  '委', '政府', '人大', '政协', '级', '四套班子', '四大班子', '几大班子', '委政府', '委常委',
]);
export const NATIONAL_GROUP_LABELS = new WordSet(['中央领导', '国家领导人', '党和国家领导人', '中央领导同志']);

/**
 * Words that follow a person's name: a candidate name that ends right before one is well delimited
 * (朱鹏|在太原, 高世昀|部署, 钟晓咏|出席).
 */
export const FOLLOWER_WORDS = new WordSet([
  '主持', '出席', '参加', '讲话', '强调', '指出', '要求', '表示', '介绍', '带队', '率队', '陪同', '一行',
  '同志', '前往', '深入', '来到', '先后', '分别', '一同', '共同', '参会', '传达', '宣读', '通报', '部署',
  '安排', '汇报', '发言', '致辞', '会见', '看望', '慰问', '调研', '检查', '督导', '视察', '考察', '实地',
  '提出', '指示', '批示', '听取', '主讲', '宣布', '代表', '亲自', '随后', '同时', '作出', '作了', '出任',
  '兼任', '担任', '坐镇', '召集', '召开', '主抓', '分管', '牵头', '带领', '以及', '今天', '昨天', '日前',
  '近日', '上午', '下午', '晚上', '当天', '一起', '对此', '认为', '希望', '说', '称', '等', '在', '和', '与',
  '及', '对', '向', '为', '到', '赴', '就', '将', '把', '从', '于', '是', '的', '也', '都', '又', '还',
  '并', '率', '任', '作',
]);

/** Single characters after a name that are function words rather than part of the name. */
export const FUNCTION_CHARS = new CharSet('在等和与及对向为到就将把从于是的也都又还并率赴说称任');

/** Characters that rarely end a Chinese given name but often follow one (朱鹏在…, 张三等…). */
export const UNLIKELY_NAME_END = new CharSet('在等与及的了对就将把从是也都又还并着过被让给向于率赴说称');

/** Characters before a name that end the previous phrase (会议由王宏伟主持, 向张三书记汇报). */
export const BEFORE_NAME_CHARS = new CharSet('由和与及向对在是为请让给同将把被经从于的了并等即有据');

/**
 * Words that start where a name would after a title but are not names (区长强调…, 市长高度重视,
 * 副市长分管领域, 区领导包保…). They begin with characters that are also surnames.
 */
export const NOT_NAME_STARTS = new WordSet([
  '强调', '强化', '强力', '强有力', '高度', '高效', '高位', '高标准', '高质量', '全面', '全力', '全程',
  '全市', '全区', '全县', '全省', '全镇', '全乡', '全体', '全部', '全国', '全年', '安排', '安全', '安置',
  '安监', '应急', '应对', '应当', '应该', '严格', '严肃', '严厉', '严防', '严守', '严查', '严禁', '明确',
  '通报', '通过', '通知', '解决', '解读', '相关', '相继', '相应', '时刻', '时间', '时任', '时期', '经常',
  '经济', '经过', '经验', '能力', '能够', '党委', '党组', '党政', '党员', '党建', '党和', '常务', '常态',
  '常委', '国家', '国务院', '平安', '平时', '文明', '文件', '和谐', '于是', '从严', '从而', '成员', '成立',
  '成为', '单位', '任务', '任何', '公安', '公开', '公布', '主要', '一行', '亲自', '分别', '先后', '曾经',
  '连续', '连夜', '关心', '关注', '关于', '关键', '带领', '带头', '召集', '召开', '批示', '指示', '信箱',
  '热线', '助理', '办公', '职责', '责任', '讲话', '干部', '班子', '包保', '包联', '包片', '包抓', '管理',
  '管控', '查看', '查阅', '宣读', '宣布', '宣传', '简要', '满意', '支持', '计划', '万分', '危险', '项目',
  '方面', '方案', '纪委', '谈到', '谈话', '祝贺', '随后', '尚未', '易发', '双方', '陪同', '同志', '汇报',
  '会上', '上午', '下午', '卫生', '卫健', '毕业', '后续', '后期', '那些', '那里', '还是', '都要', '有关',
  '有效', '组长', '督促', '杜绝', '程序', '乡镇', '城乡', '农村', '农业', '林业', '水利', '车辆', '房屋',
  '们', '席',
]);

/** Place-level characters that, right after a candidate name, make it a place (兰山区, 宏伟区). */
export const PLACE_FOLLOW_CHARS = new CharSet('省市区县镇乡村旗州盟街路');

/** jieba tags of words that cannot be the given name of a person (time, direction, function words). */
// Adverbs and numerals are not here: 立新 (d) and 一鸣 (m) are common given names. Time words (会上) are
// refused only after a surname that is an everyday word too (于会上): 国庆 is a common given name.
export const NON_NAME_GIVEN_TAGS: ReadonlySet<string> = new Set(['f', 'p', 'c', 'u', 'r', 'y', 'e', 'o', 'uj', 'ul', 'ud', 'uz', 'ug', 'uv']);
export const NON_NAME_GIVEN_TAGS_RISKY: ReadonlySet<string> = new Set(['t', 'tg']);
/** jieba tags of multi-character words that rule out a name starting with them (强调/v, 高度/d, 全面/ad). */
export const NON_NAME_WORD_TAGS: ReadonlySet<string> = new Set(['v', 'vd', 'vn', 'd', 'ad', 'p', 'c', 'u', 'r', 'm', 'q', 't', 'f', 'l', 'i', 'y', 'e', 'o', 'an', 'ag', 'z', 'ul', 'uj']);
/**
 * jieba tags of a surname character used as a verb, preposition … (包乡镇, 和副区长, 于会上). Not numerals
 * or classifiers: 许 (m) and 张 (q) are among the commonest surnames.
 */
export const FUNCTION_TAGS: ReadonlySet<string> = new Set(['p', 'c', 'd', 'u', 'r', 'f', 'v', 'uj', 'ul']);
export const NAME_TAGS: ReadonlySet<string> = new Set(['nr', 'nrt', 'nrfg', 'x']);
