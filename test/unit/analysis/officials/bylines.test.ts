import * as assert from 'assert';
import { analyse, titlesByName } from './helpers';

function people(text: string, exclude?: Array<{ start: number; end: number }>): Record<string, string> {
  const r = analyse(text, { exclude });
  return Object.fromEntries(r.people.map((p) => [p.name, p.role]));
}

describe('officials: people who are not officials', () => {
  it('reads a byline whose two-character name is padded with a space: (记者 张 越)', () => {
    const text = '本报讯(记者 严 越)11月22日，全省防汛工作视频调度会召开。';
    const r = analyse(text);
    assert.deepStrictEqual(r.people.map((p) => [p.name, p.role]), [['严越', '记者']]);
    const m = r.people[0].mentions[0];
    assert.strictEqual(text.slice(m.start, m.end), '严 越');
    assert.deepStrictEqual(r.officials, []);
  });

  it('reads several names separated by blanks: (通讯员 甲 乙 丙)', () => {
    assert.deepStrictEqual(people('红网时刻10月20日讯(通讯员 廖文金 奉立武 曾小华)为全面贯彻落实会议精神……'), {
      廖文金: '通讯员',
      奉立武: '通讯员',
      曾小华: '通讯员',
    });
  });

  it('pairs up a run of padded names: (记者 王 军 李 强)', () => {
    assert.deepStrictEqual(people('本报讯（记者 王 军 李 强）近日，'), { 王军: '记者', 李强: '记者' });
  });

  it('reads several roles in one bracket, full-width brackets and blanks', () => {
    assert.deepStrictEqual(people('本报讯（记者 薛晴　通讯员 蒋一帆）5月9日下午，我市召开会议。'), {
      薛晴: '记者',
      蒋一帆: '通讯员',
    });
  });

  it('reads credit lines with colons, 、 and an annotation after a name', () => {
    const text = '正文。\n\n记者:姚丽芳、朱明\n\n编辑:陈思怡\n\n校对:焦阳越(实习)\n\n转载请注明来源';
    assert.deepStrictEqual(people(text), { 姚丽芳: '记者', 朱明: '记者', 陈思怡: '编辑', 焦阳越: '校对' });
  });

  it('reads 责任编辑, 摄影, 实习生, 作者, 本报记者 and 文/图', () => {
    const text = '[责任编辑：黄蕾]\n摄影 李文\n实习生 王小雨\n作者：廖文金 奉立武\n本报记者 张立新\n文/图 周海';
    assert.deepStrictEqual(people(text), {
      黄蕾: '责任编辑',
      李文: '摄影',
      王小雨: '实习生',
      廖文金: '作者',
      奉立武: '作者',
      张立新: '记者',
      周海: '文/图',
    });
  });

  it('keeps every role of a person credited twice', () => {
    const text = '本报讯(通讯员 廖文金 奉立武)会议召开。\n\n作者：廖文金 奉立武\n\n编辑：周文君';
    const r = analyse(text);
    const liao = r.people.find((p) => p.name === '廖文金')!;
    assert.strictEqual(liao.role, '通讯员');
    assert.deepStrictEqual(liao.roles, ['通讯员', '作者']);
    assert.strictEqual(liao.mentions.length, 2);
    assert.deepStrictEqual(r.people.map((p) => p.name), ['廖文金', '奉立武', '周文君']);
  });

  it('does not read a reporter in running text (记者了解到, 据记者介绍)', () => {
    const text = '记者了解到，全市已排查隐患1178项。据记者介绍，记者从市应急管理局获悉，记者 在现场看到。';
    assert.deepStrictEqual(people(text), {});
  });

  it('keeps a reporter who shares a name with a governor apart from the governor', () => {
    const text = '本报讯(记者 李 强)省委副书记、省长李强出席会议并讲话。李强指出，要守牢安全底线。\n责任编辑：李强';
    const r = analyse(text);
    assert.deepStrictEqual(titlesByName(r), { 李强: ['省委副书记', '省长'] });
    assert.strictEqual(r.officials[0].mentions.length, 2);
    for (const m of r.officials[0].mentions) assert.ok(m.start > text.indexOf(')'), 'no official mention inside the byline');
    assert.deepStrictEqual(r.people.map((p) => [p.name, p.roles]), [['李强', ['记者', '责任编辑']]]);
  });

  it('never shows a credited person as an official', () => {
    const text = '(记者 陈 杰)会议由市委常委、常务副市长陈杰主持。\n编辑：陈杰';
    const r = analyse(text);
    assert.deepStrictEqual(r.officials.map((o) => [o.name, o.mentions.length]), [['陈杰', 1]]);
    assert.deepStrictEqual(r.people.map((p) => p.name), ['陈杰']);
  });
});

describe('officials: excluded boilerplate', () => {
  it('ignores officials and bylines inside excluded ranges', () => {
    const body = '副市长王海出席会议。王海强调，要守牢底线。';
    const related = '\n猜你喜欢\n副市长刘洋调研燃气安全(记者 赵 敏)\n';
    const text = body + related;
    const r = analyse(text, { exclude: [{ start: body.length, end: text.length }] });
    assert.deepStrictEqual(titlesByName(r), { 王海: ['副市长'] });
    assert.deepStrictEqual(r.people, []);
  });

  it('does not link bare mentions inside excluded ranges', () => {
    const body = '副市长王海出席会议。';
    const footer = '\n王海调研消防工作';
    const text = body + footer;
    const r = analyse(text, { exclude: [{ start: body.length, end: text.length }] });
    assert.strictEqual(r.officials[0].mentions.length, 1);
  });

  it('still reads a credit line of its own that boilerplate detection dimmed as a footer', () => {
    const body = '副市长王海出席会议。';
    const footer = '\n记者：娜仁高娃　责任编辑：李婷\n版权所有';
    const text = body + footer;
    assert.deepStrictEqual(people(text, [{ start: body.length + 1, end: text.length }]), {
      娜仁高娃: '记者',
      李婷: '责任编辑',
    });
  });
});
