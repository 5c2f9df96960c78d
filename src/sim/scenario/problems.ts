/**
 * A validation problem and the words around it: JSON paths (`types[2].share`), the field's name
 * for a planner in Chinese (业务类型「申报缴税」 › 占比) and English (the path itself), and how
 * values are shown. Every message is "<field>: <what is wrong, the value, what is allowed>" in
 * both languages; the checks supply the second half.
 */
import { showValue } from '../errors.ts';

export interface Problem {
  /** Where: `types[2].share`, `calendar.holidays[1]`, `demand.byDate["2026-03-05"]`; '' = the whole scenario. */
  path: string;
  /** What kind of problem, stable for programs (see ProblemCode). */
  code: ProblemCode;
  /** For people, in both languages of the app. */
  message: { en: string; zh: string };
}

export type ProblemCode =
  // structure (translated zod issues)
  | 'required'
  | 'wrong_type'
  | 'not_finite'
  | 'not_integer'
  | 'too_small'
  | 'too_big'
  | 'wrong_length'
  | 'bad_format'
  | 'not_allowed_value'
  | 'unknown_field'
  | 'bad_key'
  | 'version'
  | 'invalid'
  // cross-field
  | 'share_sum'
  | 'month_shares'
  | 'duplicate'
  | 'unknown_reference'
  | 'types_required'
  | 'not_served'
  | 'schedule_length'
  | 'schedule_over_windows'
  | 'interval_mismatch'
  | 'not_a_date'
  | 'date_order'
  | 'date_outside'
  | 'date_conflict'
  | 'time_order'
  | 'time_outside'
  | 'overlap'
  | 'cutoff'
  | 'distribution'
  | 'case_required'
  | 'case_not_allowed'
  | 'back_office_required'
  | 'filing_period_required'
  | 'staggered_days'
  | 'hall_site'
  | 'balking_order'
  | 'not_online'
  | 'hotline_required'
  | 'appointments_required'
  | 'elsewhere_shares'
  | 'warmup'
  // limits (limits.ts)
  | 'too_deep'
  | 'over_limit';

export type PathSegment = string | number;
export type Path = readonly PathSegment[];

const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** Segments → `types[2].share`; keys that are not identifiers are quoted: `byDate["2026-03-05"]`. */
export function formatPath(path: Path): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (IDENT.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out;
}

/** Longest key or name shown in a message (the problem's `path` itself is always exact). */
const NAME_MAX = 40;

/** A key or name for a message: cut to 40 characters ("…" marks the cut). */
export function brief(text: string): string {
  return text.length > NAME_MAX ? `${text.slice(0, NAME_MAX)}…` : text;
}

/** formatPath for messages: every key cut to 40 characters. */
export function briefPath(path: Path): string {
  return formatPath(path.map((seg) => (typeof seg === 'string' ? brief(seg) : seg)));
}

/** The inverse of formatPath (for paths that come back from the engine as text). */
export function parsePath(text: string): PathSegment[] {
  const out: PathSegment[] = [];
  const re = /\.?([A-Za-z_$][A-Za-z0-9_$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/gy;
  let m: RegExpExecArray | null;
  while (re.lastIndex < text.length && (m = re.exec(text)) !== null) {
    if (m[1] !== undefined) out.push(m[1]);
    else if (m[2] !== undefined) out.push(Number(m[2]));
    else out.push(JSON.parse(m[3]) as string);
  }
  return out;
}

/** A number for a message: 0.9700000000000001 → "0.97", NaN and Infinity as such. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return String(x);
  return String(Number(x.toPrecision(10)));
}

/** A value for a message (numbers via fmt, strings quoted, objects as short JSON). */
export function show(value: unknown): string {
  return typeof value === 'number' ? fmt(value) : showValue(value);
}

/** Values listed in a message at most; the rest are counted. */
const LIST_MAX = 20;

/**
 * A list of values for a message: "a", "b" (quoted when strings); Chinese passes '、'. At most 20,
 * then "… (N more)".
 */
export function showList(values: readonly unknown[], separator = ', '): string {
  const shown = values.slice(0, LIST_MAX).map(show).join(separator);
  const more = values.length - LIST_MAX;
  return more > 0 ? `${shown}${separator}… (+${more})` : shown;
}

// Chinese names of fields. A key is looked up first as "parent.key" (the parent being the key
// of the enclosing object, or of the array an element sits in), then alone.
const ZH: Record<string, string> = {
  version: '版本',
  name: '名称',
  description: '说明',
  synthetic: '合成数据',
  zh: '中文',
  en: '英文',
  calendar: '日历',
  startDate: '开始日期',
  days: '天数',
  'calendar.days': '模拟天数',
  openWeekdays: '开放星期',
  holidays: '节假日',
  extraWorkdays: '调休上班日',
  open: '开门时间',
  close: '关门时间',
  lunch: '午休',
  start: '开始',
  end: '结束',
  ticketCutoffMinutes: '停止取号（闭厅前分钟数）',
  filingPeriod: '申报期',
  deadlineDay: '申报截止日',
  moveDeadlinePastHolidays: '截止日遇节假日顺延',
  extendForLongHolidays: '长假延长申报期',
  dayTypeOverrides: '指定日类型',
  intervalMinutes: '统计时段长度',
  warmupDays: '预热天数',
  types: '业务类型',
  id: '标识',
  share: '占比',
  monthShares: '分月占比',
  service: '窗口办理时间',
  kiosk: '自助终端办理',
  eligibleShare: '可自助办理比例',
  'kiosk.time': '终端办理时间',
  immediate: '即办',
  case: '非即办事项',
  acceptance: '受理时间',
  limitDays: '办理时限（工作日）',
  default: '默认',
  averageTargetDays: '平均办结目标（工作日）',
  transfer: '转办时间',
  work: '承办用时',
  answer: '反馈时间',
  creditShares: '纳税信用等级占比',
  demand: '需求',
  dailyVolume: '日取号量',
  dayTypeFactors: '日类型系数',
  filingPositionFactors: '申报期首尾系数',
  firstWorkingDays: '申报期最初几个工作日',
  lastWorkingDays: '截止前最后几个工作日',
  factor: '系数',
  weekdayFactors: '星期系数',
  monthFactors: '月份系数',
  byDate: '指定日期取号量',
  intraday: '日内到达分布',
  onlineShare: '网上办理比例',
  windows: '窗口',
  'groups.windows': '窗口数',
  routing: '分配规则',
  groups: '窗口组',
  'groups.kind': '窗口类别',
  channels: '服务渠道',
  schedule: '排班',
  guidance: '导税台',
  staff: '导税员人数',
  'guidance.time': '导税用时',
  appointments: '预约服务',
  slotMinutes: '时段长度',
  capacityPerSlot: '每时段容量',
  noShow: '爽约比例',
  lateShare: '迟到比例',
  late: '迟到时长',
  early: '提前时长',
  graceMinutes: '宽限时间',
  forfeitTicketShare: '失约后改取普通号比例',
  staggered: '错峰预约',
  fromDays: '邀请来源日',
  dayTypes: '日类型',
  inviteShare: '邀请比例',
  'staggered.acceptance': '接受概率',
  toDayTypes: '错峰到的日类型',
  toHours: '错峰时段',
  closing: '延时服务',
  predictionMinutes: '等待预测提前时间',
  longWaitMinutes: '长等待阈值',
  leaveProbability: '离开概率',
  leaveWithHallShare: '留件办理比例',
  leftCaseLimitDays: '留件办理时限',
  timeOffThresholdMinutes: '调休门槛',
  kiosks: '自助终端',
  'sites.kiosks': '终端台数',
  choiceShare: '选择终端比例',
  switchQueueLength: '转窗口排队人数',
  sites: '自助办税点',
  'sites.kind': '网点类别',
  hours: '开放时间',
  'sites.days': '开放日',
  profile: '到达分布',
  failures: '故障',
  mtbfHours: '平均无故障时间（小时）',
  repair: '维修用时',
  repairHours: '维修时段',
  repairDays: '维修日',
  backOffice: '后台',
  officers: '后台人员数',
  'backOffice.hours': '后台工作时间',
  discipline: '处理顺序',
  warningDays: '预警提前天数',
  extensionProbability: '延期概率',
  extensionDays: '延期天数',
  hotline: '12366 热线',
  callsPerDay: '每日来电数',
  closed: '闭厅日',
  'hotline.profile': '来电分布',
  'hotline.typeShares': '来电业务类型占比',
  ivr: '自助语音',
  completes: '自助语音办结比例',
  byType: '按业务类型',
  agents: '人工坐席',
  'agents.hours': '坐席时间',
  seats: '坐席数',
  'agents.schedule': '坐席排班',
  handling: '坐席处理时间',
  'hotline.patience': '来电者耐心',
  redial: '重拨',
  'redial.probability': '重拨概率',
  'redial.delay': '重拨间隔',
  caseShare: '登记为首问事项比例',
  answerWithinSeconds: '服务水平（秒内接通）',
  'hotline.bookings': '电话预约',
  'bookings.share': '电话预约比例',
  leadDays: '提前预约天数',
  callbacks: '回拨',
  offerAboveSeconds: '提供回拨的预计等待（秒）',
  acceptShare: '接受回拨比例',
  reachShare: '回拨联系上比例',
  withinMinutes: '回拨时限（分钟）',
  unreachedSeconds: '未联系上的回拨用时（秒）',
  online: '网上办税',
  shift: '已转网上办理比例',
  perMonth: '每月新增转移比例',
  notOnline: '不能网上办理的业务',
  callShare: '转移后致电 12366 比例',
  behaviour: '纳税人行为',
  patience: '耐心时间',
  balking: '放弃取号',
  fromAhead: '开始放弃的前方人数',
  allAhead: '全部放弃的前方人数',
  returnShare: '改日再来比例',
  returnWithinDays: '再来期限（工作日）',
  target: '服务目标',
  waitMinutes: '等待目标',
  'target.share': '达标比例',
  kind: '类型',
  mean: '均值',
  cv: '变异系数',
  sd: '标准差',
  value: '值',
  min: '最小值',
  max: '最大值',
  mode: '众数',
  k: '阶数 k',
  values: '观测值',
  components: '分量',
  weight: '权重',
  dist: '分布',
  ordinary: '平日',
  filing: '申报期',
  deadline: '截止日',
};

/**
 * The words a document's problems are labelled with: the whole document's name, its fields' Chinese
 * names ("parent.field" or "field"), the lists whose elements are shown by their name instead of
 * "第 N 项", and the records keyed by month number. The Scenario's are the default; the batch
 * manifest has its own.
 */
export interface Vocabulary {
  root: { en: string; zh: string };
  zh: Record<string, string>;
  namedLists: ReadonlySet<string>;
  monthKeyed: ReadonlySet<string>;
}

export const SCENARIO_WORDS: Vocabulary = {
  root: { en: 'scenario', zh: '场景' },
  zh: ZH,
  namedLists: new Set(['types', 'groups', 'sites']),
  monthKeyed: new Set(['monthShares', 'monthFactors']),
};

/** Own entries only: a field typed as "constructor" must not find Object's. */
function zhName(words: Vocabulary, key: string): string | undefined {
  return Object.hasOwn(words.zh, key) ? words.zh[key] : undefined;
}

/** The input's own entry (never an inherited one: a field named "constructor" is not Object's). */
function child(value: unknown, seg: PathSegment): unknown {
  if (value === null || typeof value !== 'object' || !Object.hasOwn(value, seg)) return undefined;
  return (value as Record<PathSegment, unknown>)[seg];
}

/** The value at a path of the input, or undefined. */
export function valueAt(input: unknown, path: Path): unknown {
  let v = input;
  for (const seg of path) v = child(v, seg);
  return v;
}

/** The field's name in Chinese: 业务类型「申报缴税」 › 占比, 窗口 › 窗口组「综合窗口」 › 排班 › 申报期 › 第 4 项. */
export function zhLabel(input: unknown, path: Path, words: Vocabulary = SCENARIO_WORDS): string {
  if (path.length === 0) return words.root.zh;
  const parts: string[] = [];
  let value = input;
  let parentKey = '';
  for (const seg of path) {
    value = child(value, seg);
    if (typeof seg === 'number') {
      const nameZh = words.namedLists.has(parentKey) ? child(child(value, 'name'), 'zh') : undefined;
      parts.push(typeof nameZh === 'string' && nameZh !== '' ? `「${brief(nameZh)}」` : `第 ${seg + 1} 项`);
      // an element keeps its list's key as the parent of its own fields
      continue;
    }
    if (words.monthKeyed.has(parentKey) && /^\d+$/.test(seg)) parts.push(`${brief(seg)}月`);
    else parts.push(zhName(words, `${parentKey}.${seg}`) ?? zhName(words, seg) ?? brief(seg));
    parentKey = seg;
  }
  // "业务类型 › 「申报缴税」" reads better as one word: 业务类型「申报缴税」.
  return parts.join(' › ').replace(/ › 「/g, '「');
}

/** Collects problems; the label in each message is derived from the path. */
export class ProblemList {
  readonly problems: Problem[] = [];
  constructor(
    readonly input: unknown,
    private readonly words: Vocabulary = SCENARIO_WORDS,
  ) {}

  /** Adds "<path>: <en>" / "<中文字段名>：<zh>". */
  add(path: Path, code: ProblemCode, en: string, zh: string): void {
    const p = formatPath(path);
    this.problems.push({
      path: p,
      code,
      message: {
        en: `${p === '' ? this.words.root.en : briefPath(path)}: ${en}`,
        zh: `${zhLabel(this.input, path, this.words)}：${zh}`,
      },
    });
  }
}
