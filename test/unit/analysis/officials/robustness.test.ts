import * as assert from 'assert';
import { analyse, findOfficials, titlesByName } from './helpers';

/**
 * Large and degenerate inputs: the scan is linear (every rule looks a bounded distance around a post or a
 * name), so these finish; what is asserted is that the answers stay right at that size.
 */
describe('officials: large and degenerate input', () => {
  it('reads a 1 MB report like its parts', () => {
    const report =
      '区委副书记、区长罗海平出席并讲话，副区长张敏、肖杰出席。罗海平强调，要守牢底线。' +
      '全区各部门要举一反三，坚决遏制事故发生。\n（记者 严 越）\n';
    const text = report.repeat(Math.ceil(1_000_000 / report.length));
    const r = findOfficials(text);
    const copies = text.length / report.length;
    assert.deepStrictEqual(titlesByName(r), { 罗海平: ['区委副书记', '区长'], 张敏: ['副区长'], 肖杰: ['副区长'] });
    assert.strictEqual(r.officials[0].mentions.length, 2 * copies);
    assert.strictEqual(r.people[0].mentions.length, copies);
  });

  it('survives 300,000 characters of nothing but posts, labels, separators or credits', () => {
    for (const unit of ['市长', '市领导', '、', '（记者 ', '张三同志', '区长甲、', '的']) {
      const text = unit.repeat(Math.ceil(300_000 / unit.length));
      const r = findOfficials(text);
      assert.deepStrictEqual(r.officials, [], unit);
    }
  });

  it('caps a title chain and a list of names', () => {
    const text = '副市长张三、'.repeat(2000) + '出席。';
    const r = analyse(text);
    assert.deepStrictEqual(titlesByName(r), { 张三: ['副市长'] });
    assert.strictEqual(r.officials[0].mentions.length, 2000);
  });

  it('handles empty text, text without Han characters and lone surrogates', () => {
    assert.deepStrictEqual(findOfficials(''), { officials: [], people: [] });
    assert.deepStrictEqual(findOfficials('Mayor Li attended. 2023-08-01'), { officials: [], people: [] });
    const r = analyse('\ud800副市长王海\udc00出席。');
    assert.deepStrictEqual(titlesByName(r), { 王海: ['副市长'] });
  });

  it('gives the same answer for the same text, whatever was analysed before', () => {
    const text = '副市长高峰出席。用电高峰时段要加强巡查。高峰强调，要守牢底线。';
    const first = findOfficials(text);
    findOfficials('副区长张保安出席。会议由市长高峰期主持。');
    assert.deepStrictEqual(findOfficials(text), first);
  });
});
