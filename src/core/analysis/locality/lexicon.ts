/**
 * Word lists and patterns that decide whether a place name in running text names the place: what
 * follows it (路, 大运会, 出版社, 日报, 会场 …) and what surrounds personal names. Patterns with `^`
 * are tested against the text right after a match, patterns with `$` against the text right before it.
 */

/** A street, road or transport facility named after the place: 南京路, 北京东路, 长安街, 永州站. */
export const ROAD_AFTER = /^(?:[东西南北中]|[一二三四五六七八九十]+)?(?:路|大道|大街|街(?!道)|巷|弄|胡同|公路|高速|快速路|环路|环线|立交|大桥|桥|隧道|站(?![长点])|机场|码头|广场)/;

/** An event named after its host city: 成都大运会, 杭州亚运会, 上海车展. */
export const EVENT_AFTER = /^(?:\d{4}年?)?(?:第.{1,4}届)?(?:大运会|大运|运动会|亚运会|奥运会|冬奥会|全运会|残运会|世运会|青运会|学青会|世博会|园博会|花博会|进博会|博览会|交易会|展览会|展会|艺术节|文化节|旅游节|电影节|音乐节|啤酒节|马拉松|论坛|峰会|车展|世锦赛|锦标赛|公开赛|联赛|邀请赛)/;

/** An organisation whose name merely contains the place: 东方出版社, 运城学院, 成都银行. */
export const ORGANISATION_AFTER = /^(?:出版社|出版集团|大学|学院|职业技术学院|中学|小学|附中|附小|幼儿园|医院|银行|农商行|信用社|集团|公司|股份|有限|研究院|研究所|设计院|杂志社|报社|社(?![区会])|足球|篮球|俱乐部|商会|酒店|宾馆|饭店|小吃|卫视|航空|海关|实业|控股|药业|证券|保险|军区|舰)/;

/** A newspaper, broadcaster or news site named after the place: 运城日报, 巴中发布, 永州新闻网. */
export const MEDIA_AFTER = /^(?:日报|晚报|早报|都市报|商报|新闻网|新闻|电视台|广播电视台|广电|融媒体中心|融媒|发布|网(?![格点络上民友])|报(?![告道名送表警销批备考]))/;

/**
 * National media whose name is also a short place name: 新华社/新华网 are not 新华区, 光明日报 is not
 * 光明区, 解放日报 is not 解放区, 东方早报 is not 东方市.
 */
export const MEDIA_BRANDS = new Set(['新华', '光明', '解放', '东方', '大众', '南方', '人民', '经济', '法制', '工人', '中国', '科技', '文汇', '新民', '扬子', '钱江', '齐鲁', '华西', '楚天', '今晚', '北方', '华商', '潇湘', '三湘']);

/** A township, street office or village named after the place (梅湾街道, 城区街道): not the county itself. */
export const SUBUNIT_AFTER = /^(?:街道|镇(?![街])|乡(?![镇村])|村(?![民镇])|社区|居委会|村委会|小区)/;

/** Origin of a person (山西籍): says nothing about where the report is from. */
export const ORIGIN_AFTER = /^籍/;

/** The place's own organs: 冷水滩区委, 运城市政府, 永州市应急管理局. */
export const ORGAN_AFTER = /^(?:[县市区州旗盟省]?(?:委(?!员)|政府|人民政府|人大|政协|纪委|监委|党委)|应急管理局|安委会|安委办|安监局|公安局|消防救援|住建局|城管)/;

/** Context that makes a short name (运城, 永州, 冷水滩) a place: a venue, area, the place's organs or zones. */
export const PLACE_AFTER = /^(?:会场|分会场|主会场|境内|辖区|全境|全域|地区|一带|当地|城乡|城区|市区|县城|县域|市域|区域|片区|市民|人民|群众|干部群众|各界|两会|[两三四五六七八九十几]个?[县市区]|等地|等[县市区]|[县市区州旗盟](?:委(?!员)|政府|人民政府|人大|政协|纪委|监委)|党委|政府|经济技术开发区|经济开发区|开发区|高新区|高新技术|新区|工业园|产业园)/;

/** A dateline: 永州10月20日讯, 成都7月12日电, 本报永州讯. */
export const DATELINE_AFTER = /^(?:\d{1,2}月\d{1,2}日)?(?:讯|电(?=[（(\s]|$))/;

/** What introduces the publishing outlet: 来源:运城日报. */
export const SOURCE_BEFORE = /(?:来源|稿源|来自|供稿|出处)[:：]?\s*$/;

/**
 * Common single-character surnames. A short place name right after one of them, in name context, is a
 * given name (王宏伟 is not 宏伟区).
 */
export const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾' +
    '夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷' +
    '詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农' +
    '司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘' +
    '池查麻苑迟邝桂练'
  ).split(''),
);

/** A title or role right before a personal name (副区长王宏伟, 记者王宏伟). */
export const TITLE_BEFORE_NAME = /(?:长|书记|主任|委员|常委|记者|编辑|通讯员|同志|秘书长|部长|主席|总理|代表|局长|处长|科长|队长|经理|董事长|院长|校长|厅长|组长|领导|教授|专家)$/;

/** A separator or preposition before a personal name in a list or a clause (由王宏伟主持, 、王宏伟出席). */
export const LIST_BEFORE_NAME = /(?:^|[、，,：:；;。！？（(\s]|由|请|与|及)$/;

/** What follows a personal name: a speech or attendance verb (宏伟主持, 宏伟同志). */
export const NAME_VERB_AFTER = /^(?:同志|主持|强调|指出|要求|表示|出席|讲话|介绍|说|称|一行|带队|率队|陪同|作了|汇报|发言|调研|督导|检查|参加)/;
