import * as assert from 'assert';
import { findDates } from './helpers';

const PUB = '标题\n发布时间：2023-08-02\n';

describe('dates: meeting dates', () => {
  it('takes the date attached to 举行 in the lead', () => {
    const r = findDates(`${PUB}全区安全生产和消防工作推进会8月1日下午举行，区长出席并讲话。\n会议要求，9月底前完成排查。`);
    assert.deepStrictEqual(r.meetingDates, ['2023-08-01']);
  });

  it('takes a date at the start of the lead with 召开', () => {
    const r = findDates(`${PUB}8月1日，全市安全生产电视电话会议召开。会议强调，要压实责任。`);
    assert.deepStrictEqual(r.meetingDates, ['2023-08-01']);
  });

  it('skips the news-lead date and keeps the meeting date', () => {
    const r = findDates('标题\n某某网某市8月2日讯（通讯员 张三）8月1日，县政府召开专题会议，部署汛期安全工作。\n', { pathHint: '/2023/0802/a.html' });
    assert.deepStrictEqual(r.meetingDates, ['2023-08-01']);
  });

  it('gives a range as an ISO interval', () => {
    const r = findDates(`${PUB}7月25日至27日，全省应急管理干部培训班在省城举行。`);
    assert.deepStrictEqual(r.meetingDates, ['2023-07-25/2023-07-27']);
  });

  it('finds the date in a headline', () => {
    const r = findDates('8月1日全市安全生产工作会议召开\n发布时间：2023-08-02\n会议要求各区县切实扛起安全责任，强化隐患排查整治。');
    assert.deepStrictEqual(r.meetingDates, ['2023-08-01']);
  });

  it('keeps a yearless meeting date as --MM-DD', () => {
    const r = findDates('1月27日下午，区里召开贯彻落实安全生产会议精神工作会议。');
    assert.deepStrictEqual(r.meetingDates, ['--01-27']);
  });

  it('ignores a lead date without a meeting, and meetings later in the body', () => {
    const r = findDates(`${PUB}7月1日起，全区实施燃气安全新规，各街道逐户宣传到位。\n7月24日，区安委办召开燃气安全座谈会。`);
    assert.deepStrictEqual(r.meetingDates, []);
  });
});
