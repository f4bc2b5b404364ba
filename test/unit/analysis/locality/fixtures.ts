/**
 * Invented reports in the genre of the corpus (all people and events made up; the places are real so
 * that there is something true to find).
 */

/** A district report with headline, source line, dateline-like lead and a title chain. 西湖区 is ambiguous (杭州/南昌). */
export const DISTRICT_REPORT = [
  '西湖区召开安全生产委员会全体会议',
  '来源:杭州日报 发布时间:2023-09-12 10:20:00',
  '',
  '9月11日下午，西湖区安全生产委员会全体会议召开。区委副书记、区长李卫东出席并讲话，副区长周敏主持会议。',
  '李卫东强调，全区上下要牢固树立安全发展理念，紧盯燃气、消防、建筑施工等重点领域，全面排查整治隐患。',
  '各街道、区安委会成员单位主要负责同志参加会议。',
].join('\n');

export const DISTRICT_OFFICIALS = [
  { name: '李卫东', titles: ['区委副书记', '区长'] },
  { name: '周敏', titles: ['副区长'] },
];

/** A county report: 县长, 全县, 各乡镇. */
export const COUNTY_REPORT = [
  '通江县部署汛期地质灾害防治工作',
  '6月3日，通江县召开地质灾害防治工作会议。县委副书记、县长张明远出席并讲话。',
  '张明远要求，全县各乡镇要落实汛期值班值守制度，对隐患点逐一巡查，确保群众安全度汛。',
].join('\n');

/** A banner report: 旗长, 全旗. */
export const BANNER_REPORT = [
  '达拉特旗开展冬季安全生产大检查',
  '11月20日，达拉特旗安委会召开专题会议。旗委副书记、旗长其木格主持会议并讲话。',
  '会议要求，全旗各苏木镇要紧盯煤矿、危化品等重点行业，坚决防范遏制重特大事故。',
].join('\n');

/** A city report named only through its counties (南江县、平昌县 → 巴中市), with an event distractor. */
export const CITY_BY_COUNTIES = [
  '全市防汛减灾工作会议召开',
  '7月5日，全市防汛减灾工作会议召开。市委副书记、市长刘建国出席并讲话。',
  '刘建国指出，成都大运会开幕在即，全市要绷紧安全这根弦，做好汛期各项准备工作，推进科技兴安。',
  '会上，南江县、平昌县和市水务局作了交流发言。市领导陈立新、黄海波出席。',
].join('\n');

/** A city report whose newspaper and venue name the city, with another city's venue in passing. */
export const CITY_BY_NEWSPAPER = [
  '来源:运城日报 时间:2022-12-02',
  '本报讯 12月1日，全省安全生产电视电话会议召开。市委副书记、市长赵志强在太原会场参加会议，副市长孙立、吴刚在运城会场参加会议。',
  '随后，我市立即召开会议，要求全市各县(市、区)深入排查隐患。',
].join('\n');

/** A prefecture-level city (since 2019 a district of 济南) written about under its former name. */
export const FORMER_CITY = [
  '莱芜市召开安全生产工作会议',
  '3月2日，莱芜市召开安全生产工作会议。市委副书记、市长王振华出席并讲话，要求全市各区抓好落实。',
].join('\n');

/** A county-level city and the 江阴市长泾镇 trap (no 市长 there). */
export const COUNTY_LEVEL_CITY = [
  '江阴市召开安全生产专题会议',
  '4月8日，江阴市召开安全生产专题会议，市委副书记、市长许文彬出席。会后，许文彬市长来到江阴市长泾镇检查企业。',
  '会议要求，全市各镇街要压紧压实责任。',
].join('\n');

/** Nothing but distractors: an event, an organisation, a road, a personal name, a slogan. */
export const DISTRACTORS_ONLY = [
  '成都大运会期间安保工作座谈会召开',
  '会议由王宏伟主持，东方出版社、南京路商户代表参加。与会人员表示要推进科技兴安，守护一方平安，助力乡村振兴。',
].join('\n');

/** Whose related-article list (boilerplate) names another district again and again. */
export const WITH_RELATED_LIST = [
  '青浦区开展燃气安全检查',
  '1月9日上午，副区长王立群带队检查青浦区燃气安全，要求全区各街镇立即开展排查。',
  '猜你喜欢',
  '松江区举行消防演练',
  '松江区部署冬季安全生产',
  '松江区召开安委会全体会议',
  '松江区开展应急演练',
].join('\n');

export const PROVINCE_REPORT = [
  '全省安全生产工作会议在南京召开',
  '5月8日，全省安全生产工作会议召开。省委副书记、省长、省安委会主任陈立出席并讲话。',
  '会议要求，全省各地要压实责任，南京市、苏州市、徐州市、南通市等地作了交流发言。',
].join('\n');
