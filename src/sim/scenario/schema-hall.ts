/**
 * The Scenario schema's hall blocks: the calendar (filing periods, holidays, opening hours), the
 * business types with their non-immediate cases, demand, and the window groups with their
 * schedules.
 */
import { z } from 'zod';
import { DEFAULTS } from './defaults.ts';
import * as L from './limits.ts';
import {
  channel,
  count,
  creditShares,
  d,
  dayType,
  distributionSpec,
  factor,
  id,
  isoDate,
  localized,
  monthKey,
  nonNegative,
  perDayType,
  probability,
  profile,
  servers,
  timeOfDay,
  timeRange,
  visitorsPerDay,
  workingDays,
} from './schema-parts.ts';

// ---------------------------------------------------------------------------------------------
// Calendar

export const filingPeriod = z
  .strictObject({
    deadlineDay: z
      .int()
      .min(1)
      .max(31)
      .optional()
      .meta({
        description: d('每月申报截止日（几号）', 'day of the month of the deadline'),
        default: DEFAULTS.calendar.filingPeriod.deadlineDay,
      }),
    moveDeadlinePastHolidays: z
      .boolean()
      .optional()
      .meta({
        description: d(
          '截止日逢非工作日顺延至下一个工作日',
          'a deadline on a non-working day moves to the next working day',
        ),
        default: DEFAULTS.calendar.filingPeriod.moveDeadlinePastHolidays,
      }),
    extendForLongHolidays: z
      .boolean()
      .optional()
      .meta({
        description: d(
          '申报期内连续 3 天以上的节假日按天数顺延截止日',
          'three or more consecutive holidays inside the period extend it by their number',
        ),
        default: DEFAULTS.calendar.filingPeriod.extendForLongHolidays,
      }),
  })
  .meta({
    description: d('每月申报期（征期）：从月初到截止日', 'the monthly filing period, from the 1st to the deadline'),
  });

export const calendar = z
  .strictObject({
    startDate: isoDate.meta({ description: d('模拟开始日期', 'first simulated day') }),
    days: z
      .int()
      .min(1)
      .max(366)
      .meta({ description: d('模拟天数（1–366）', 'days simulated, 1 to 366') }),
    openWeekdays: z
      .array(z.int().min(1).max(7))
      .min(1)
      .max(7)
      .optional()
      .meta({
        description: d('开放的星期（1 = 周一 … 7 = 周日）', 'ISO weekdays the hall opens (1 = Monday ... 7 = Sunday)'),
        default: [...DEFAULTS.calendar.openWeekdays],
      }),
    holidays: z
      .array(isoDate)
      .max(L.MAX_DATES)
      .optional()
      .meta({
        description: d(
          '法定节假日（即使是开放的星期也闭厅），按日期升序',
          'public holidays, closed even on an open weekday; ascending',
        ),
        default: [],
      }),
    extraWorkdays: z
      .array(isoDate)
      .max(L.MAX_DATES)
      .optional()
      .meta({
        description: d(
          '调休上班日（平时不开放的星期照常上班），按日期升序',
          'make-up working days (调休上班) on normally closed weekdays; ascending',
        ),
        default: [],
      }),
    open: timeOfDay.meta({ description: d('开门时间', 'opening time') }),
    close: timeOfDay.meta({ description: d('关门时间', 'closing time') }),
    lunch: timeRange
      .nullable()
      .optional()
      .meta({
        description: d(
          '午休：不发新号（窗口按排班）；null 表示无午休',
          'lunch break: no new tickets (windows follow their schedule); null = none',
        ),
        default: DEFAULTS.calendar.lunch,
      }),
    ticketCutoffMinutes: nonNegative.optional().meta({
      description: d('关门前多少分钟停止取号（分钟）', 'tickets stop this many minutes before closing'),
      default: DEFAULTS.calendar.ticketCutoffMinutes,
    }),
    filingPeriod: filingPeriod
      .nullable()
      .optional()
      .meta({
        description: d('申报期；null 表示不区分申报期', 'the monthly filing period; null = none'),
        default: { ...DEFAULTS.calendar.filingPeriod },
      }),
    dayTypeOverrides: z
      .record(isoDate, dayType)
      .optional()
      .meta({ description: d('指定某日的日类型', 'force a day type on a date'), default: {} }),
    intervalMinutes: z
      .literal([15, 30, 60])
      .optional()
      .meta({
        description: d(
          '统计时段长度（分钟）：15、30 或 60；排班按此时段',
          'length of the statistics and schedule intervals, minutes: 15, 30 or 60',
        ),
        default: DEFAULTS.calendar.intervalMinutes,
      }),
    warmupDays: count.optional().meta({
      description: d('开头不计入统计的天数', 'days at the start left out of the statistics'),
      default: DEFAULTS.calendar.warmupDays,
    }),
  })
  .meta({ description: d('日历：工作日、营业时间、申报期', 'calendar: working days, opening hours, filing period') });

// ---------------------------------------------------------------------------------------------
// Business types

export const caseSpec = z
  .strictObject({
    acceptance: distributionSpec.meta({
      description: d(
        '窗口受理并出具收件回执的时间（分钟），即非即办事项的窗口办理时间',
        'time at the window to accept the matter and issue a receipt, minutes (the window time of a non-immediate type)',
      ),
    }),
    limitDays: z
      .strictObject({
        default: workingDays,
        A: workingDays.optional(),
        B: workingDays.optional(),
        M: workingDays.optional(),
        C: workingDays.optional(),
        D: workingDays.optional(),
      })
      .meta({
        description: d(
          '办理时限（工作日），按纳税信用等级；default 用于未列出的等级',
          'time limit in working days by credit class; default for classes not listed',
        ),
      }),
    averageTargetDays: z
      .number()
      .positive()
      .max(L.MAX_WORKING_DAYS)
      .optional()
      .meta({
        description: d(
          '公布的平均办结目标（工作日），如出口退税 8 天；缺省为无',
          'a published average target in working days (e.g. 8 for export refunds); default none',
        ),
      }),
    transfer: distributionSpec.meta({
      description: d(
        '受理到承办人员的转办时间（工作分钟）',
        'from acceptance to the handling officer, working minutes',
      ),
    }),
    work: distributionSpec.meta({
      description: d('后台承办用时（人员工作分钟）', "back-office work, minutes of an officer's time"),
    }),
    answer: distributionSpec.meta({
      description: d('办结到反馈纳税人的时间（工作分钟）', 'from handled to answered, working minutes'),
    }),
  })
  .meta({
    description: d(
      '非即办事项的受理、转办、承办、反馈（规则一、二）',
      'how a non-immediate matter is handled after the window (rules 1 and 2)',
    ),
  });

export const businessType = z.strictObject({
  id,
  name: localized,
  share: probability.meta({
    description: d('占全厅需求的比例；所有业务类型合计为 1', "share of the hall's demand; all types sum to 1"),
  }),
  monthShares: z
    .record(monthKey, probability)
    .optional()
    .meta({
      description: d(
        '某些月份的占比（键 "1".."12"），其他类型按比例缩放',
        'this type\'s share in some months (keys "1".."12"); the other types are rescaled',
      ),
      default: {},
    }),
  service: distributionSpec.meta({
    description: d(
      '窗口办理时间（分钟）；非即办类型以 case.acceptance 为准',
      'handling time at a window, minutes (a non-immediate type uses case.acceptance)',
    ),
  }),
  kiosk: z
    .strictObject({
      eligibleShare: probability.optional().meta({
        description: d('可在自助终端办理的比例', 'share of this type a kiosk can do'),
        default: DEFAULTS.type.kioskEligibleShare,
      }),
      time: distributionSpec.meta({ description: d('终端办理时间（分钟）', 'time at a kiosk, minutes') }),
    })
    .nullable()
    .optional()
    .meta({
      description: d('自助终端可否办理；null 表示不可', 'whether a kiosk can do it; null = no'),
      default: DEFAULTS.type.kiosk,
    }),
  immediate: z
    .boolean()
    .optional()
    .meta({
      description: d(
        '即办事项；false 时需要 case 和 backOffice',
        'immediate (即办); a non-immediate type needs case and a back office',
      ),
      default: DEFAULTS.type.immediate,
    }),
  case: caseSpec.optional(),
  creditShares: creditShares.optional().meta({
    description: d(
      '该类型纳税人的信用等级占比；缺省用 behaviour.creditShares',
      "credit class shares of this type's taxpayers; default behaviour.creditShares",
    ),
  }),
});

// ---------------------------------------------------------------------------------------------
// Demand

export const workingDaysFactor = z.strictObject({
  days: count.meta({ description: d('工作日数', 'working days') }),
  factor: factor.meta({ description: d('系数', 'factor') }),
});

export const demand = z
  .strictObject({
    dailyVolume: visitorsPerDay.meta({
      description: d(
        `工作日的取号量（人/天），未乘各系数；乘以系数后每天不超过 ${L.MAX_VISITORS_PER_DAY} 人，整个模拟期间（含自助网点自有用户）不超过 ${L.MAX_VISITORS_IN_HORIZON} 人`,
        `tickets on a working day before the factors, per day; after the factors at most ${L.MAX_VISITORS_PER_DAY} on any day, and at most ${L.MAX_VISITORS_IN_HORIZON} over the simulated days (with kiosk sites' own users)`,
      ),
    }),
    dayTypeFactors: z
      .strictObject({ ordinary: factor.optional(), filing: factor.optional(), deadline: factor.optional() })
      .optional()
      .meta({
        description: d('按日类型的系数', 'factor by day type'),
        default: { ordinary: 1, filing: 1, deadline: 1 },
      }),
    filingPositionFactors: z
      .strictObject({
        firstWorkingDays: workingDaysFactor.optional().meta({
          description: d('申报期最初几个工作日的系数', 'factor of the first working days of the filing period'),
        }),
        lastWorkingDays: workingDaysFactor.optional().meta({
          description: d('截止日前最后几个工作日的系数', 'factor of the last working days before the deadline day'),
        }),
      })
      .optional()
      .meta({
        description: d(
          '申报期首尾工作日的系数，替代该日的申报期系数；缺省为无',
          'factors of the first and last working days of the filing period, replacing the filing factor there; default none',
        ),
      }),
    weekdayFactors: z
      .array(factor)
      .length(7)
      .optional()
      .meta({
        description: d('按星期的系数，周一在前，7 个数', 'factor by weekday, Monday first, 7 numbers'),
        default: [...DEFAULTS.demand.weekdayFactors],
      }),
    monthFactors: z
      .record(monthKey, factor)
      .optional()
      .meta({
        description: d(
          '按月份的系数（键 "1".."12"），未列出的月份为 1',
          'factor by month (keys "1".."12"), 1 when not listed',
        ),
        default: {},
      }),
    byDate: z
      .record(isoDate, visitorsPerDay)
      .optional()
      .meta({
        description: d('指定日期的取号量，替代所有系数', 'tickets on a given date, replacing every factor'),
        default: {},
      }),
    intraday: z.union([profile, perDayType(profile)]).meta({
      description: d(
        '日内取号分布：一个分布，或按日类型各一个；可早于开门（开门时取号）',
        'when tickets are taken during the day: one profile, or one per day type; may start before opening (those take their ticket at opening)',
      ),
    }),
    onlineShare: probability.optional().meta({
      description: d('转为网上办理、不来大厅的比例', 'share of demand that goes online instead of coming'),
      default: DEFAULTS.demand.onlineShare,
    }),
  })
  .meta({ description: d('需求：日取号量、各种系数与日内分布', 'demand: daily volume, factors and intraday profile') });

// ---------------------------------------------------------------------------------------------
// Windows

export const schedule = z.array(count);

export const windowGroup = z.strictObject({
  id,
  name: localized,
  kind: z.enum(['general', 'dedicated', 'green', 'appointment']).meta({
    description: d('窗口类别：general 综合、dedicated 专业、green 绿色通道、appointment 预约', 'window kind'),
  }),
  windows: servers.meta({ description: d('该组的物理窗口数', 'physical windows in the group') }),
  types: z
    .array(id)
    .min(1)
    .max(L.MAX_TYPES)
    .optional()
    .meta({
      description: d(
        '办理的业务类型 id；缺省为全部（专业窗口必须列出）',
        'business type ids served; default all (a dedicated group must list them)',
      ),
    }),
  channels: z
    .array(channel)
    .min(1)
    .optional()
    .meta({
      description: d(
        '服务的渠道；缺省：综合与专业窗口服务全部，绿色通道服务 staggered，预约窗口服务 appointment 与 staggered',
        'channels served; default: general and dedicated all, green staggered, appointment appointment and staggered',
      ),
    }),
  schedule: z.union([schedule, perDayType(schedule)]).meta({
    description: d(
      '每个统计时段开放的窗口数（从开门到关门），一个数组或按日类型各一个；每个值不超过 windows',
      'open windows per statistics interval from opening to closing, one array or one per day type; each value at most windows',
    ),
  }),
});

export const windows = z
  .strictObject({
    routing: z
      .enum(['shortestExpectedWait', 'firstEligible'])
      .optional()
      .meta({
        description: d('纳税人在可办理的窗口组间如何选择', 'how a taxpayer picks among the groups that serve them'),
        default: DEFAULTS.windows.routing,
      }),
    groups: z.array(windowGroup).min(1).max(L.MAX_GROUPS),
  })
  .meta({ description: d('窗口组与排班', 'window groups and their schedules') });
