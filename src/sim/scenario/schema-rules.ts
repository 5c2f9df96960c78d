/**
 * The Scenario schema's blocks for the service rules and behaviour: guidance (rule 1),
 * appointments and staggered bookings (rule 3), closing (rule 4), kiosks (rule 5), the back office
 * (rule 2), taxpayer behaviour and the target.
 */
import { z } from 'zod';
import { DEFAULTS } from './defaults.ts';
import * as L from './limits.ts';
import {
  count,
  creditShares,
  d,
  dayType,
  distributionSpec,
  id,
  localized,
  minutes,
  nonNegative,
  perDayType,
  probability,
  profile,
  servers,
  slotCapacity,
  slotMinutes,
  timeRange,
  visitorsPerDay,
  workingDays,
  workingDaysOrNone,
} from './schema-parts.ts';

// ---------------------------------------------------------------------------------------------
// Guidance, appointments, staggered bookings, closing (rules 3 and 4)

export const guidance = z
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

export const appointments = z
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

export const staggered = z
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

export const closing = z
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

export const hours = z.union([timeRange, z.literal('24h')]);

export const kioskSite = z.strictObject({
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

export const kiosks = z
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

export const backOffice = z
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

export const behaviour = z
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

export const target = z
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
