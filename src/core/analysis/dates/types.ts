import type { Span } from '../../text/types';

/** Where a part of the period sits inside its unit: 年初/月初, 年底/月底/年末/月末, 年内. */
export type PeriodPart = 'start' | 'end' | 'within';

/**
 * One end of a date expression as written, before any year is inferred. Fields are set only when the
 * text says them; `*Offset` fields are relative to a reference (publication date, previous date).
 */
export interface DatePoint {
  year?: number;
  /** 今年 0, 去年/上年 -1, 前年 -2, 明年 1, relative to the reference year. */
  yearOffset?: number;
  month?: number;
  /** 本月 0, 上月 -1, 下月 1. */
  monthOffset?: number;
  day?: number;
  /** 今天/今日 0, 昨天/昨日 -1, 前天 -2: relative to the publication date. */
  dayOffset?: number;
  /** 本周 0, 上周 -1, 下周 1. */
  weekOffset?: number;
  /** 当天/当日 0, 次日/翌日 1: relative to the date mentioned just before. */
  previousDayOffset?: number;
  /** 近日/日前: recently, on or shortly before publication. */
  recent?: boolean;
  quarter?: number;
  half?: 1 | 2;
  /** 上旬 1, 中旬 2, 下旬 3. */
  xun?: 1 | 2 | 3;
  /** Applies to the smallest unit present (年底 → year, 8月底 → month). */
  part?: PeriodPart;
  hour?: number;
  minute?: number;
  second?: number;
  /** 0 = Sunday … 6 = Saturday, when the text states it (`(星期二)`). */
  weekday?: number;
  /** 上午, 下午, 晚上 … as written. */
  daypart?: string;
}

/** A date expression found in the text, parsed but not yet resolved. */
export interface RawDate extends Span {
  from: DatePoint;
  /** The end of a range (`7月1日至3日`, `6月至9月`, `前三季度`); missing fields inherit from `from`. */
  to?: DatePoint;
  /** `以来`: since then, up to the time of writing. */
  since?: boolean;
  /** `至今`: from then until now. */
  untilNow?: boolean;
  /** `截至`: up to and including. */
  upTo?: boolean;
  /** `前`/`之前`: a deadline (年底前). */
  before?: boolean;
  /** `起`: from then on. */
  onward?: boolean;
  /**
   * `xun`: the date of a news lead (`永州10月20日讯`, `北京8月1日电`);
   * `after-xun`: the date right after `本报讯（记者 …）`.
   */
  dateline?: 'xun' | 'after-xun';
  /** Why the written date cannot exist (`2月30日`). */
  impossible?: string;
}

export type PublicationSource = 'dateline' | 'header' | 'url' | 'lead' | 'path';

/** The publication date and the evidence for it. */
export interface Publication {
  /** ISO date or date-time (`2023-08-01T19:05:52`); `--10-20` when only a lead without a year was found. */
  iso: string;
  year?: number;
  month: number;
  day: number;
  source: PublicationSource;
  /** Human-readable evidence, e.g. `发布时间 dateline "发布时间:2023-08-01 19:05:52"`. */
  how: string;
  /** Where the evidence is in the text (absent for pathHint). */
  span?: Span;
}
