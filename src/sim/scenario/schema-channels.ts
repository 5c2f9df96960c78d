/**
 * The Scenario schema's block for the channels beside the hall: the 12366 hotline (its calls
 * around the clock, the voice menu, agents by interval, handling, patience and redials, the
 * first-inquiry cases it opens). Cross-field rules (type ids, schedule lengths against the
 * agents' hours, the back office a case needs) are in validate-hotline.ts.
 */
import { z } from 'zod';
import { DEFAULTS } from './defaults.ts';
import * as L from './limits.ts';
import {
  count,
  d,
  distributionSpec,
  id,
  probability,
  profile,
  servers,
  timeRange,
  visitorsPerDay,
} from './schema-parts.ts';

/** One entry per kind of day of a channel open every day: the hall's day types and `closed`. */
function perChannelDay<T extends z.ZodType>(value: T) {
  return z.strictObject({ ordinary: value, filing: value, deadline: value, closed: value });
}

/** Seconds in a day: the longest wait threshold and unanswered-callback time worth writing. */
const SECONDS_PER_DAY = 86_400;
/** Minutes in a week: the longest callback target worth writing. */
const MINUTES_PER_WEEK = 10_080;

/** Callbacks (回拨): the offer, the callers' answers, the agents' callbacks. */
const callbacks = z.strictObject({
  offerAboveSeconds: z
    .number()
    .min(0)
    .max(SECONDS_PER_DAY)
    .meta({
      description: d(
        '预计等待超过多少秒时提供回拨（0：凡需等待者均提供）；预计等待 =（等待中的来电 + 1）÷ 在线坐席 × 平均处理时间',
        'offer a callback when the estimated wait is above this many seconds (0: to every caller who would hold); estimated wait = (callers holding + 1) / agents on the phones × mean handling',
      ),
    }),
  acceptShare: probability.meta({
    description: d('接受回拨（挂机等候）的来电者占比', 'share of callers offered a callback who accept it and hang up'),
  }),
  reachShare: z
    .number()
    .positive()
    .max(1)
    .meta({
      description: d('回拨时联系上纳税人的占比', 'share of callbacks that reach the taxpayer'),
    }),
  withinMinutes: z
    .number()
    .positive()
    .max(MINUTES_PER_WEEK)
    .optional()
    .meta({
      description: d(
        '回拨时限：报告在请求后多少分钟内完成回拨的比例',
        'the callback target reported: made within this many minutes of the request',
      ),
      default: DEFAULTS.hotline.callbackWithinMinutes,
    }),
  unreachedSeconds: z
    .number()
    .min(0)
    .max(SECONDS_PER_DAY)
    .optional()
    .meta({
      description: d(
        '未联系上的回拨占用坐席的时间（秒：振铃、记录）',
        'an agent’s time on a callback that does not reach the taxpayer (ringing out, a note), seconds',
      ),
      default: DEFAULTS.hotline.callbackUnreachedSeconds,
    }),
});

export const hotline = z
  .strictObject({
    callsPerDay: perChannelDay(visitorsPerDay).meta({
      description: d(
        '每天新来电数（不含重拨），按日类型；closed 为大厅不开放的日子（周末、节假日）',
        'fresh calls a day (redials come on top), by kind of day; closed: days the hall is closed',
      ),
    }),
    profile: profile.optional().meta({
      description: d(
        '新来电在 24 小时内的分布；缺省为人工坐席时间内均匀',
        "when fresh calls come over 24 hours; default: evenly over the agents' hours",
      ),
    }),
    typeShares: z
      .record(id, probability)
      .optional()
      .meta({
        description: d(
          '来电所涉业务类型的占比（类型 id），合计为 1；缺省同大厅',
          "share of calls about each business type (ids), summing to 1; default: the hall's shares",
        ),
      }),
    ivr: z
      .strictObject({
        completes: probability.meta({
          description: d('自助语音办结的来电占比', 'share of calls the voice menu finishes'),
        }),
        byType: z
          .record(id, probability)
          .optional()
          .meta({
            description: d(
              '按业务类型的自助语音办结占比（不同于上者时）',
              'the share per business type, where it differs',
            ),
          }),
      })
      .nullable()
      .optional()
      .meta({
        description: d('自助语音（IVR），24 小时', 'the self-service voice menu (IVR), 24 hours'),
        default: DEFAULTS.hotline.ivr,
      }),
    agents: z
      .strictObject({
        hours: z
          .union([timeRange, z.literal('24h')])
          .meta({ description: d('人工坐席时间（每天相同）', "the agents' hours, every day") }),
        seats: servers.meta({ description: d('坐席数（可同时接听的席位）', 'phone seats installed') }),
        schedule: perChannelDay(z.array(count).max(L.MAX_SLOT_MINUTES)).meta({
          description: d(
            '坐席时间内每个统计时段在线的坐席数，按日类型',
            "agents on the phones in each statistics interval of the agents' hours, by kind of day",
          ),
        }),
      })
      .meta({ description: d('人工坐席', 'human agents') }),
    handling: distributionSpec.meta({
      description: d(
        '坐席处理一通来电的时间（通话加整理，分钟）',
        "an agent's time per call, talk and wrap-up, minutes",
      ),
    }),
    patience: distributionSpec.meta({
      description: d('来电者等待坐席的耐心（分钟）', 'how long a caller holds for an agent, minutes'),
    }),
    redial: z
      .strictObject({
        probability: probability.meta({
          description: d('挂断后再次来电的概率', 'probability that a caller who hung up calls again'),
        }),
        delay: distributionSpec.meta({
          description: d('再次来电前的间隔（分钟）', 'minutes until the caller calls again'),
        }),
      })
      .nullable()
      .optional()
      .meta({ description: d('重拨；缺省无人重拨', 'redials; default: nobody calls again'), default: null }),
    caseShare: probability.optional().meta({
      description: d(
        '非即办事项的来电中由坐席登记为首问事项的占比（规则一、二）',
        'share of answered calls about a non-immediate type that become a first-inquiry case (rules 1 and 2)',
      ),
      default: DEFAULTS.hotline.caseShare,
    }),
    bookings: z
      .strictObject({
        share: probability.meta({
          description: d(
            '通过 12366 预约的比例（占大厅预约）',
            "share of the hall's appointment bookings made by calling 12366",
          ),
        }),
        leadDays: distributionSpec.optional().meta({
          description: d(
            '提前几天来电预约（至少提前一天）',
            'days before the slot the call is made (at least the day before)',
          ),
          default: DEFAULTS.hotline.bookingLeadDays,
        }),
      })
      .nullable()
      .optional()
      .meta({ description: d('电话预约（规则三）', 'appointments booked by phone (rule 3)'), default: null }),
    callbacks: callbacks
      .nullable()
      .optional()
      .meta({
        description: d(
          '回拨：预计等待过长时提示来电者可挂机等候坐席回拨；缺省不提供',
          'callbacks: a caller facing a long wait may hang up and be called back; default: none',
        ),
        default: DEFAULTS.hotline.callbacks,
      }),
    answerWithinSeconds: z
      .array(z.number().positive().max(3600))
      .min(1)
      .max(4)
      .optional()
      .meta({
        description: d('报告的服务水平：多少秒内接通', 'the service levels reported: answered within these seconds'),
        default: DEFAULTS.hotline.answerWithinSeconds,
      }),
  })
  .meta({ description: d('12366 纳税服务热线', 'the 12366 tax hotline') });

export const online = z
  .strictObject({
    shift: z
      .record(id, probability)
      .optional()
      .meta({
        description: d(
          '从第一天起转为网上办理的各业务类型大厅需求占比（类型 id）',
          "share of a type's hall demand that has moved online from the first day (type ids)",
        ),
      }),
    perMonth: z
      .record(id, probability)
      .optional()
      .meta({
        description: d(
          '此后每个自然月，仍在大厅办理的需求中再转为网上办理的占比（类型 id）',
          'share of what is still at the hall that moves online each further calendar month (type ids)',
        ),
      }),
    notOnline: z
      .array(id)
      .max(L.MAX_TYPES)
      .optional()
      .meta({
        description: d('不能网上办理的业务类型（身份核验、纸质资料等）', 'types that cannot be done online'),
        default: [],
      }),
    callShare: probability.optional().meta({
      description: d(
        '转为网上办理的事项中，纳税人致电 12366 咨询的占比（需要 hotline）',
        'of the matters moved online, the share whose taxpayer calls 12366 about it (needs a hotline)',
      ),
      default: DEFAULTS.online.callShare,
    }),
  })
  .meta({ description: d('网上及移动办税平台（需求转移）', 'the online and mobile platforms (demand moving there)') });
