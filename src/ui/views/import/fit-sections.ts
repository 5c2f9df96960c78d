/**
 * The fit report cut into the sections the view shows: daily volume and its factors, the
 * intraday profile (a table of intervals × day types), business-type shares, handling times (with
 * the candidates' goodness of fit), bookings and kiosks, patience; whatever key none of these
 * claims lands in "other", so no fitted parameter goes unshown.
 */
import type {
  DistributionCandidate,
  FitParameter,
  FitReport,
  HandlingReport,
} from '../../../sim/history/fit-report.ts';

export const SECTIONS = ['daily', 'intraday', 'shares', 'handling', 'bookings', 'patience', 'other'] as const;
export type Section = (typeof SECTIONS)[number];

/** The section of a parameter key. */
export function sectionOf(key: string): Section {
  if (key.startsWith('demand.intraday.')) return 'intraday';
  if (key.startsWith('demand.')) return 'daily';
  if (/^types\.[^.]+\.(share|monthShares\.\d+)$/.test(key)) return 'shares';
  if (/^types\.[^.]+\.(service|acceptance|kiosk)\.(mean|cv)$/.test(key)) return 'handling';
  if (key.startsWith('appointments.') || key.startsWith('staggered.') || key.startsWith('kiosks.')) return 'bookings';
  if (key.startsWith('behaviour.')) return 'patience';
  return 'other';
}

/** The parameters of each section, in the report's order. */
export function groupParameters(params: readonly FitParameter[]): Record<Section, FitParameter[]> {
  const out = Object.fromEntries(SECTIONS.map((s) => [s, [] as FitParameter[]])) as Record<Section, FitParameter[]>;
  for (const p of params) out[sectionOf(p.key)].push(p);
  return out;
}

/** Columns of the intraday table: the day types fitted ('all' when pooled). */
export type ProfileColumn = 'ordinary' | 'filing' | 'deadline' | 'all';
const COLUMN_ORDER: ProfileColumn[] = ['ordinary', 'filing', 'deadline', 'all'];

export interface ProfileTable {
  columns: ProfileColumn[];
  /** One row per interval start ("09:00"), sorted by time; a cell is null where that day type has no share. */
  rows: { start: string; cells: (FitParameter | null)[] }[];
  /** Sample size (tickets) of each column. */
  n: number[];
}

/** Intraday shares as intervals × day types (keys `demand.intraday.<dayType>.<HH:MM>`). */
export function profileTable(params: readonly FitParameter[]): ProfileTable {
  const byCol = new Map<ProfileColumn, Map<string, FitParameter>>();
  for (const p of params) {
    const m = /^demand\.intraday\.([a-z]+)\.(\d{2}:\d{2})$/.exec(p.key);
    if (!m) continue;
    const col = m[1] as ProfileColumn;
    if (!COLUMN_ORDER.includes(col)) continue;
    if (!byCol.has(col)) byCol.set(col, new Map());
    byCol.get(col)!.set(m[2], p);
  }
  const columns = COLUMN_ORDER.filter((c) => byCol.has(c));
  const starts = [...new Set(columns.flatMap((c) => [...byCol.get(c)!.keys()]))].sort();
  return {
    columns,
    rows: starts.map((start) => ({ start, cells: columns.map((c) => byCol.get(c)!.get(start) ?? null) })),
    n: columns.map((c) => [...byCol.get(c)!.values()][0]?.n ?? 0),
  };
}

export interface HandlingRow {
  type: string;
  target: HandlingReport['target'];
  n: number;
  /** Mean and CV parameters when fitted (null: too few rows, the base is kept). */
  mean: FitParameter | null;
  cv: FitParameter | null;
  sampleMean: number | null;
  sampleCv: number | null;
  chosen: HandlingReport['chosen'];
  /** Candidates in a fixed order, each with whether its KS distance is within the 5% critical value. */
  candidates: (DistributionCandidate & { passes: boolean })[];
  ksCritical: number | null;
  /** The largest KS distance or critical value (for drawing the bars on one scale). */
  ksScale: number;
  note: HandlingReport['note'];
}

const KINDS: DistributionCandidate['kind'][] = ['lognormal', 'gamma', 'empirical'];
const finite = (v: number) => (Number.isFinite(v) ? v : null);

/** One row per handling-time fit, with its mean/CV parameters and candidates. */
export function handlingRows(report: Pick<FitReport, 'handling' | 'parameters'>): HandlingRow[] {
  const byKey = new Map(report.parameters.map((p) => [p.key, p]));
  return report.handling.map((h) => {
    const crit = finite(h.ksCritical);
    const candidates = KINDS.map((k) => h.candidates.find((c) => c.kind === k))
      .filter((c): c is DistributionCandidate => c !== undefined)
      .map((c) => ({ ...c, passes: crit !== null && c.ks <= crit }));
    return {
      type: h.type,
      target: h.target,
      n: h.n,
      mean: byKey.get(`types.${h.type}.${h.target}.mean`) ?? null,
      cv: byKey.get(`types.${h.type}.${h.target}.cv`) ?? null,
      sampleMean: finite(h.sampleMean),
      sampleCv: finite(h.sampleCv),
      chosen: h.chosen,
      candidates,
      ksCritical: crit,
      ksScale: Math.max(crit ?? 0, ...candidates.map((c) => c.ks), 1e-9),
      note: h.note,
    };
  });
}

/** Day counts of the history by day type and class, for the daily section's lead. */
export function periodCounts(report: Pick<FitReport, 'period'>): {
  days: number;
  open: number;
  closed: number;
  rows: number;
} {
  const days = report.period.days;
  const open = days.filter((d) => d.dayType !== null).length;
  return { days: days.length, open, closed: days.length - open, rows: days.reduce((a, d) => a + d.rows, 0) };
}

/**
 * The methods of a table's parameters as numbered notes (most tables use one or two methods, and
 * the text is long): each parameter's note number (1-based) and the distinct texts in order.
 */
export function methodNotes(
  params: readonly Pick<FitParameter, 'method'>[],
  lang: 'zh' | 'en',
): { index: number[]; notes: string[] } {
  const notes: string[] = [];
  const index = params.map((p) => {
    const text = p.method[lang];
    let i = notes.indexOf(text);
    if (i < 0) i = notes.push(text) - 1;
    return i + 1;
  });
  return { index, notes };
}

export interface RatesTable {
  /** Type ids, in the scenario's order. */
  types: string[];
  /** One row per piece of the day: its start "09:00", arrivals per hour of each type, and their sum. */
  rows: { start: string; end: string; perHour: number[]; total: number }[];
}

const hhmm = (m: number) =>
  `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(Math.round(m % 60)).padStart(2, '0')}`;

/** The fitted arrivals per hour of one day type as intervals × business types (null when the report has no rates). */
export function ratesTable(
  rates: FitReport['arrivals']['rates'],
  dayType: 'ordinary' | 'filing' | 'deadline',
): RatesTable | null {
  if (!rates) return null;
  const d = ['ordinary', 'filing', 'deadline'].indexOf(dayType);
  return {
    types: rates.types,
    rows: rates.pieces.map((p, k) => {
      const perHour = rates.types.map((_, t) => rates.perHour[t][d][k]);
      return { start: hhmm(p.start), end: hhmm(p.end), perHour, total: perHour.reduce((a, x) => a + x, 0) };
    }),
  };
}
