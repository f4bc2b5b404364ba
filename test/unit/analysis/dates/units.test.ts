import * as assert from 'assert';
import { formatWeek, impossibleDay, isLeapYear } from '../../../../src/core/analysis/dates/calendar';
import { parseSmallNumber, parseYearDigits, toAsciiDigits } from '../../../../src/core/analysis/dates/numerals';
import { weekdayOf } from '../../../../src/core/analysis/dates';

describe('dates: numerals and calendar', () => {
  it('parses Chinese month and day numbers', () => {
    const cases: [string, number][] = [
      ['一', 1], ['十', 10], ['十二', 12], ['二十', 20], ['二十三', 23], ['廿一', 21], ['卅', 30], ['卅一', 31], ['三十一', 31],
      ['两', 2], ['08', 8], ['８', 8], ['１２', 12],
    ];
    for (const [s, n] of cases) assert.strictEqual(parseSmallNumber(s), n, s);
    for (const s of ['', '零', '十十', '一二', '二十〇', '123', '百']) assert.ok(Number.isNaN(parseSmallNumber(s)), s);
  });

  it('parses years written digit by digit', () => {
    assert.strictEqual(parseYearDigits('二〇二三'), 2023);
    assert.strictEqual(parseYearDigits('二零二四'), 2024);
    assert.strictEqual(parseYearDigits('一九四九'), 1949);
    assert.strictEqual(parseYearDigits('２０２３'), 2023);
    assert.ok(Number.isNaN(parseYearDigits('二〇二x')));
    assert.strictEqual(toAsciiDigits('２０２３年'), '2023年');
  });

  it('knows leap years and the length of months', () => {
    assert.ok(isLeapYear(2024) && isLeapYear(2000) && !isLeapYear(1900) && !isLeapYear(2023));
    assert.strictEqual(impossibleDay(2024, 2, 29), undefined);
    assert.strictEqual(impossibleDay(undefined, 2, 29), undefined);
    assert.match(impossibleDay(2023, 2, 29)!, /leap/);
    assert.match(impossibleDay(2023, 4, 31)!, /30 days/);
  });

  it('numbers ISO weeks across year boundaries', () => {
    assert.strictEqual(formatWeek({ year: 2023, month: 1, day: 1 }), '2022-W52');
    assert.strictEqual(formatWeek({ year: 2020, month: 12, day: 31 }), '2020-W53');
    assert.strictEqual(formatWeek({ year: 2023, month: 8, day: 1 }), '2023-W31');
    assert.strictEqual(formatWeek({ year: 2024, month: 12, day: 30 }), '2025-W01');
  });

  it('names the weekday of an ISO day for hovers', () => {
    assert.strictEqual(weekdayOf('2023-08-01'), 'Tuesday');
    assert.strictEqual(weekdayOf('2023-08-01T19:05:52'), 'Tuesday');
    assert.strictEqual(weekdayOf('2023-Q2'), undefined);
    assert.strictEqual(weekdayOf('--01-27'), undefined);
  });
});
