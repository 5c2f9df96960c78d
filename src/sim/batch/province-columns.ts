/**
 * The columns of the province table, shared by `hallflow batch` (its terminal table and
 * province.csv) and the app's province view (its CSV export), so that the file a planner saves in
 * the browser is the file the command line writes: the same ranking (province.ts), headers in
 * Chinese with English, and cells as plain text (figures with their 95% half-width as "±").
 */
import { rankHalls, windowGap, type HallResult, type ProvinceResult } from './province.ts';
import type { Figure } from './records.ts';

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const pm = (f: Figure | null, show: (x: number) => string) =>
  f === null ? '' : f.halfWidth === null ? show(f.mean) : `${show(f.mean)} ± ${show(f.halfWidth)}`;
const num = (x: number) => (Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(1));

export interface ProvinceColumn {
  en: string;
  zh: string;
  cell: (h: HallResult, rank: number) => string;
}

/** The what-if's paired difference of the mean wait (what-if minus as is), if the hall had a what-if. */
export const meanWaitChange = (h: HallResult) =>
  h.compare?.differences.find((d) => d.metric === 'wait.all.mean') ?? null;

export const PROVINCE_COLUMNS: ProvinceColumn[] = [
  { en: 'rank', zh: '排名', cell: (_, rank) => String(rank) },
  { en: 'hall', zh: '办税厅', cell: (h) => h.id },
  { en: 'name', zh: '名称', cell: (h) => h.name.zh },
  {
    en: 'within target now',
    zh: '现状达标率',
    cell: (h) => (h.simulate ? pm(h.simulate.within, pct) : ''),
  },
  { en: 'shortfall', zh: '差距', cell: (h) => (h.simulate ? pct(h.simulate.shortfall) : '') },
  { en: 'windows', zh: '已设窗口', cell: (h) => String(h.installed.windows) },
  { en: 'windows needed', zh: '所需窗口', cell: (h) => (h.plan ? String(h.plan.windowsNeeded) : '') },
  { en: 'more windows', zh: '需增窗口', cell: (h) => String(windowGap(h) ?? '') },
  { en: 'kiosks', zh: '已设终端', cell: (h) => String(h.installed.kiosks) },
  {
    en: 'kiosks advised',
    zh: '建议终端',
    cell: (h) => (h.plan?.kiosksRecommended === null || !h.plan ? '' : String(h.plan.kiosksRecommended)),
  },
  {
    en: 'staff-hours now → plan',
    zh: '人时 现状→规划',
    cell: (h) => (h.plan ? `${num(h.plan.staffHours.current)} → ${num(h.plan.staffHours.recommended)}` : ''),
  },
  {
    en: 'what-if: Δ mean wait, min',
    zh: '假设：平均等待变化',
    cell: (h) => {
      const d = meanWaitChange(h);
      return d ? pm(d.difference, (x) => x.toFixed(2)) : '';
    },
  },
];

const csvCell = (s: string) => (/[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** province.csv: the same ranking and columns, the name in both languages, BOM first. */
export function provinceCsv(p: ProvinceResult): string {
  const columns = [
    ...PROVINCE_COLUMNS.slice(0, 3),
    { en: 'name (English)', zh: '英文名称', cell: (h: HallResult) => h.name.en },
    ...PROVINCE_COLUMNS.slice(3),
  ];
  const lines = [columns.map((c) => csvCell(`${c.zh} ${c.en}`)).join(',')];
  rankHalls(p.halls).forEach((h, i) => lines.push(columns.map((c) => csvCell(c.cell(h, i + 1))).join(',')));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
