/**
 * Business-type shares from the visitors per type: annual shares, and month shares where the
 * scenario gives a type its own share in a month of the history (the annual share of such a type
 * cannot be told from those months and is kept). Intervals: Wilson on the rows, carried through
 * the kiosk scaling of the visitors.
 */
import { civil, type Localized, type Scenario } from '../scenario/index.ts';
import type { HistoryCalendar } from './fit-calendar.ts';
import type { PatchOp } from './fit-patch.ts';
import { METHODS, UNITS, parameter, type FitParameter } from './fit-report.ts';
import type { ArrivalData } from './fit-visitors.ts';
import { roundShares, wilson } from './stats.ts';

/**
 * Wilson interval of a type's share when its visitors are its rows scaled (kiosk diversion):
 * the interval of the row share q = R/ΣR, carried through p = q·g / (q·g + (1 − q)·ḡ), with g the
 * type's scale and ḡ the others' (monotone in q, so the interval maps exactly).
 */
function scaledWilson(
  R: number,
  Rall: number,
  X: number,
  Xall: number,
  level: number,
): { lower: number; upper: number } {
  const ci = wilson(R, Rall, level);
  const g = R > 0 ? X / R : 1;
  const gRest = Rall - R > 0 ? (Xall - X) / (Rall - R) : 1;
  const map = (q: number) => (q * g + (1 - q) * gRest > 0 ? (q * g) / (q * g + (1 - q) * gRest) : 0);
  return { lower: map(ci.lower), upper: map(ci.upper) };
}

export function fitShares(
  s: Scenario,
  data: ArrivalData,
  hc: HistoryCalendar,
  level: number,
  ops: PatchOp[],
  parameters: FitParameter[],
  warnings: Localized[],
): void {
  const T = data.typeCount;
  const by = data.visitorsByType!;
  const raw = data.rawByType ?? by;
  const months = new Map<number, { x: Float64Array; r: Float64Array }>();
  const total = new Float64Array(T);
  const totalRaw = new Float64Array(T);
  for (let d = 0; d < hc.days; d++) {
    if (hc.dayType[d] < 0) continue;
    const m = civil(hc.firstDay + d).month;
    let acc = months.get(m);
    if (!acc) months.set(m, (acc = { x: new Float64Array(T), r: new Float64Array(T) }));
    for (let t = 0; t < T; t++) {
      acc.x[t] += by[d * T + t];
      acc.r[t] += raw[d * T + t];
      total[t] += by[d * T + t];
      totalRaw[t] += raw[d * T + t];
    }
  }
  // Types with a share of their own in a month of the history keep their annual share.
  const own = s.types.map((t) => [...months.keys()].some((m) => t.monthShares?.[String(m)] !== undefined));
  const ownAnnual = s.types.reduce((a, t, i) => (own[i] ? a + t.share : a), 0);
  const scale = 1 - ownAnnual;
  let X = 0;
  let R = 0;
  for (let t = 0; t < T; t++) {
    if (own[t]) continue;
    X += total[t];
    R += totalRaw[t];
  }
  const fitted: number[] = [];
  s.types.forEach((ty, t) => {
    if (own[t]) return;
    const q = X > 0 ? total[t] / X : 0;
    const ci = scaledWilson(totalRaw[t], R, total[t], X, level);
    fitted.push(q);
    parameters.push(
      parameter(
        `types.${ty.id}.share`,
        { en: `Share of ${ty.name.en}`, zh: `${ty.name.zh}占比` },
        UNITS.share,
        q * scale,
        Math.round(R),
        { lower: ci.lower * scale, upper: ci.upper * scale },
        level,
        METHODS.wilson,
        {
          en: `rows of every type over the history (${Math.round(R)}), as visitors`,
          zh: `历史数据中各类型记录（共 ${Math.round(R)} 行），折算为来访人数`,
        },
        ['types', t, 'share'],
      ),
    );
  });
  const rounded = roundShares(fitted);
  let j = 0;
  s.types.forEach((ty, t) => {
    if (!own[t])
      ops.push({
        key: `types.${ty.id}.share`,
        path: ['types', t, 'share'],
        value: Math.round(rounded[j++] * scale * 1e9) / 1e9,
      });
  });
  if (!own.some((x) => x)) return;
  for (const [m, acc] of months) {
    let Xm = 0;
    let Rm = 0;
    for (let t = 0; t < T; t++) {
      Xm += acc.x[t];
      Rm += acc.r[t];
    }
    s.types.forEach((ty, t) => {
      if (ty.monthShares?.[String(m)] === undefined) return;
      const q = Xm > 0 ? acc.x[t] / Xm : 0;
      parameters.push(
        parameter(
          `types.${ty.id}.monthShares.${m}`,
          { en: `Share of ${ty.name.en} in month ${m}`, zh: `${ty.name.zh} ${m} 月占比` },
          UNITS.share,
          q,
          Math.round(Rm),
          scaledWilson(acc.r[t], Rm, acc.x[t], Xm, level),
          level,
          METHODS.wilson,
          {
            en: `rows of every type in month ${m} (${Math.round(Rm)}), as visitors`,
            zh: `${m} 月各类型记录（共 ${Math.round(Rm)} 行），折算为来访人数`,
          },
          ['types', t, 'monthShares', String(m)],
        ),
      );
      ops.push({
        key: `types.${ty.id}.monthShares.${m}`,
        path: ['types', t, 'monthShares', String(m)],
        value: Math.round(q * 1e6) / 1e6,
      });
    });
  }
  warnings.push({
    en: "types with a month share of their own in the history's months keep their annual share (the history cannot tell it); the month shares of those months and the other types' annual shares are fitted",
    zh: '在历史数据所在月份设有分月占比的类型，其全年占比保持不变（历史数据无法反映）；拟合这些月份的分月占比及其余类型的全年占比',
  });
}
