/**
 * A replication's kiosk metrics, site by site (`kiosk.<site>.*`), and the network's totals: how
 * available the kiosks were, how long the line and the waits, who was served, who could not use
 * the site and why, and where those the site failed went (kiosk-flow.ts). Shares are over the
 * horizon only (kiosks.ts), so they lie in [0, 1].
 */
import type { HallRun } from './hall-run.ts';
import { sum } from '../math/sum.ts';
import { selectKth } from './wait-order.ts';

export function kioskMetrics(run: HallRun, m: Record<string, number>): void {
  const span = run.r.horizon;
  const c = run.c;
  let toOther = 0;
  let toHall = 0;
  for (const k of run.kiosks!.sites) {
    const id = k.site.id;
    const put = (name: string, v: number) => (m[`kiosk.${id}.${name}`] = v);
    put('availability', k.site.kiosks > 0 ? k.upTime.integral(span) / (k.site.kiosks * span) : 1);
    put('anyUp', k.anyUpTime.integral(span) / span);
    const iv = k.pool.intervals!;
    const busy = sum(iv.busy.area);
    const avail = sum(iv.open.area);
    if (avail > 0) put('utilisation', busy / avail);
    put('queue.mean', sum(iv.queue.area) / span);
    put('failures', k.failures);
    const n = k.counts;
    put('arrivals', n.arrivals);
    put('served', n.served);
    put('turnedAway.closed', n.closed);
    put('turnedAway.down', n.down);
    put('turnedAway.line', n.line);
    put('gaveUp', n.gaveUp);
    put('outOfService', n.outOfService);
    put('toWindows', n.toWindows);
    put('toOtherSite', n.toOtherSite);
    put('toHall', n.toHall);
    put('left', n.left);
    toOther += n.toOtherSite;
    toHall += n.toHall;
    if (k.waits.count > 0) {
      const xs = Float64Array.from(k.waitList);
      put('wait.mean', k.waits.mean!);
      put('wait.p90', selectKth(xs, xs.length, Math.min(xs.length - 1, Math.floor(0.9 * (xs.length - 1)))));
    }
  }
  m['kiosk.hallUsers'] = c.kioskHallUsers;
  m['kiosk.windowMinutesRemoved'] = c.windowMinutesRemoved;
  m['count.kiosk.toOtherSite'] = toOther;
  m['count.kiosk.toHall'] = toHall;
}
