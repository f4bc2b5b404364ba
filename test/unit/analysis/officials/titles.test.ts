import * as assert from 'assert';
import { analyse, assertNoOfficials, official, titlesByName } from './helpers';

describe('officials: titles before a name', () => {
  it('reads a chain of titles joined by 、', () => {
    const r = analyse('8月3日下午，区委副书记、区长罗海平出席并讲话，区委常委、常务副区长唐晓峰主持会议。');
    assert.deepStrictEqual(titlesByName(r), {
      罗海平: ['区委副书记', '区长'],
      唐晓峰: ['区委常委', '常务副区长'],
    });
  });

  it('reads a chain of three titles ending in a committee', () => {
    const r = analyse('市委副书记、市长、市安委会主任高振宇出席并讲话。');
    assert.deepStrictEqual(titlesByName(r), { 高振宇: ['市委副书记', '市长', '市安委会主任'] });
  });

  it('gives one title to every name of the list after it', () => {
    const r = analyse('副市长郭文礼、魏再兴、崔志斌、董明光，市政府秘书长龚建安在分会场参加会议。');
    assert.deepStrictEqual(titlesByName(r), {
      郭文礼: ['副市长'],
      魏再兴: ['副市长'],
      崔志斌: ['副市长'],
      董明光: ['副市长'],
      龚建安: ['市政府秘书长'],
    });
  });

  it('reads two-character names in a list (副区长张某、肖某出席)', () => {
    const r = analyse('副区长张敏、肖杰出席。');
    assert.deepStrictEqual(titlesByName(r), { 张敏: ['副区长'], 肖杰: ['副区长'] });
  });

  it('joins a list with 和 as well as 、', () => {
    const r = analyse('副区长彭立和孔维出席活动。');
    assert.deepStrictEqual(titlesByName(r), { 彭立: ['副区长'], 孔维: ['副区长'] });
  });

  it('ends a list where a new title begins (…及市政府秘书长某某)', () => {
    const r = analyse('市领导陶文锋、汪永胜及市政府秘书长施夕明出席。');
    assert.deepStrictEqual(titlesByName(r), {
      陶文锋: ['市领导'],
      汪永胜: ['市领导'],
      施夕明: ['市政府秘书长'],
    });
  });

  it('records the span of each title of the chain', () => {
    const text = '区委副书记、区长罗海平出席。';
    const o = official(analyse(text), '罗海平');
    assert.deepStrictEqual(
      o.titleSpans.map((s) => text.slice(s.start, s.end)),
      ['区委副书记', '区长'],
    );
    assert.deepStrictEqual(o.mentions, [{ start: 8, end: 11 }]);
  });
});

describe('officials: titles at every level', () => {
  const cases: Array<[string, string, string[]]> = [
    ['省委书记、省人大常委会主任梁建国出席。', '梁建国', ['省委书记', '省人大常委会主任']],
    ['副省长韩立新主持会议。', '韩立新', ['副省长']],
    ['旗委副书记、旗长宝力德出席。', '宝力德', ['旗委副书记', '旗长']],
    ['镇党委书记杜文涛，镇长秦海燕参加。', '杜文涛', ['镇党委书记']],
    ['镇党委书记杜文涛，镇长秦海燕参加。', '秦海燕', ['镇长']],
    ['乡党委书记、乡长石磊带队检查。', '石磊', ['乡党委书记', '乡长']],
    ['街道党工委书记邵明辉介绍情况。', '邵明辉', ['街道党工委书记']],
    ['街道办事处主任林小燕汇报工作。', '林小燕', ['街道办事处主任']],
    ['县委常委、常务副县长彭立群主持。', '彭立群', ['县委常委', '常务副县长']],
    ['区政协主席孙立国出席。', '孙立国', ['区政协主席']],
    ['代市长许文博出席会议。', '许文博', ['代市长']],
  ];
  for (const [text, name, titles] of cases) {
    it(`${name}: ${titles.join('、')}`, () => {
      assert.deepStrictEqual(official(analyse(text), name).titles, titles);
    });
  }
});

describe('officials: departments, committees and ranks', () => {
  it('reads department titles with their level', () => {
    const r = analyse('市应急管理局局长李文华，县住建局党组书记王国栋，县住房和城乡建设局副局长赵立新参加。');
    assert.deepStrictEqual(titlesByName(r), {
      李文华: ['市应急管理局局长'],
      王国栋: ['县住建局党组书记'],
      赵立新: ['县住房和城乡建设局副局长'],
    });
  });

  it('reads committee and headquarters titles', () => {
    const r = analyse('市安委会副主任周晓东，市防指常务副指挥长刘建平，区安委办主任钱卫红出席。');
    assert.deepStrictEqual(titlesByName(r), {
      周晓东: ['市安委会副主任'],
      刘建平: ['市防指常务副指挥长'],
      钱卫红: ['区安委办主任'],
    });
  });

  it('reads 党组成员, 一级巡视员 and 秘书长 ranks', () => {
    const r = analyse('市应急管理局党组成员、副局长黄海涛，一级巡视员赵国庆，市政府副秘书长周明出席。');
    assert.deepStrictEqual(titlesByName(r), {
      黄海涛: ['市应急管理局党组成员', '副局长'],
      赵国庆: ['一级巡视员'],
      周明: ['市政府副秘书长'],
    });
  });

  it('reads a concurrent post joined by 兼, and a department named by its post (宣传部长)', () => {
    const r = analyse('副市长兼市公安局局长王海出席。省委常委、宣传部长李文讲话。');
    assert.deepStrictEqual(titlesByName(r), {
      王海: ['副市长', '市公安局局长'],
      李文: ['省委常委', '宣传部长'],
    });
  });

  it('keeps the place that names the organisation', () => {
    const r = analyse('永州市冷水滩区应急管理局局长刘卫东出席，上海市徐汇区区长方志远讲话。');
    assert.deepStrictEqual(titlesByName(r), {
      刘卫东: ['永州市冷水滩区应急管理局局长'],
      方志远: ['上海市徐汇区区长'],
    });
  });

  it('starts the title after the words before it (由, 以, 邀请, 要求)', () => {
    const r = analyse('会议由市应急管理局局长李文华主持。以区委副书记、区长罗海平同志为组长。邀请县消防救援大队大队长吴刚讲解。要求应急局局长孟凡汇报。');
    assert.deepStrictEqual(titlesByName(r), {
      李文华: ['市应急管理局局长'],
      罗海平: ['区委副书记', '区长'],
      吴刚: ['县消防救援大队大队长'],
      孟凡: ['应急局局长'],
    });
  });

  it('reads national leaders before a name', () => {
    const r = analyse('国务院总理李强、国务委员王小洪出席。中共中央政治局常委、国务院副总理丁学祥讲话。');
    assert.deepStrictEqual(titlesByName(r), {
      李强: ['国务院总理'],
      王小洪: ['国务委员'],
      丁学祥: ['中共中央政治局常委', '国务院副总理'],
    });
  });
});

describe('officials: titles after a name', () => {
  it('reads 总书记 after a national leader', () => {
    const text = '全体干部要认真学习习近平总书记关于防汛救灾的指示。';
    const r = analyse(text);
    assert.deepStrictEqual(titlesByName(r), { 习近平: ['总书记'] });
    assert.deepStrictEqual(official(r, '习近平').titleSpans.map((s) => text.slice(s.start, s.end)), ['总书记']);
  });

  it('reads a bare post after a name (王某区长)', () => {
    const r = analyse('会上，王征区长指出，要压实责任。许卫民市长要求，各部门立即行动。');
    assert.deepStrictEqual(titlesByName(r), { 王征: ['区长'], 许卫民: ['市长'] });
  });

  it('does not take a preposition before the name as its surname (向张某书记汇报)', () => {
    const r = analyse('各单位要及时向张海书记汇报。');
    assert.deepStrictEqual(titlesByName(r), { 张海: ['书记'] });
  });

  it('adds a title given after the name to those given before', () => {
    const r = analyse('市委副书记、市长许卫民出席。许卫民市长指出，要加强检查。');
    assert.deepStrictEqual(titlesByName(r), { 许卫民: ['市委副书记', '市长'] });
    assert.strictEqual(official(r, '许卫民').mentions.length, 2);
  });
});

describe('officials: group labels', () => {
  it('gives the label as the title of the names it introduces', () => {
    const r = analyse('市领导刘晓峰、陈思源出席。区领导张宏、李卫东参加。');
    assert.deepStrictEqual(titlesByName(r), {
      刘晓峰: ['市领导'],
      陈思源: ['市领导'],
      张宏: ['区领导'],
      李卫东: ['区领导'],
    });
  });

  it('reads labels with 委, 级 and a colon', () => {
    const r = analyse('出席会议的县级领导有：马立军、方志成。');
    assert.deepStrictEqual(titlesByName(r), { 马立军: ['县级领导'], 方志成: ['县级领导'] });
  });

  it('prefers a specific title to the label', () => {
    const r = analyse('副市长刘晓峰主持。市领导刘晓峰、陈思源出席。');
    assert.deepStrictEqual(titlesByName(r), { 刘晓峰: ['副市长'], 陈思源: ['市领导'] });
  });

  it('reads nothing when no name follows a label', () => {
    assertNoOfficials('区领导包乡镇、强化领导责任；分管区领导要开展约谈，县领导高度重视。');
    assertNoOfficials('全市领导干部要带头，区领导小组要统筹。');
  });
});

describe('officials: title traps', () => {
  it('市长江训开 is 市长 + 江训开, not 长江', () => {
    const r = analyse('会议指出，市长江训开出席会议并讲话。江训开强调，要守牢长江安全底线。');
    assert.deepStrictEqual(titlesByName(r), { 江训开: ['市长'] });
    assert.strictEqual(official(r, '江训开').mentions.length, 2);
  });

  it('江阴市长泾镇 holds no mayor: 长泾镇 is a town of 江阴市', () => {
    assertNoOfficials('省安委办暗访组在江阴市长泾镇、徐霞客镇暗查暗访。');
    const r = analyse('江阴市长泾镇召开会议，镇长陆建华出席。北京市长安街沿线开展检查。');
    assert.deepStrictEqual(titlesByName(r), { 陆建华: ['镇长'] });
  });

  it('does not read posts inside other words (城市长远, 社区长者, 园区长期, 人大常委会)', () => {
    assertNoOfficials('推动城市长远发展，关爱社区长者，保持园区长期稳定，全区长期坚持，区人大常委会会议召开。');
  });

  it('does not read a title without a name', () => {
    assertNoOfficials('区长出席会议。市长在会上强调。副市长分管领域要落实。区长强调，要落实。市长高度重视。区长安排部署。');
    assertNoOfficials('市长于会上指出，区长和副区长出席，局长要亲自抓。');
  });

  it('does not make a name of a department before a post (王某局长 is a name, 应急局长 a department)', () => {
    const r = analyse('会上，王建军局长指出，要严格执法。');
    assert.deepStrictEqual(titlesByName(r), { 王建军: ['局长'] });
  });
});
