'use strict';
const fs = require('fs');
const path = require('path');
const { Random, mix } = require('./random');

/*
 * Seed documents for mutation: the bundled samples (invented reports in the genre) and reports generated
 * here from genre vocabulary, half of them scraped the way the real ones were (converted to Traditional,
 * pinyin readings glued after characters, `??` for lost indents).
 */

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蒋蔡余杜叶程魏苏吕丁任沈姚卢欧阳上官';
const GIVEN = '光宇晓东静沛然世杰国栋慧建英立明一帆海平敏卫华志刚振佳文斌红军永强玉兰秀峰宏伟建新丽娟晨阳浩涛俊';
const PLACES = ['临江区', '渝北区', '闵行区', '都昌县', '江阴市', '荆州市', '吴江区', '邯郸市', '南江县', '鼓楼区', '朝阳区', '洛阳市', '呼伦贝尔市', '江阴市长泾镇'];
const TITLES = ['区委书记', '区委副书记', '区长', '副区长', '常务副区长', '市长', '副市长', '县委书记', '县长', '副县长', '区委常委', '市应急管理局局长', '市安委会主任', '市领导', '县领导'];
const VERBS = ['强调', '指出', '要求', '表示', '提出'];
const SLOGANS = ['党政同责、一岗双责、齐抓共管、失职追责', '三管三必须', '四不两直', '时时放心不下', '双下降', '多小散', '1+3'];
const TASKS = ['压实安全生产责任', '深入开展隐患排查整治', '加强燃气安全监管', '做好防汛抗旱各项准备', '严格落实值班值守制度', '坚决遏制重特大事故发生', '完善应急预案'];
const BOILERPLATE = ['当前位置：首页 > 政务公开 > 工作动态', '责任编辑：张三', '【打印本页】【关闭窗口】', '版权所有 © 区人民政府办公室', '猜你喜欢', '分享到：', 'IMG_2031_副本.jpg', '字号：大 中 小'];
/** Readings as the broken converter wrote them: tone marks, tone numbers, toneless, several syllables. */
const READINGS = ['qū', 'huì', 'yì', 'zhǎng', 'shū', 'jì', 'guó', 'chǎn', 'zé', 'shí', 'xiàn', 'zhèn', 'wù', 'jiān', 'guǎn', 'bì', 'xū', 'lǐng', 'yù', 'gè', 'xiàng', 'shè', 'qu1', 'hui4', 'lv4', 'nü3', 'men', 'de', 'le', 'qūyù', "xī'ān", 'qū yù', 'ê', 'ế'];

function sentence(r) {
  const name = () => r.pick([...SURNAMES]) + r.pick([...GIVEN]) + (r.chance(0.5) ? r.pick([...GIVEN]) : '');
  const date = () => r.pick([`${r.int(2015, 2025)}年${r.int(1, 12)}月${r.int(1, 31)}日`, `${r.int(1, 12)}月${r.int(1, 31)}日${r.pick(['上午', '下午', ''])}`, `${r.int(2015, 2025)}-0${r.int(1, 9)}-1${r.int(0, 9)} 0${r.int(0, 9)}:30:00`, '今年以来', '二〇二三年七月十二日', `${r.int(1, 12)}月${r.int(1, 9)}日至${r.int(10, 28)}日`, '截至9月份', '二季度']);
  return r.pick([
    () => `${date()}，${r.pick(PLACES)}召开安全生产工作会议，${r.pick(TITLES)}、${r.pick(TITLES)}${name()}出席会议并讲话。`,
    () => `${name()}${r.pick(VERBS)}，要${r.pick(TASKS)}，${r.pick(TASKS)}。`,
    () => `会议${r.pick(VERBS)}，各地各部门必须${r.pick(TASKS)}，务必${r.pick(TASKS)}。`,
    () => `一要${r.pick(TASKS)}。二要${r.pick(TASKS)}。三要${r.pick(TASKS)}。`,
    () => `一是${r.pick(TASKS)}；二是${r.pick(TASKS)}。`,
    () => `要严格落实“${r.pick(SLOGANS)}”要求。`,
    () => `${r.pick(TITLES)}${name()}、${name()}、${name()}出席。`,
    () => `（记者 ${name()}）`,
    () => `${name()}同志${r.pick(VERBS)}，要${r.pick(TASKS)}（1个总体、3个专项方案）。`,
  ])();
}

function generatedReport(r) {
  const lines = [];
  if (r.chance(0.5)) lines.push(r.pick(BOILERPLATE));
  lines.push(`${r.pick(PLACES)}召开${r.int(2015, 2025)}年安全生产工作会议`);
  const paragraphs = r.int(1, 6);
  for (let p = 0; p < paragraphs; p++) {
    let para = '　　';
    const n = r.int(1, 5);
    for (let s = 0; s < n; s++) para += sentence(r);
    lines.push(para);
  }
  if (r.chance(0.5)) lines.push(r.pick(BOILERPLATE));
  return lines.join(r.pick(['\n', '\n', '\r\n', '\r'])) + '\n';
}

let toTraditional;

/** The scraped form: Traditional, readings glued after some Han characters, indents lost to `??`. */
function scrape(r, simplified) {
  toTraditional ??= require('opencc-js').Converter({ from: 'cn', to: 't' });
  const traditional = toTraditional(simplified);
  const density = r.pick([0.05, 0.2, 0.5]);
  let out = '';
  for (const ch of traditional) {
    out += ch;
    const cp = ch.codePointAt(0);
    if (cp >= 0x4e00 && cp <= 0x9fff && r.chance(density)) {
      const reading = r.pick(READINGS);
      out += r.pick([`(${reading})`, `(${reading})`, `（${reading}）`]);
    }
  }
  return out.replace(/(^|\n)　　/g, '$1??');
}

/** Seed documents: [name, text]. */
function seedCorpus(seed, samplesDir, generated = 48) {
  const seeds = [];
  if (fs.existsSync(samplesDir)) {
    for (const f of fs.readdirSync(samplesDir).sort()) {
      if (f.endsWith('.txt')) seeds.push([`samples/${f}`, fs.readFileSync(path.join(samplesDir, f), 'utf8')]);
    }
  }
  for (let k = 0; k < generated; k++) {
    const r = new Random(mix(seed, 0x5eed, k));
    const report = generatedReport(r);
    seeds.push(k % 2 ? [`generated-${k}-scraped`, scrape(r, report)] : [`generated-${k}`, report]);
  }
  return seeds;
}

module.exports = { seedCorpus, READINGS, TITLES, SLOGANS, BOILERPLATE };
