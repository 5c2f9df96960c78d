/**
 * The table under the per-group and per-channel charts: for the kind of day shown, each window
 * group (or channel) with its joiners per day, mean wait and share within the target over the
 * day, each with its confidence range, and for groups their busy and staffed windows averaged
 * over the opening hours. Groups or channels nobody joined show a dash, not a zero wait.
 */
import type { DayType } from '../../sim/scenario/index.ts';
import type { ChannelView } from './channels.ts';
import type { ChartContext } from './context.ts';
import { groupDay } from './group.ts';
import { numberRange, shareRange, shareValue } from './uncertainty.ts';

export interface FigureRow {
  key: string;
  name: string;
  joined: string;
  wait: string;
  waitRange: string;
  share: string;
  shareRange: string;
  /** "3.6 / 4.0" (busy / staffed), groups only. */
  windows: string | null;
  /** The row the chart above shows. */
  shown: boolean;
}

type Figures = { joined: number; served: number; wait: number; waitHw: number; share: number; shareHw: number };

function cells(
  ctx: ChartContext,
  f: Figures,
): Pick<FigureRow, 'joined' | 'wait' | 'waitRange' | 'share' | 'shareRange'> {
  const none = ctx.t.table.none;
  const { fmt } = ctx;
  return {
    joined: fmt.number(f.joined, 1),
    wait: f.served > 0 ? fmt.number(f.wait, 1) : none,
    waitRange: f.served > 0 ? numberRange(ctx, f.wait, f.waitHw) : '',
    share: f.joined > 0 ? shareValue(ctx, f.share, f.shareHw) : none,
    shareRange: f.joined > 0 ? shareRange(ctx, f.share, f.shareHw) : '',
  };
}

export function groupRows(ctx: ChartContext, type: DayType, shown: number): FigureRow[] {
  return ctx.scenario.windows.groups.map((g, i) => {
    const day = groupDay(ctx, i, type);
    return {
      key: g.id,
      name: ctx.fmt.locale === 'en' ? g.name.en : g.name.zh,
      ...cells(ctx, day),
      windows: `${ctx.fmt.number(day.busy, 1)} / ${ctx.fmt.number(day.staffed, 1)}`,
      shown: i === shown,
    };
  });
}

export function channelRows(ctx: ChartContext, v: ChannelView): FigureRow[] {
  return v.lines.map((l) => ({
    key: l.channel,
    name: ctx.t.channels.names[l.channel],
    ...cells(ctx, l.day),
    windows: null,
    shown: false,
  }));
}
