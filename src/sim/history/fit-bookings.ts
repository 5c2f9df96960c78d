/**
 * Bookings and kiosks from the channels and outcomes of a ticket log: the appointment share
 * (appointment bookings, no-shows included, over all visitors), the no-show rate (no-shows over
 * all bookings, appointment and staggered: the scenario has one rate for both), and, where kiosk
 * rows are logged, the share of kiosk-able walk-ins who choose a kiosk (maximum likelihood over
 * the kiosk-able types, each with the scenario's eligible share). Staggered invitations are the
 * bureau's policy, not the taxpayers' behaviour: reported, not fitted.
 */
import type { Localized, Scenario } from '../scenario/index.ts';
import { APPOINTMENT, GREEN, NO_SHOW, STAGGERED, WALK_IN, type TicketColumns } from './fit-columns.ts';
import type { PatchOp } from './fit-patch.ts';
import { METHODS, UNITS, parameter, type FitParameter } from './fit-report.ts';
import { wilson, zOf } from './stats.ts';

export interface BookingFit {
  ops: PatchOp[];
  parameters: FitParameter[];
  notFitted: { what: Localized; why: Localized }[];
  warnings: Localized[];
}

export function fitBookings(
  s: Scenario,
  cols: TicketColumns,
  visitors: number,
  booked: number,
  level: number,
): BookingFit {
  const ops: PatchOp[] = [];
  const parameters: FitParameter[] = [];
  const notFitted: BookingFit['notFitted'] = [];
  const warnings: Localized[] = [];
  if (!cols.hasChannel) {
    notFitted.push({
      what: { en: 'appointment share and no-shows', zh: '预约占比与爽约率' },
      why: {
        en: 'the file has no channel column (every ticket is taken as a walk-in)',
        zh: '文件没有渠道列（所有号均按现场取号处理）',
      },
    });
  } else {
    let appointments = 0;
    let bookings = 0;
    let noShows = 0;
    let staggered = 0;
    for (let i = 0; i < cols.n; i++) {
      const ch = cols.channel[i];
      if (ch === WALK_IN) continue;
      bookings++;
      if (ch === APPOINTMENT) appointments++;
      if (ch === STAGGERED || ch === GREEN) staggered++;
      if (cols.outcome[i] === NO_SHOW) noShows++;
    }
    const V = Math.round(visitors);
    const share = V > 0 ? booked / V : 0;
    parameters.push(
      parameter(
        'appointments.share',
        { en: 'Share of visitors who book an appointment', zh: '预约来访占比' },
        UNITS.share,
        share,
        V,
        wilson(booked, V, level),
        level,
        METHODS.wilson,
        {
          en: `appointment rows, no-shows included (${appointments}), over visitors (${V})`,
          zh: `预约记录（含未到，${appointments} 行）占来访人数（${V} 人）`,
        },
        ['appointments', 'share'],
      ),
    );
    if (bookings > 0) {
      parameters.push(
        parameter(
          'appointments.noShow',
          { en: 'No-show rate of bookings', zh: '预约爽约率' },
          UNITS.share,
          noShows / bookings,
          bookings,
          wilson(noShows, bookings, level),
          level,
          METHODS.wilson,
          {
            en: `appointment and staggered rows (${bookings}), of which no-shows (${noShows})`,
            zh: `预约与错峰预约记录（${bookings} 行），其中未到 ${noShows} 行`,
          },
          ['appointments', 'noShow'],
        ),
      );
    }
    if (s.appointments) {
      ops.push({ key: 'appointments.share', path: ['appointments', 'share'], value: Math.round(share * 1e5) / 1e5 });
      if (bookings > 0)
        ops.push({
          key: 'appointments.noShow',
          path: ['appointments', 'noShow'],
          value: Math.round((noShows / bookings) * 1e5) / 1e5,
        });
    } else if (appointments > 0) {
      notFitted.push({
        what: { en: 'appointments', zh: '预约服务' },
        why: {
          en: 'the base scenario has no appointment settings (slots and capacity): set them up, then fit again',
          zh: '基础场景未设置预约服务（时段与容量）：请先设置后重新拟合',
        },
      });
    }
    if (staggered > 0) {
      parameters.push(
        parameter(
          'staggered.rows',
          { en: 'Staggered bookings (错峰预约) in the log', zh: '记录中的错峰预约数' },
          { en: 'rows', zh: '行' },
          staggered,
          staggered,
          null,
          level,
          { en: 'a count', zh: '计数' },
          { en: 'rows with channel staggered or green channel', zh: '渠道为错峰预约或绿色通道的记录' },
          null,
        ),
      );
      if (!s.staggered)
        warnings.push({
          en: 'the log has staggered bookings but the base scenario has no staggered policy: they are counted as appointments',
          zh: '记录中有错峰预约，但基础场景未设置错峰预约：按普通预约计',
        });
    }
  }
  kioskChoice(s, cols, level, ops, parameters, notFitted);
  return { ops, parameters, notFitted, warnings };
}

/** P(kiosk | walk-in of type t) = e_t · c: the maximum-likelihood choice share c. */
function kioskChoice(
  s: Scenario,
  cols: TicketColumns,
  level: number,
  ops: PatchOp[],
  parameters: FitParameter[],
  notFitted: BookingFit['notFitted'],
): void {
  const T = s.types.length;
  const K = new Float64Array(T);
  const W = new Float64Array(T);
  for (let i = 0; i < cols.n; i++) {
    if (cols.channel[i] !== WALK_IN) continue;
    if (cols.kiosk[i]) K[cols.type[i]]++;
    else W[cols.type[i]]++;
  }
  const kioskRows = K.reduce((a, x) => a + x, 0);
  if (kioskRows === 0) {
    notFitted.push({
      what: { en: 'kiosk use', zh: '自助终端使用' },
      why: {
        en: "the log has no kiosk rows: the base scenario's kiosk choice is kept and used to count the walk-ins who went to kiosks",
        zh: '记录中没有自助终端数据：沿用基础场景的自助选择比例，并据此推算去自助终端的现场来访者',
      },
    });
    return;
  }
  const e = s.types.map((t) => (t.kiosk ? (t.kiosk.eligibleShare ?? 1) : 0));
  if (!s.kiosks || e.every((x) => x === 0)) {
    notFitted.push({
      what: { en: 'kiosk choice share', zh: '自助终端选择比例' },
      why: {
        en: 'the base scenario has no kiosks or no kiosk-able types',
        zh: '基础场景没有自助终端或可自助办理的业务类型',
      },
    });
    return;
  }
  const emax = Math.max(...e);
  const score = (c: number) => {
    let g = 0;
    for (let t = 0; t < T; t++) if (e[t] > 0) g += K[t] / c - (W[t] * e[t]) / (1 - e[t] * c);
    return g;
  };
  let lo = 1e-9;
  let hi = 1 / emax - 1e-9;
  for (let i = 0; i < 200; i++) {
    const m = (lo + hi) / 2;
    if (score(m) > 0) lo = m;
    else hi = m;
  }
  const c = Math.min(1, (lo + hi) / 2);
  let info = 0;
  let n = 0;
  for (let t = 0; t < T; t++) {
    if (e[t] === 0) continue;
    n += K[t] + W[t];
    info += ((K[t] + W[t]) * e[t]) / (c * (1 - e[t] * c));
  }
  const h = zOf(level) / Math.sqrt(info);
  parameters.push(
    parameter(
      'kiosks.choiceShare',
      { en: 'Share of kiosk-able walk-ins who choose a kiosk', zh: '可自助办理的现场来访者选择自助终端的比例' },
      UNITS.share,
      c,
      n,
      { lower: Math.max(0, c - h), upper: Math.min(1, c + h) },
      level,
      METHODS.binomialMle,
      {
        en: `walk-in rows of kiosk-able types: ${kioskRows} at kiosks, ${n - kioskRows} at windows`,
        zh: `可自助办理类型的现场记录：自助终端 ${kioskRows} 行，窗口 ${n - kioskRows} 行`,
      },
      ['kiosks', 'choiceShare'],
    ),
  );
  ops.push({ key: 'kiosks.choiceShare', path: ['kiosks', 'choiceShare'], value: Math.round(c * 1e5) / 1e5 });
}
