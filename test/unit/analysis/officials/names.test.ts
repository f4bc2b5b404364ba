import * as assert from 'assert';
import { COMPOUND_SURNAMES, isSingleSurname, surnameAt, surnameCount } from '../../../../src/core/analysis/officials/surnames';
import { analyse, assertNoOfficials, mentionTexts, official, titlesByName } from './helpers';

describe('officials: the surname table', () => {
  it('holds 百家姓 single and compound surnames and common modern ones', () => {
    const { single, compound } = surnameCount();
    assert.ok(single >= 440, `single surnames: ${single}`);
    assert.ok(compound >= 60, `compound surnames: ${compound}`);
    for (const s of '赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨欧钟习兰') assert.ok(isSingleSurname(s), s);
    for (const s of '肖付覃闫苟奉') assert.ok(isSingleSurname(s), `modern surname ${s}`);
    for (const s of ['上官', '欧阳', '司马', '诸葛', '令狐', '皇甫', '慕容', '端木']) assert.ok(COMPOUND_SURNAMES.includes(s), s);
    for (const s of '的在是区市长') assert.ok(!isSingleSurname(s), `not a surname: ${s}`);
  });

  it('matches a compound surname before a single one', () => {
    assert.strictEqual(surnameAt('欧阳振华', 0), 2);
    assert.strictEqual(surnameAt('欧振华', 0), 1);
    assert.strictEqual(surnameAt('出席', 0), 0);
  });
});

describe('officials: names of every shape', () => {
  it('reads compound surnames (上官, 欧阳, 司马, 诸葛)', () => {
    const r = analyse('县委书记欧阳振华、副县长上官建平出席，副县长司马文、诸葛明亮参加。欧阳振华强调，要压实责任。');
    assert.deepStrictEqual(titlesByName(r), {
      欧阳振华: ['县委书记'],
      上官建平: ['副县长'],
      司马文: ['副县长'],
      诸葛明亮: ['副县长'],
    });
    assert.strictEqual(official(r, '欧阳振华').mentions.length, 2);
  });

  it('reads long Mongolian names after a title', () => {
    const text = '自治区党委副书记、自治区主席额尔敦巴特尔出席。额尔敦巴特尔指出，要守牢底线。旗委副书记、旗长宝力德参加。';
    const r = analyse(text);
    assert.deepStrictEqual(titlesByName(r), {
      额尔敦巴特尔: ['自治区党委副书记', '自治区主席'],
      宝力德: ['旗委副书记', '旗长'],
    });
    assert.deepStrictEqual(mentionTexts(text, r, '额尔敦巴特尔'), ['额尔敦巴特尔', '额尔敦巴特尔']);
  });

  it('reads Tibetan names, and Mongolian names in a list', () => {
    const r = analyse('县长洛桑江村、副县长次仁多吉出席。副市长乌力吉巴雅尔、其其格参加。');
    assert.deepStrictEqual(titlesByName(r), {
      洛桑江村: ['县长'],
      次仁多吉: ['副县长'],
      乌力吉巴雅尔: ['副市长'],
      其其格: ['副市长'],
    });
  });

  it('reads names joined by a middle dot and stops before the verb after them', () => {
    const r = analyse('自治区副主席艾尔肯·吐尼亚孜出席，副州长阿依古丽·买买提主持。');
    assert.deepStrictEqual(titlesByName(r), {
      艾尔肯·吐尼亚孜: ['自治区副主席'],
      '阿依古丽·买买提': ['副州长'],
    });
  });

  it('reads stand-in names (王某, 钟某某)', () => {
    const r = analyse('区委副书记、区长钟某某出席，副区长王某主持，一级巡视员赵某某参加。');
    assert.deepStrictEqual(titlesByName(r), {
      钟某某: ['区委副书记', '区长'],
      王某: ['副区长'],
      赵某某: ['一级巡视员'],
    });
  });

  it('counts names by code point and keeps offsets in UTF-16 around astral characters', () => {
    // 𬌗 is outside the Basic Multilingual Plane: two UTF-16 units, one character of the name.
    const text = '𠮷野家门前，副市长王𬌗出席。王𬌗强调，要落实。';
    const r = analyse(text);
    assert.deepStrictEqual(titlesByName(r), { 王𬌗: ['副市长'] });
    assert.deepStrictEqual(mentionTexts(text, r, '王𬌗'), ['王𬌗', '王𬌗']);
    assert.strictEqual(official(r, '王𬌗').mentions[0].start, text.indexOf('王𬌗'));
  });
});

describe('officials: where a name ends', () => {
  it('ends a name before a function word (朱某在…, 张某某在…)', () => {
    const r = analyse('市委副书记、市长朱鹏在主会场参加会议，市政府秘书长龚保安在分会场参加会议。');
    assert.deepStrictEqual(titlesByName(r), { 朱鹏: ['市委副书记', '市长'], 龚保安: ['市政府秘书长'] });
  });

  it('ends a name before the verb after it', () => {
    const r = analyse('副区长严世昀部署消防工作，副区长金立锋主持，副区长姚少波传达文件精神，副区长肖峰出席。');
    assert.deepStrictEqual(Object.keys(titlesByName(r)), ['严世昀', '金立锋', '姚少波', '肖峰']);
  });

  it('ends a name before 同志 and 等', () => {
    const r = analyse('成立以区委副书记、区长桂砺锋同志为组长的领导小组。副区长周文、吴强等参加。');
    assert.deepStrictEqual(titlesByName(r), { 桂砺锋: ['区委副书记', '区长'], 周文: ['副区长'], 吴强: ['副区长'] });
  });

  it('reads a name that is also a word or a place (高峰, 兰山, 国庆, 立新)', () => {
    const r = analyse('副市长高峰出席。副区长兰山主持。一级巡视员赵国庆、副省长韩立新参加。');
    assert.deepStrictEqual(titlesByName(r), {
      高峰: ['副市长'],
      兰山: ['副区长'],
      赵国庆: ['一级巡视员'],
      韩立新: ['副省长'],
    });
  });
});

describe('officials: words after a title that are not names', () => {
  const notNames = [
    '区长出席会议并讲话。',
    '市长在会上强调，要压实责任。',
    '副市长分管领域要抓好落实。',
    '区长强调，要守牢底线。',
    '市长高度重视安全生产工作。',
    '区长安排部署下一阶段工作。',
    '市长于会上指出，要举一反三。',
    '区长和副区长分别带队检查。',
    '区领导包乡镇、部门包企业。',
    '县长全面部署防汛工作。',
    '局长亲自抓、负总责。',
    '副县长应急值守到位。',
    '市长热线接到群众反映。',
    '组长单位要牵头抓总。',
    '书记处书记出席。',
    '主任委员会议召开。',
  ];
  for (const text of notNames) it(text, () => assertNoOfficials(text));
});
