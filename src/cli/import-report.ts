/**
 * The history import as text for the terminal, in Chinese or English: what was read (encoding,
 * delimiter, layout, columns, totals, every rejected row with its line and reason, warnings,
 * unknown business types), the fit (each parameter with its sample size, interval and method;
 * handling-time candidates with their goodness of fit; patience; what was not fitted), and the
 * backtest (observed against simulated waits per interval, the summary errors).
 */
import { formatTimeOfDay } from '../sim/scenario/index.ts';
import type { BacktestResult } from '../sim/history/backtest.ts';
import type { FitResult } from '../sim/history/fit.ts';
import { echo } from '../sim/history/echo.ts';
import type { ImportReport } from '../sim/history/records.ts';

type Lang = 'en' | 'zh-CN';
const pick = (lang: Lang, x: { zh: string; en: string }) => (lang === 'zh-CN' ? x.zh : x.en);
const num = (x: number, d = 2) => (Number.isInteger(x) ? String(x) : x.toFixed(d));

/** How many rejected rows are printed (all are in --rejected FILE and --json). */
export const SHOWN_REJECTED = 50;

export function importReportText(r: ImportReport, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const out: string[] = [];
  const layout = r.layout === 'tickets' ? (zh ? '取号明细' : 'ticket log') : zh ? '业务量汇总' : 'volumes';
  const delim = r.delimiter === '\t' ? 'tab' : r.delimiter;
  out.push(
    zh
      ? `读取：${layout}，编码 ${r.encoding}，分隔符 ${delim}`
      : `Read: ${layout}, encoding ${r.encoding}, delimiter ${delim}`,
  );
  const cols = Object.entries(r.mapping)
    .filter(([, i]) => i !== null)
    .map(([f, i]) => `${f}←${pick(lang, echo(r.header[i!]))}`)
    .join(', ');
  out.push(`${zh ? '列对应' : 'Columns'}: ${cols}`);
  out.push(
    zh
      ? `共 ${r.rowsRead} 行，接受 ${r.accepted} 行，拒绝 ${r.rejected.length} 行`
      : `${r.rowsRead} rows read, ${r.accepted} accepted, ${r.rejected.length} rejected`,
  );
  const l = r.lines;
  out.push(
    zh
      ? `文件共 ${l.total} 行 = 表头 ${l.header} + 表头前 ${l.preamble} + 空行 ${l.blank} + 引号单元格内的换行 ${l.continued} + 数据行 ${r.rowsRead}`
      : `${l.total} lines in the file = ${l.header} header + ${l.preamble} above it + ${l.blank} blank + ${l.continued} inside quoted cells + ${r.rowsRead} rows`,
  );
  if (r.rejected.length > 0) {
    out.push(zh ? '被拒绝的行（行号：原因）：' : 'Rejected rows (line: reason):');
    for (const x of r.rejected.slice(0, SHOWN_REJECTED)) out.push(`  ${x.line}: ${pick(lang, x.reason)}`);
    if (r.rejected.length > SHOWN_REJECTED)
      out.push(
        zh
          ? `  ……另有 ${r.rejected.length - SHOWN_REJECTED} 行（用 --rejected 文件 导出全部）`
          : `  … and ${r.rejected.length - SHOWN_REJECTED} more (--rejected FILE writes them all)`,
      );
  }
  if (r.unknownTypes.length > 0) {
    out.push(
      zh
        ? '方案中没有的业务类型（可用 --type 值=类型编号 对应）：'
        : 'Business types the scenario does not know (map with --type VALUE=ID):',
    );
    for (const u of r.unknownTypes) out.push(`  ${pick(lang, echo(u.value))}: ${u.rows}`);
  }
  for (const w of r.warnings) out.push(`  ! ${w.line !== null ? `${w.line}: ` : ''}${pick(lang, w.message)}`);
  return out.join('\n');
}

export function fitReportText(fit: FitResult, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const r = fit.report;
  const out: string[] = [];
  out.push(
    zh
      ? `拟合：${r.period.first} 至 ${r.period.last}，使用 ${r.rows.used} / ${r.rows.given} 行（${r.millis.toFixed(0)} 毫秒）`
      : `Fit: ${r.period.first} to ${r.period.last}, ${r.rows.used} of ${r.rows.given} rows used (${r.millis.toFixed(0)} ms)`,
  );
  for (const x of r.rows.excluded)
    out.push(
      `  ${zh ? '未使用' : 'not used'}: ${x.rows} — ${pick(lang, x.reason)}${x.firstLine !== null ? ` (${zh ? '首见于第' : 'first at line'} ${x.firstLine}${zh ? ' 行' : ''})` : ''}`,
    );
  out.push(
    zh
      ? `参数（估计值、样本量、${Math.round(r.level * 100)}% 置信区间、[方法]）：`
      : `Parameters (estimate, sample size, ${Math.round(r.level * 100)}% interval, [method]):`,
  );
  // Each method is written out once, below, and referred to by number.
  const methods: string[] = [];
  for (const p of r.parameters) {
    const m = pick(lang, p.method);
    if (!methods.includes(m)) methods.push(m);
    const ci = p.ci ? `[${num(p.ci.lower, 3)}, ${num(p.ci.upper, 3)}]` : '–';
    out.push(
      `  ${pick(lang, p.label)}: ${num(p.estimate, 3)} ${pick(lang, p.unit)}, n = ${p.n}, ${ci} [${methods.indexOf(m) + 1}]`,
    );
  }
  methods.forEach((m, i) => out.push(`  [${i + 1}] ${m}`));
  if (r.handling.length > 0) {
    out.push(
      zh
        ? '办理时长（KS 距离越小越贴合；超过临界值则用经验分布）：'
        : 'Handling times (KS distance: smaller fits better; above the critical value the empirical law is used):',
    );
    for (const h of r.handling) {
      const cands = h.candidates
        .map((c) => `${c.kind} ${num(c.mean)} min cv ${num(c.cv)} KS ${num(c.ks, 3)}`)
        .join('; ');
      out.push(
        `  ${h.type}/${h.target} n=${h.n}: ${zh ? '选用' : 'chosen'} ${h.chosen ?? '–'} (${zh ? '临界值' : 'critical'} ${num(h.ksCritical, 3)}) — ${cands}`,
      );
    }
  }
  if (r.patience)
    out.push(
      `${zh ? '耐心时长' : 'Patience'}: ${r.patience.chosen ?? '–'} — ${r.patience.candidates.map((c) => `${c.kind} ${num(c.mean)} min`).join('; ')}`,
    );
  for (const n of r.notFitted)
    out.push(`  ${zh ? '未拟合' : 'not fitted'}: ${pick(lang, n.what)} — ${pick(lang, n.why)}`);
  for (const w of r.warnings) out.push(`  ! ${pick(lang, w)}`);
  if (fit.problems.length > 0) for (const p of fit.problems) out.push(`  ! ${p.path}: ${pick(lang, p.message)}`);
  out.push(zh ? `方案将改动 ${fit.patch.length} 处。` : `${fit.patch.length} change(s) to the scenario.`);
  return out.join('\n');
}

export function backtestReport(bt: BacktestResult, lang: Lang): string {
  const zh = lang === 'zh-CN';
  const s = bt.summary;
  const out: string[] = [];
  out.push(
    zh
      ? `回测：按日志中的窗口使用情况排班，${bt.replications} 次重复（随机种子 ${bt.seed}）`
      : `Backtest: staffed as the log shows, ${bt.replications} replications (seed ${bt.seed})`,
  );
  out.push(
    zh
      ? `平均等候时间：平均绝对误差 ${num(s.waitMae)} 分钟，偏差 ${num(s.waitBias)}，均方根误差 ${num(s.waitRmse)}；观测值落在模拟预测区间内的时段占 ${(100 * s.waitCoverage).toFixed(0)}%（${s.cells} 个时段）`
      : `Mean wait: mean absolute error ${num(s.waitMae)} min, bias ${num(s.waitBias)}, RMSE ${num(s.waitRmse)}; observed inside the simulated prediction interval in ${(100 * s.waitCoverage).toFixed(0)}% of ${s.cells} intervals`,
  );
  out.push(
    zh
      ? `时限内办理比例：平均绝对误差 ${(100 * s.withinMae).toFixed(1)} 个百分点，覆盖 ${(100 * s.withinCoverage).toFixed(0)}%`
      : `Share within target: mean absolute error ${(100 * s.withinMae).toFixed(1)} points, covered in ${(100 * s.withinCoverage).toFixed(0)}%`,
  );
  out.push(zh ? '日类型 时段  观测等候  模拟等候 ± 预测区间' : 'day type  time  observed  simulated ± prediction');
  for (const c of bt.cells) {
    if (!c.counted) continue;
    const obs = c.observed.meanWait === null ? '–' : num(c.observed.meanWait, 1);
    out.push(
      `  ${c.dayType.padEnd(9)} ${formatTimeOfDay(c.start)}  ${obs.padStart(6)}  ${num(c.simulated.meanWait, 1).padStart(6)} ± ${num(c.simulated.meanWaitPi, 1)}${c.waitInside === false ? '  ✗' : ''}`,
    );
  }
  out.push(pick(lang, bt.note));
  for (const w of bt.warnings) out.push(`  ! ${pick(lang, w)}`);
  return out.join('\n');
}
