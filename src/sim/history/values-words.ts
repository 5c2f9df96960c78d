/**
 * Words of history files: the channel a ticket came by and its outcome, as Chinese and English
 * queue-management systems write them (现场取号, 网上预约, 错峰预约, 绿色通道; 已办结, 过号, 弃号, 转办;
 * walk-in, appointment, no-show, ...), and the normalisation every text match uses.
 * Each distinct cell text is classified once and cached by the caller.
 */
import type { TicketChannel, TicketOutcome } from './records.ts';

/**
 * A key for matching names: NFKC (full-width letters, digits and brackets become ASCII),
 * lower case, no spaces, underscores, hyphens or dots.
 */
export function normalizeKey(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.·/\\]+/g, '');
}

interface WordRule<T> {
  value: T;
  /** Whole words (normalised) that mean the value. */
  exact: string[];
  /** Parts that, found in a longer text, mean the value (checked in rule order). */
  parts: string[];
  /** Parts that negate it (未办结 is not 办结): then no part of this rule counts. */
  not?: string[];
}

const CHANNELS: WordRule<TicketChannel>[] = [
  {
    value: 'green',
    exact: ['green', 'greenchannel', 'greenlane', 'priority', 'fastlane', 'vip'],
    parts: ['绿色', '优先', '爱心', '老年', '军人', 'green', 'priority'],
  },
  {
    value: 'staggered',
    exact: ['staggered', 'offpeak', 'staggeredbooking', 'invited'],
    parts: ['错峰', '邀约', 'stagger', 'offpeak'],
  },
  {
    value: 'appointment',
    exact: ['appointment', 'booking', 'booked', 'reservation', 'reserved', 'online', 'appt'],
    parts: ['预约', '预订', '网上', '线上', '微信', '小程序', '电话', 'appoint', 'book', 'reserv'],
    not: ['非', '未', '无', '不', 'non', 'not', 'without'],
  },
  {
    value: 'walkIn',
    exact: [
      '非预约',
      '未预约',
      '无预约',
      'nonappointment',
      'notbooked',
      'walkin',
      'walk',
      'onsite',
      'site',
      'counter',
      'kiosk',
      'ticket',
      'queue',
      'normal',
      'regular',
      'offline',
    ],
    parts: ['现场', '取号', '窗口', '自助', '线下', '普通', '排队', '到厅', 'walk', 'onsite'],
  },
];

const OUTCOMES: WordRule<TicketOutcome>[] = [
  {
    value: 'transferred',
    exact: ['transferred', 'transfer', 'referred', 'forwarded', 'handedover', 'backoffice'],
    parts: ['转办', '移交', '转窗', '转移', '转交', '转后台', '流转', '转出', 'transfer', 'refer'],
  },
  {
    value: 'noShow',
    exact: ['noshow', 'missed', 'absent', 'didnotcome', 'skipped', 'passed'],
    parts: ['未到', '爽约', '过号', '缺席', '未签到', '失约', 'noshow', 'absent'],
  },
  {
    value: 'abandoned',
    exact: ['abandoned', 'abandon', 'left', 'walkedaway', 'reneged', 'cancelled', 'canceled', 'gaveup', 'quit'],
    parts: ['弃号', '离开', '放弃', '离队', '取消', '作废', '未办理', 'abandon', 'renege', 'cancel'],
  },
  {
    value: 'served',
    exact: ['served', 'completed', 'complete', 'done', 'finished', 'ok', 'success', 'handled', 'closed', 'normal'],
    parts: ['办结', '完成', '已办', '办理成功', '成功', '正常', '受理', '已服务', 'serve', 'complet', 'finish'],
    not: ['未', '没', '不', '失败', 'not', 'un', 'fail'],
  },
];

function classify<T>(text: string, rules: WordRule<T>[]): T | null {
  const key = normalizeKey(text);
  if (key === '') return null;
  for (const rule of rules) if (rule.exact.includes(key)) return rule.value;
  for (const rule of rules) {
    if (rule.not && rule.not.some((p) => key.includes(p))) continue;
    for (const part of rule.parts) if (key.includes(part)) return rule.value;
  }
  return null;
}

/** 现场/取号/walk-in → walkIn, 预约/appointment → appointment, 错峰 → staggered, 绿色通道 → green. */
export function parseChannel(text: string): TicketChannel | null {
  return classify(text, CHANNELS);
}

/** 已办结/办结/完成/served, 未到/爽约/过号/no-show, 弃号/离开/放弃/abandoned, 转办/移交/transferred. */
export function parseOutcome(text: string): TicketOutcome | null {
  return classify(text, OUTCOMES);
}

/** Examples of accepted words, for messages. */
export const CHANNEL_WORDS = {
  zh: '现场/取号、预约/网上预约、错峰/错峰预约、绿色通道/优先',
  en: 'walk-in (现场), appointment (预约), staggered (错峰), green channel (绿色通道)',
};
export const OUTCOME_WORDS = {
  zh: '已办结/完成、未到/爽约/过号、弃号/离开/放弃、转办/移交',
  en: 'served (已办结), no-show (未到, 过号), abandoned (弃号), transferred (转办)',
};
