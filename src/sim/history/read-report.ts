/**
 * Collects what an import finds wrong: rejected rows (each with its line and a reason in both
 * languages), warnings (per-line ones capped per kind, with a count of the rest) and a tally of
 * rejection kinds for the summary of a file with no usable rows; and the error such a file raises.
 */
import type { Localized } from '../scenario/index.ts';
import type { ImportReport, ImportWarning, RejectedRow } from './records.ts';

/** Why rows are rejected, for the summary when every row is. */
export type RejectKind =
  | 'quotes'
  | 'missing'
  | 'datetime'
  | 'order'
  | 'negative'
  | 'count'
  | 'interval'
  | 'duration'
  | 'channel'
  | 'outcome'
  | 'unknownType'
  | 'excludedType'
  | 'duplicate'
  | 'total'
  | 'served';

const KIND_NAMES: Record<RejectKind, Localized> = {
  quotes: { zh: '引号不配对', en: 'malformed quotes' },
  missing: { zh: '必填项为空', en: 'a required field empty' },
  datetime: { zh: '日期时间无法识别', en: 'an unreadable date or time' },
  order: { zh: '时间先后颠倒', en: 'times out of order' },
  negative: { zh: '办理时长为负', en: 'a negative duration' },
  count: { zh: '数量不是非负整数', en: 'a count that is not a whole number >= 0' },
  interval: { zh: '时段无法识别', en: 'an unreadable hour or interval' },
  duration: { zh: '时长无法识别', en: 'an unreadable duration' },
  channel: { zh: '渠道无法识别', en: 'an unknown channel' },
  outcome: { zh: '办理状态无法识别', en: 'an unknown outcome' },
  unknownType: { zh: '业务类型不在方案中', en: 'a business type the scenario does not know' },
  excludedType: { zh: '业务类型按映射排除', en: 'a business type left out by the mapping' },
  duplicate: { zh: '票号重复', en: 'a duplicate ticket id' },
  total: { zh: '合计行', en: 'a totals row' },
  served: { zh: '已办结但无办理时间', en: 'served without service times' },
};

/** Per-line warnings of one kind kept in full; the rest are counted in one summary warning. */
const LINE_WARNINGS_PER_KIND = 20;

/**
 * Rows of one problem in one column whose reason names the value; later rows of the same problem
 * share one shorter reason (the value is in the row as read). A million rows with a date format
 * nobody foresaw then hold a thousand long messages, not a million.
 */
const FULL_REASONS_PER_PROBLEM = 1000;

export class Reporter {
  readonly rejected: RejectedRow[] = [];
  readonly warnings: ImportWarning[] = [];
  readonly kinds = new Map<RejectKind, number>();
  private readonly lineWarnings = new Map<string, { shown: number; more: number; summary: (n: number) => Localized }>();
  private readonly once = new Set<string>();

  private readonly reasonCounts = new Map<string, number>();
  private readonly shared = new Map<string, Localized>();

  constructor(private readonly delimiter: string) {}

  /** The reason for a problem in column `column`: in full for the first 1000 rows, then shared. */
  reason(kind: RejectKind, column: number, label: Localized, make: () => Localized): Localized {
    const key = `${kind}|${column}`;
    const n = (this.reasonCounts.get(key) ?? 0) + 1;
    this.reasonCounts.set(key, n);
    if (n <= FULL_REASONS_PER_PROBLEM) return make();
    let r = this.shared.get(key);
    if (!r) {
      const what = KIND_NAMES[kind];
      r =
        kind === 'total'
          ? make()
          : {
              zh: `${label.zh}：${what.zh}（与前面 ${FULL_REASONS_PER_PROBLEM} 行的问题相同，取值见本行原文）`,
              en: `${label.en}: ${what.en} (the same problem as in ${FULL_REASONS_PER_PROBLEM} rows before; the value is in the row as read)`,
            };
      this.shared.set(key, r);
    }
    return r;
  }

  reject(line: number, kinds: RejectKind[], reasons: Localized[], cells: readonly string[]): void {
    for (const k of kinds) this.kinds.set(k, (this.kinds.get(k) ?? 0) + 1);
    const reason =
      reasons.length === 1
        ? reasons[0]
        : { zh: reasons.map((r) => r.zh).join('；'), en: reasons.map((r) => r.en).join('; ') };
    let raw = cells.join(this.delimiter);
    if (raw.length > 200) raw = raw.slice(0, 199) + '…';
    this.rejected.push({ line, reason, raw });
  }

  /** A warning about the whole file, given once per key. */
  file(key: string, message: Localized, about?: ImportWarning['about']): void {
    if (this.once.has(key)) return;
    this.once.add(key);
    this.warnings.push(about ? { line: null, message, about } : { line: null, message });
  }

  /** A warning about one line; after 20 of a kind the rest are counted. */
  line(kind: string, line: number, message: Localized, summary: (n: number) => Localized): void {
    let w = this.lineWarnings.get(kind);
    if (!w) this.lineWarnings.set(kind, (w = { shown: 0, more: 0, summary }));
    if (w.shown < LINE_WARNINGS_PER_KIND) {
      w.shown++;
      this.warnings.push({ line, message });
    } else {
      w.more++;
    }
  }

  /** Adds the "and N more" warnings; call once at the end. */
  finish(): void {
    for (const w of this.lineWarnings.values()) {
      if (w.more > 0) this.warnings.push({ line: null, message: w.summary(w.more) });
    }
  }

  /** "120 unknown business type, 3 unreadable date or time", most frequent first. */
  kindSummary(): Localized {
    const list = [...this.kinds].sort((a, b) => b[1] - a[1]);
    return {
      zh: list.map(([k, n]) => `${KIND_NAMES[k].zh} ${n} 行`).join('，'),
      en: list.map(([k, n]) => `${n} × ${KIND_NAMES[k].en}`).join(', '),
    };
  }
}

export type ImportErrorCode =
  | 'empty'
  | 'notText'
  | 'encoding'
  | 'noHeader'
  | 'missingColumns'
  | 'mapping'
  | 'noRows'
  | 'allRejected'
  | 'lineTooLong';

/**
 * A file HallFlow cannot import: it says why, in both languages (`message` English, `messageZh`
 * Chinese). `report` is what was found so far (the header, every rejected row with its reason,
 * the unknown business types) when there is one.
 */
export class HistoryImportError extends Error {
  override readonly name = 'HistoryImportError';
  readonly messageZh: string;
  constructor(
    readonly code: ImportErrorCode,
    message: Localized,
    readonly report: ImportReport | null = null,
  ) {
    super(message.en);
    this.messageZh = message.zh;
  }
}
