/**
 * The Scenario (scenario.ts) as a zod 4 schema: the structural half of validation and the source
 * of data/scenario.schema.json (`npm run schema`). Cross-field rules (shares summing to 1,
 * references, schedules against opening hours...) live in validate-*.ts; `validateScenario`
 * runs both and turns every issue into a bilingual Problem.
 *
 * Guarantees:
 *  - the inferred type and the `Scenario` interface are the same type (checked at compile time
 *    at the bottom of this file), so the two cannot drift;
 *  - objects are strict: an unknown field is an error, never silently dropped;
 *  - nothing transforms: no `.default()`, no coercion. Defaults are documented in the JSON Schema
 *    (`default`, taken from DEFAULTS) and applied by resolve.ts after validation;
 *  - jitless: zod never probes `new Function`, so the app runs under a CSP without 'unsafe-eval'.
 */
import { z } from 'zod';
import { DEFAULTS } from './defaults.ts';
import * as L from './limits.ts';
import type * as S from './scenario.ts';
import { CHANNELS, DAY_TYPES, SCENARIO_VERSION } from './scenario.ts';

// Must run before any schema below is built: zod decides at construction whether an object
// schema may compile a fast path with `new Function` (forbidden by the app's CSP). Keep it here.
z.config({ jitless: true });

/** "中文 — English" for JSON Schema descriptions (shown by editors on hover). */
function d(zh: string, en: string): string {
  return `${zh} — ${en}`;
}

// Patterns: the validator maps these sources back to planner-readable messages (PATTERNS).
export const TIME_PATTERN = /^(?:(?:[01]\d|2[0-3]):[0-5]\d|24:00)$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const ID_PATTERN = /^[a-z0-9_-]+$/;
export const MONTH_PATTERN = /^(?:[1-9]|1[0-2])$/;

const timeOfDay = z
  .string()
  .regex(TIME_PATTERN)
  .meta({ id: 'TimeOfDay', description: d('时刻 "HH:MM"，00:00 至 24:00', 'a time of day "HH:MM", 00:00 to 24:00') });
const isoDate = z
  .string()
  .regex(DATE_PATTERN)
  .meta({ id: 'IsoDate', description: d('日期 "YYYY-MM-DD"', 'a date "YYYY-MM-DD"') });
const id = z
  .string()
  .regex(ID_PATTERN)
  .meta({ description: d('标识：小写字母、数字、- 和 _', 'identifier: lower-case letters, digits, - and _') });
const monthKey = z.string().regex(MONTH_PATTERN);

const nonNegative = z.number().min(0);
const probability = z.number().min(0).max(1);
const count = z.int().min(0);
const minutes = (zh: string, en: string) => nonNegative.meta({ description: d(`${zh}（分钟）`, `${en}, minutes`) });

// Bounded numbers (limits.ts): what the engine runs comfortably; data/README.md, "Limits".
const duration = z.number().min(0).max(L.MAX_DURATION_MINUTES);
const positiveDuration = z.number().positive().max(L.MAX_DURATION_MINUTES);
const cv = z.number().min(L.MIN_CV).max(L.MAX_CV);
const visitorsPerDay = z.number().min(0).max(L.MAX_VISITORS_PER_DAY);
const factor = z.number().min(0).max(L.MAX_FACTOR);
const servers = z.int().min(0).max(L.MAX_SERVERS);
const slotCapacity = z.int().min(0).max(L.MAX_SLOT_CAPACITY);
const slotMinutes = z.int().min(1).max(L.MAX_SLOT_MINUTES);
const workingDays = z.int().min(1).max(L.MAX_WORKING_DAYS);
const workingDaysOrNone = z.int().min(0).max(L.MAX_WORKING_DAYS);

const dayType = z
  .enum(DAY_TYPES as [S.DayType, ...S.DayType[]])
  .meta({ id: 'DayType', description: d('日类型：ordinary 平日、filing 申报期、deadline 申报截止日', 'day type') });
const channel = z
  .enum(CHANNELS as [S.Channel, ...S.Channel[]])
  .meta({ description: d('渠道：walkIn 现场取号、appointment 预约、staggered 错峰预约', 'channel') });

const localized = z
  .strictObject({ zh: z.string().min(1), en: z.string().min(1) })
  .meta({ id: 'Localized', description: d('中英文名称', 'a name in Chinese and English') });
const localizedText = z.strictObject({ zh: z.string(), en: z.string() });

const timeRange = z
  .strictObject({ start: timeOfDay, end: timeOfDay })
  .meta({ id: 'TimeRange', description: d('时间段 [start, end)', 'a time range [start, end)') });
const profilePiece = z.strictObject({ start: timeOfDay, end: timeOfDay, share: probability }).meta({
  id: 'ProfilePiece',
  description: d(
    '到达分布的一段：该时段内均匀到达当日 share 比例的人',
    "this share of the day's arrivals come evenly between start and end",
  ),
});
const profile = z.array(profilePiece).min(1).max(L.MAX_PROFILE_PIECES);

/** One entry per DayType, all required (Record<DayType, T>). */
function perDayType<T extends z.ZodType>(value: T) {
  return z.strictObject({ ordinary: value, filing: value, deadline: value });
}

/** Record<CreditClass, number>: every class present. */
const creditShares = z
  .strictObject({ A: probability, B: probability, M: probability, C: probability, D: probability })
  .meta({
    description: d(
      '各纳税信用等级（A/B/M/C/D）占比，合计为 1',
      'share of each credit class (A, B, M, C, D), summing to 1',
    ),
  });

// ---------------------------------------------------------------------------------------------
// Distributions (engine/distributions.ts), recursive through mixtures. Structure and simple
// bounds here; the rest (uniform max > min, triangular mode, ...) by `distribution()` itself.

const mixtureComponent = z.strictObject({
  weight: z.number().min(0).max(L.MAX_MIXTURE_WEIGHT),
  // The annotation breaks the type cycle; the other kinds are inferred and checked below.
  get dist(): z.ZodType<S.DistributionSpec> {
    return distributionSpec;
  },
});

export const distributionSpec = z
  .discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('exponential'), mean: positiveDuration }),
    z.strictObject({ kind: z.literal('deterministic'), value: duration }),
    z.strictObject({ kind: z.literal('uniform'), min: duration, max: duration }),
    z.strictObject({ kind: z.literal('triangular'), min: duration, mode: duration, max: duration }),
    z.strictObject({
      kind: z.literal('normal'),
      mean: z.number().min(-L.MAX_DURATION_MINUTES).max(L.MAX_DURATION_MINUTES),
      sd: positiveDuration,
    }),
    z.strictObject({ kind: z.literal('lognormal'), mean: positiveDuration, cv }),
    z.strictObject({ kind: z.literal('gamma'), mean: positiveDuration, cv }),
    z.strictObject({ kind: z.literal('erlang'), mean: positiveDuration, k: z.int().min(1).max(L.MAX_ERLANG_K) }),
    z.strictObject({ kind: z.literal('empirical'), values: z.array(duration).min(1).max(L.MAX_EMPIRICAL_VALUES) }),
    z.strictObject({
      kind: z.literal('mixture'),
      components: z.array(mixtureComponent).min(1).max(L.MAX_MIXTURE_COMPONENTS),
    }),
  ])
  .meta({
    id: 'DistributionSpec',
    description: d(
      `时长分布（分钟，除非另有说明）：exponential{mean}、deterministic{value}、uniform{min,max}、triangular{min,mode,max}、normal{mean,sd}（截断于 0）、lognormal{mean,cv}、gamma{mean,cv}、erlang{mean,k}、empirical{values}、mixture{components}；时长不超过 ${L.MAX_DURATION_MINUTES} 分钟，cv 在 ${L.MIN_CV} 至 ${L.MAX_CV} 之间，k 不超过 ${L.MAX_ERLANG_K}`,
      `a duration distribution (minutes unless stated): cv = standard deviation / mean; normal is truncated at 0. Durations at most ${L.MAX_DURATION_MINUTES} minutes, cv from ${L.MIN_CV} to ${L.MAX_CV}, k at most ${L.MAX_ERLANG_K}`,
    ),
  });

// ---------------------------------------------------------------------------------------------
// Calendar

const filingPeriod = z
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

const calendar = z
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

const caseSpec = z
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

const businessType = z.strictObject({
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

const workingDaysFactor = z.strictObject({
  days: count.meta({ description: d('工作日数', 'working days') }),
  factor: factor.meta({ description: d('系数', 'factor') }),
});

const demand = z
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

const schedule = z.array(count);

const windowGroup = z.strictObject({
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

const windows = z
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

// ---------------------------------------------------------------------------------------------
// Guidance, appointments, staggered bookings, closing (rules 3 and 4)

const guidance = z
  .strictObject({
    staff: servers.meta({ description: d('开厅期间在岗的导税员人数', 'guides on duty while the hall is open') }),
    time: distributionSpec.meta({
      description: d(
        '导税员接待一位纳税人的时间（分钟）',
        'time a guide spends with a taxpayer before the ticket, minutes',
      ),
    }),
  })
  .meta({
    description: d('导税台；null 表示不经导税直接取号', 'guidance desk; null = tickets are taken without a guide'),
  });

const appointments = z
  .strictObject({
    share: probability.meta({
      description: d('预约的需求比例', "share of the hall's demand that books an appointment"),
    }),
    slotMinutes: slotMinutes.optional().meta({
      description: d('预约时段长度（分钟）', 'slot length, minutes'),
      default: DEFAULTS.appointments.slotMinutes,
    }),
    capacityPerSlot: z.union([slotCapacity, perDayType(slotCapacity)]).meta({
      description: d('每个时段可预约人数，统一或按日类型', 'bookings a slot takes, for all day types or per day type'),
    }),
    noShow: probability.optional().meta({
      description: d('预约后未到的比例', 'share of booked taxpayers who do not come'),
      default: DEFAULTS.appointments.noShow,
    }),
    lateShare: probability.optional().meta({
      description: d('到场者中迟到的比例（其余提前）', 'share of those who come who are late (the rest are early)'),
      default: DEFAULTS.appointments.lateShare,
    }),
    late: distributionSpec.optional().meta({
      description: d('迟到时长（分钟）', 'how late the late ones are, minutes'),
      default: DEFAULTS.appointments.late,
    }),
    early: distributionSpec.optional().meta({
      description: d('提前时长（分钟）', 'how early the early ones are, minutes'),
      default: DEFAULTS.appointments.early,
    }),
    graceMinutes: nonNegative.optional().meta({
      description: d(
        '时段开始后超过多少分钟视为放弃预约（分钟）',
        'minutes after the slot start after which the appointment is forfeit',
      ),
      default: DEFAULTS.appointments.graceMinutes,
    }),
    forfeitTicketShare: probability.optional().meta({
      description: d(
        '失约者改取普通号的比例（其余离开）',
        'share of those who forfeit who take an ordinary ticket (the rest leave)',
      ),
      default: DEFAULTS.appointments.forfeitTicketShare,
    }),
  })
  .meta({ description: d('预约服务（规则三）；null 表示无预约', 'appointments (rule 3); null = none') });

const staggered = z
  .strictObject({
    fromDays: z
      .strictObject({
        dayTypes: z
          .array(dayType)
          .optional()
          .meta({ description: d('这些日类型的需求被邀请错峰', 'day types whose demand is invited') }),
        lastWorkingDays: workingDaysOrNone.optional().meta({
          description: d(
            '截止日前最后几个工作日的需求被邀请错峰',
            'the last N working days before the deadline whose demand is invited',
          ),
        }),
      })
      .meta({
        description: d('高峰日：这些日类型和/或截止前最后 N 个工作日', 'the peak days whose demand is invited'),
      }),
    inviteShare: probability.meta({
      description: d('高峰日需求中被邀请的比例', "share of the peak days' demand invited"),
    }),
    acceptance: probability.meta({
      description: d('受邀者接受的概率（不得强制）', 'probability an invited taxpayer accepts'),
    }),
    toDayTypes: z
      .array(dayType)
      .min(1)
      .meta({
        description: d(
          '改到这些日类型中早于高峰日的日子',
          'off-peak day types the accepted come on instead, earlier than the peak day',
        ),
      }),
    toHours: z
      .array(timeRange)
      .min(1)
      .max(L.MAX_OFFPEAK_RANGES)
      .meta({
        description: d(
          '提供的错峰时段，按时间顺序且不重叠',
          'off-peak hours offered, in time order without overlapping',
        ),
      }),
    capacityPerSlot: slotCapacity.meta({ description: d('每个时段的错峰预约人数', 'staggered bookings a slot takes') }),
    slotMinutes: slotMinutes
      .optional()
      .meta({ description: d('时段长度（分钟）', 'slot length, minutes'), default: DEFAULTS.staggered.slotMinutes }),
  })
  .meta({ description: d('错峰预约（规则三）；null 表示无', 'staggered bookings (rule 3); null = none') });

const closing = z
  .strictObject({
    predictionMinutes: minutes(
      '关门前多长时间起向新到者显示预计等待',
      'from this long before closing, newcomers are shown a predicted wait',
    )
      .optional()
      .meta({ default: DEFAULTS.closing.predictionMinutes }),
    longWaitMinutes: minutes('预计等待超过此值视为较长', 'a prediction above this is long')
      .optional()
      .meta({ default: DEFAULTS.closing.longWaitMinutes }),
    leaveProbability: probability.optional().meta({
      description: d('看到较长等待后离开的比例', 'share of those shown a long wait who leave'),
      default: DEFAULTS.closing.leaveProbability,
    }),
    leaveWithHallShare: probability.optional().meta({
      description: d(
        '看到较长等待、不留下等待而留件办理的比例',
        'share of those shown a long wait who leave the matter with the hall as a case',
      ),
      default: DEFAULTS.closing.leaveWithHallShare,
    }),
    leftCaseLimitDays: workingDays.optional().meta({
      description: d('留件办理的时限（工作日）', 'time limit of a matter left with the hall, working days'),
      default: DEFAULTS.closing.leftCaseLimitDays,
    }),
    timeOffThresholdMinutes: z
      .number()
      .min(L.MIN_TIME_OFF_THRESHOLD_MINUTES)
      .meta({
        description: d(
          '累计加班超过此值安排等长调休（分钟）',
          'overtime that earns compensatory time off of the same length, minutes',
        ),
      })
      .optional()
      .meta({ default: DEFAULTS.closing.timeOffThresholdMinutes }),
  })
  .meta({ description: d('延时服务（规则四）', 'extended-hours service (rule 4)') });

// ---------------------------------------------------------------------------------------------
// Kiosks (rule 5), back office (rule 2), behaviour, target

const hours = z.union([timeRange, z.literal('24h')]);

const kioskSite = z.strictObject({
  id,
  name: localized,
  kind: z.enum(['hall', 'selfServiceRoom', 'bank', 'postOffice', 'other']).meta({
    description: d(
      '网点类别：hall 大厅、selfServiceRoom 自助办税厅、bank 银行、postOffice 邮局、other 其他',
      'site kind',
    ),
  }),
  kiosks: servers.meta({ description: d('终端台数', 'kiosks at the site') }),
  hours: hours.meta({ description: d('开放时间；"24h" 表示全天', 'opening hours; "24h" for around the clock') }),
  days: z
    .enum(['all', 'working'])
    .optional()
    .meta({
      description: d('每天开放或仅工作日开放', "open on every day or on the hall's working days"),
      default: DEFAULTS.kiosks.siteDays,
    }),
  dailyVolume: visitorsPerDay.optional().meta({
    description: d(
      '该网点自身的终端用户数（人/天；大厅网点另加选择终端的来厅者）',
      "the site's own kiosk users per day (at the hall site, besides hall visitors who choose a kiosk)",
    ),
    default: DEFAULTS.kiosks.siteDailyVolume,
  }),
  profile: profile.optional().meta({
    description: d(
      '24 小时内的到达分布；缺省为开放时间内均匀到达',
      'when they come over 24 hours; default evenly over the opening hours',
    ),
  }),
  failures: z
    .strictObject({
      mtbfHours: z
        .number()
        .min(L.MIN_MTBF_HOURS)
        .max(L.MAX_MTBF_HOURS)
        .meta({
          description: d(
            `平均无故障运行时间（小时）；整个模拟期间所有网点预计故障不超过 ${L.MAX_KIOSK_FAILURES_IN_HORIZON} 次`,
            `mean operating hours between failures; at most ${L.MAX_KIOSK_FAILURES_IN_HORIZON} failures expected over the simulated days, all sites together`,
          ),
        }),
      repair: distributionSpec.meta({ description: d('维修工作时间（分钟）', 'repair time, minutes of repair work') }),
      repairHours: hours.meta({
        description: d('维修时间段；"24h" 表示随时', 'when repairs are done; "24h" for any time'),
      }),
      repairDays: z
        .enum(['all', 'working'])
        .optional()
        .meta({
          description: d('仅工作日维修或每天维修', 'repairs on working days only, or on any day'),
          default: DEFAULTS.kiosks.repairDays,
        }),
    })
    .nullable()
    .optional()
    .meta({
      description: d('故障与维修；null 表示不会故障', 'failures and repairs; null = never fails'),
      default: null,
    }),
});

const kiosks = z
  .strictObject({
    choiceShare: probability.optional().meta({
      description: d(
        '大厅内可自助办理的需求中选择终端的比例',
        'share of kiosk-able hall demand that chooses a kiosk at the hall site',
      ),
      default: DEFAULTS.kiosks.choiceShare,
    }),
    switchQueueLength: count.optional().meta({
      description: d(
        '终端排队超过此人数时不再排队：大厅网点在大厅取号时间内改去窗口，其他情况按 elsewhere 处理',
        'a kiosk user who finds more than this many waiting does not join: at the hall site while it takes tickets they go to a window, otherwise as elsewhere says',
      ),
      default: DEFAULTS.kiosks.switchQueueLength,
    }),
    patience: distributionSpec
      .nullable()
      .optional()
      .meta({
        description: d(
          '终端排队的耐心时间（分钟）；null 表示不会离开',
          'how long a kiosk user waits in line before giving up, minutes; null = never gives up',
        ),
        default: DEFAULTS.kiosks.patience,
      }),
    elsewhere: z
      .strictObject({
        otherSite: probability.optional().meta({
          description: d(
            '改去另一网点的比例（开放且有终端可用、排队最短者；每次来访一次）',
            'share who try another site (open with a kiosk in working order, the shortest line; once per visit)',
          ),
          default: DEFAULTS.kiosks.elsewhereOtherSite,
        }),
        hall: probability.optional().meta({
          description: d(
            '改去大厅窗口的比例（到达时可取号则当即取号，否则下一个工作日）',
            "share who go to the hall's windows (now if it takes tickets when they arrive, else on its next working day)",
          ),
          default: DEFAULTS.kiosks.elsewhereHall,
        }),
        travelMinutes: z
          .number()
          .min(0)
          .max(L.MAX_DURATION_MINUTES)
          .optional()
          .meta({
            description: d('前往另一网点或大厅的时间（分钟）', 'minutes to reach another site or the hall'),
            default: DEFAULTS.kiosks.travelMinutes,
          }),
      })
      .optional()
      .meta({
        description: d(
          '网点无法使用（关闭、终端全部故障、排队过长）或等候放弃时的去向；其余的人离开',
          'where kiosk users go when a site fails them (closed, every kiosk down, the line too long) or they give up; the rest leave',
        ),
      }),
    sites: z.array(kioskSite).min(1).max(L.MAX_SITES),
  })
  .meta({
    description: d('24 小时自助办税（规则五）；null 表示无终端', '24-hour self-service (rule 5); null = no kiosks'),
  });

const backOffice = z
  .strictObject({
    officers: servers.meta({
      description: d('工作日处理非即办事项的后台人员数', 'officers handling cases on working days'),
    }),
    hours: timeRange.optional().meta({
      description: d(
        '后台工作时间；缺省为大厅营业时间',
        "working hours of the back office; default the hall's opening hours",
      ),
    }),
    discipline: z
      .enum(['fifo', 'edf', 'aClassFirst'])
      .optional()
      .meta({
        description: d(
          '处理顺序：fifo 先到先办、edf 最早到期先办、aClassFirst A 级优先',
          'which case an officer takes next',
        ),
        default: DEFAULTS.backOffice.discipline,
      }),
    warningDays: workingDaysOrNone.optional().meta({
      description: d('到期前多少个工作日预警', 'warn this many working days before a deadline'),
      default: DEFAULTS.backOffice.warningDays,
    }),
    extensionProbability: probability.optional().meta({
      description: d(
        '预警时尚未办结的事项获批延期的概率',
        'probability a case not yet handled at the warning gets an extension',
      ),
      default: DEFAULTS.backOffice.extensionProbability,
    }),
    extensionDays: workingDaysOrNone.optional().meta({
      description: d('延期增加的工作日', 'working days an extension adds'),
      default: DEFAULTS.backOffice.extensionDays,
    }),
  })
  .meta({
    description: d('后台（规则二）；有非即办类型时必需', 'back office (rule 2); needed when a type is non-immediate'),
  });

const behaviour = z
  .strictObject({
    patience: distributionSpec
      .nullable()
      .optional()
      .meta({
        description: d(
          '等候窗口的耐心时间（分钟）；null 表示不会离开',
          'how long a taxpayer waits for a window before leaving, minutes; null = never leaves',
        ),
        default: DEFAULTS.behaviour.patience,
      }),
    balking: z
      .strictObject({
        fromAhead: count.meta({
          description: d('前面有这么多人时开始有人放弃取号', 'people ahead at which balking starts'),
        }),
        allAhead: z
          .int()
          .min(1)
          .meta({ description: d('前面有这么多人时全部放弃取号', 'people ahead at which everyone balks') }),
      })
      .nullable()
      .optional()
      .meta({
        description: d(
          '取号时因排队过长放弃：概率从 fromAhead 人时的 0 线性升到 allAhead 人时的 1；null 表示无人放弃',
          'balking at the ticket machine, rising linearly from 0 to 1; null = nobody balks',
        ),
        default: DEFAULTS.behaviour.balking,
      }),
    returnShare: probability.optional().meta({
      description: d(
        '放弃、离开者改日再来的比例',
        'share of those who balked, abandoned or left at closing who come back on a later working day',
      ),
      default: DEFAULTS.behaviour.returnShare,
    }),
    returnWithinDays: workingDays.optional().meta({
      description: d('在多少个工作日内再来', 'they come back within this many working days'),
      default: DEFAULTS.behaviour.returnWithinDays,
    }),
    creditShares: creditShares.optional().meta({ default: { ...DEFAULTS.behaviour.creditShares } }),
  })
  .meta({ description: d('纳税人行为', 'taxpayer behaviour') });

const target = z
  .strictObject({
    waitMinutes: minutes('等待时间目标', 'wait target'),
    share: probability.meta({
      description: d('等待不超过目标的人所占比例目标', 'share that should wait no longer than the target'),
    }),
  })
  .meta({
    description: d(
      '服务目标：如 90% 的人等待不超过 15 分钟',
      'the service target, e.g. 90% wait no longer than 15 minutes',
    ),
    default: { ...DEFAULTS.target },
  });

// ---------------------------------------------------------------------------------------------

export const scenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({
        description: d('JSON Schema 地址（供编辑器使用，模拟时忽略）', 'link to the JSON Schema, for editors; ignored'),
      }),
    version: z
      .literal(SCENARIO_VERSION as 1)
      .meta({ description: d('场景格式版本，目前为 1', 'scenario format version, 1') }),
    name: localized,
    description: localizedText.optional().meta({ description: d('说明', 'description') }),
    synthetic: z
      .boolean()
      .optional()
      .meta({
        description: d('数据为虚构（显示“合成数据”标记）', 'the figures are invented (shown as synthetic)'),
        default: DEFAULTS.synthetic,
      }),
    calendar,
    types: z
      .array(businessType)
      .min(1)
      .max(L.MAX_TYPES)
      .meta({ description: d('业务类型', 'business types') }),
    demand,
    windows,
    guidance: guidance.nullable().optional().meta({ default: DEFAULTS.guidance }),
    appointments: appointments.nullable().optional().meta({ default: null }),
    staggered: staggered.nullable().optional().meta({ default: null }),
    closing: closing.optional().meta({ default: {} }),
    kiosks: kiosks.nullable().optional().meta({ default: null }),
    backOffice: backOffice.nullable().optional().meta({ default: null }),
    behaviour: behaviour.optional().meta({ default: {} }),
    target: target.optional(),
  })
  .meta({ description: d('办税服务厅场景', 'a tax service hall scenario') });

export type ScenarioInput = z.infer<typeof scenarioSchema>;

/** The schema's `$id` (a name, not a download address: the file travels with the program). */
export const SCHEMA_ID = 'urn:hallflow:scenario-schema:v1';

/** The JSON Schema (draft 2020-12) of a scenario file: what scripts/gen-schema.ts writes. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    // z.int() emits ±MAX_SAFE_INTEGER bounds: noise for a planner reading the schema.
    override: ({ jsonSchema }) => {
      const js = jsonSchema as { minimum?: number; maximum?: number };
      if (js.minimum === Number.MIN_SAFE_INTEGER) delete js.minimum;
      if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
    },
  }) as Record<string, unknown>;
  const { $schema, description: _root, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'HallFlow scenario (办税服务厅场景)',
    description: d(
      `HallFlow 场景文件：一个办税服务厅的日历、业务类型、需求、窗口与排班、导税、预约、延时服务、自助终端和后台。时间单位为分钟，时限为工作日，取号量为每天人数。整个文件最多 ${L.MAX_VALUES} 个值、嵌套不超过 ${L.MAX_DEPTH} 层（上限见 data/README.md）。由 src/sim/scenario/schema.ts 生成（npm run schema），勿手工编辑`,
      `A HallFlow scenario: a tax service hall's calendar, business types, demand, windows and schedules, guidance, appointments, closing, kiosks and back office. Durations in minutes, limits in working days, volumes per day. At most ${L.MAX_VALUES} values in all, nested at most ${L.MAX_DEPTH} levels (the limits: data/README.md). Generated from src/sim/scenario/schema.ts (npm run schema); do not edit by hand`,
    ),
    ...rest,
  };
}

/** The text of data/scenario.schema.json (two-space JSON, final newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Compile-time agreement with the contract. Mutual assignability alone would miss a forgotten
// optional field, so the types are also compared exactly after normalising `?: T | undefined`
// (zod) to `?: T` (the interfaces).

type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { [K in keyof T]: Normalize<Exclude<T[K], undefined>> }
    : T;
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assertTrue<T extends true>(): T | void {}

assertTrue<MutuallyAssignable<ScenarioInput, S.Scenario>>();
assertTrue<Equal<Normalize<ScenarioInput>, Normalize<S.Scenario>>>();
assertTrue<Equal<Normalize<z.infer<typeof distributionSpec>>, Normalize<S.DistributionSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof businessType>>, Normalize<S.BusinessType>>>();
assertTrue<Equal<Normalize<z.infer<typeof windowGroup>>, Normalize<S.WindowGroup>>>();
assertTrue<Equal<Normalize<z.infer<typeof calendar>>, Normalize<S.CalendarSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof demand>>, Normalize<S.DemandSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof kioskSite>>, Normalize<S.KioskSite>>>();
assertTrue<Equal<Normalize<z.infer<typeof caseSpec>>, Normalize<S.CaseSpec>>>();

/** Sub-schemas, for the validator's "allowed fields" hints and for tests. */
export const schemas = {
  distributionSpec,
  businessType,
  windowGroup,
  calendar,
  demand,
  kioskSite,
  caseSpec,
  creditShares,
  localized,
};
