import * as assert from 'assert';
import { assertNoDates, findDates } from './helpers';

describe('dates: things that are not dates', () => {
  const cases = [
    '按照“1+2+15”模式推进',
    '累计检查3次',
    '整改率为93.97%，同比下降12.5%',
    '市民可拨打12345热线反映问题',
    '市安委会第四次全体会议',
    '依赖opencc-js 1.4.2和jieba 2.0.3版本',
    '开展专项排查整治2023行动',
    '关键岗位24小时值班',
    '安全生产专项整治三年行动',
    '十月革命的道路',
    '一月一次例会',
    '整改期限为3个月，每月通报',
    '共处罚款21.221万元',
    '执行GB50016-2014标准',
    '联系电话0731-88888888',
    '琼ICP备2022009675号-3',
    '© 2012-2020 某某网 版权所有',
    '持续扩大安全生产月、消防宣传日的影响',
    '第1000家企业，近2000年来',
    '“三坚决两确保”目标',
  ];
  for (const text of cases) it(text, () => assertNoDates(text));

  it('does not read dates inside URLs in the prose', () => {
    const text = '本文链接：https://news.example.cn/content/2020-10-20/8531712.html';
    assert.deepStrictEqual(findDates(text).dates, []);
    assert.strictEqual(findDates(text).publishedAt, '2020-10-20');
  });
});
