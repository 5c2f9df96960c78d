/**
 * Identifiers and references: ids unique within their list, window groups naming existing types,
 * and every business type served by some window group on every channel that can bring it.
 *
 * Names from the input (kinds, channels, ids) are looked up as own entries or in Sets, never
 * with `in` or a plain index: "toString" or "__proto__" is then just an unknown name. Every
 * check is linear in the size of the lists (Sets, not repeated `includes`).
 */
import type { Channel, WindowKind } from './scenario.ts';
import { type Path, formatPath, show, showList } from './problems.ts';
import { type Context, arr, obj, str } from './validate-read.ts';

/** Channels a group serves when it does not list them (scenario.ts, WindowGroup.channels). */
export const DEFAULT_CHANNELS: Record<WindowKind, readonly Channel[]> = {
  general: ['walkIn', 'appointment', 'staggered'],
  dedicated: ['walkIn', 'appointment', 'staggered'],
  green: ['staggered'],
  appointment: ['appointment', 'staggered'],
};

const CHANNEL_WORDS: Record<Channel, { en: string; zh: string }> = {
  walkIn: { en: 'walk-ins (channel "walkIn")', zh: '现场取号（walkIn）' },
  appointment: { en: 'appointments (channel "appointment")', zh: '预约（appointment）' },
  staggered: { en: 'staggered bookings (channel "staggered")', zh: '错峰预约（staggered）' },
};

export function checkIds(ctx: Context): void {
  const { input } = ctx;
  unique(ctx, ['types'], arr(input.types));
  unique(ctx, ['windows', 'groups'], arr(obj(input.windows)?.groups));
  unique(ctx, ['kiosks', 'sites'], arr(obj(input.kiosks)?.sites));
  groupTypes(ctx);
  coverage(ctx);
  channelTypes(ctx);
}

/** The channels' references to business types: the hotline's calls and voice menu by type, the online shifts. */
function channelTypes(ctx: Context): void {
  const ids = typeIds(ctx);
  if (!ids) return;
  const known = new Set(ids);
  const hotline = obj(ctx.input.hotline);
  const online = obj(ctx.input.online);
  const records: [Path, unknown][] = [
    [['hotline', 'typeShares'], hotline?.typeShares],
    [['hotline', 'ivr', 'byType'], obj(hotline?.ivr)?.byType],
    [['online', 'shift'], online?.shift],
    [['online', 'perMonth'], online?.perMonth],
  ];
  const unknown = (path: Path, id: string) =>
    ctx.out.add(
      path,
      'unknown_reference',
      `there is no business type with the id ${show(id)}; the types are ${showList(ids)}`,
      `没有标识为 ${show(id)} 的业务类型；现有业务类型：${showList(ids, '、')}`,
    );
  for (const [path, value] of records)
    for (const id of Object.keys(obj(value) ?? {})) if (!known.has(id)) unknown([...path, id], id);
  arr(online?.notOnline)?.forEach((v, i) => {
    const id = str(v);
    if (id !== undefined && !known.has(id)) unknown(['online', 'notOnline', i], id);
  });
}

function unique(ctx: Context, path: Path, list: unknown[] | undefined): void {
  if (!list) return;
  const seen = new Map<string, number>();
  list.forEach((item, i) => {
    const id = str(obj(item)?.id);
    if (id === undefined) return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else
      ctx.out.add(
        [...path, i, 'id'],
        'duplicate',
        `the id ${show(id)} is already used by ${formatPath([...path, first])}; ids must be unique`,
        `标识 ${show(id)} 与第 ${first + 1} 项重复，标识不能重复`,
      );
  });
}

/** Type ids when the types list is sound enough to resolve references against. */
function typeIds(ctx: Context): string[] | undefined {
  const types = arr(ctx.input.types);
  if (!types) return undefined;
  const ids = types.map((t) => str(obj(t)?.id));
  return ids.some((id) => id === undefined) ? undefined : (ids as string[]);
}

function groupTypes(ctx: Context): void {
  const ids = typeIds(ctx);
  const known = ids ? new Set(ids) : undefined;
  arr(obj(ctx.input.windows)?.groups)?.forEach((g, gi) => {
    const group = obj(g);
    if (!group) return;
    const listed = arr(group.types);
    if (group.kind === 'dedicated' && group.types === undefined) {
      ctx.out.add(
        ['windows', 'groups', gi, 'types'],
        'types_required',
        'a dedicated group must list the business types it serves',
        '专业窗口组必须列出其办理的业务类型',
      );
    }
    if (!listed) return;
    const seen = new Set<string>();
    listed.forEach((t, ti) => {
      const id = str(t);
      if (id === undefined) return;
      if (seen.has(id)) {
        ctx.out.add(
          ['windows', 'groups', gi, 'types', ti],
          'duplicate',
          `the type ${show(id)} is listed twice`,
          `业务类型 ${show(id)} 重复列出`,
        );
      }
      seen.add(id);
      if (ids && known?.has(id) === false) {
        ctx.out.add(
          ['windows', 'groups', gi, 'types', ti],
          'unknown_reference',
          `there is no business type with the id ${show(id)}; the types are ${showList(ids)}`,
          `没有标识为 ${show(id)} 的业务类型；现有业务类型：${showList(ids, '、')}`,
        );
      }
    });
  });
}

interface SoundGroup {
  /** The types served; null = every type. */
  types: readonly string[] | null;
  channels: readonly Channel[];
}

const isKind = (k: unknown): k is WindowKind => typeof k === 'string' && Object.hasOwn(DEFAULT_CHANNELS, k);
const isChannel = (c: unknown): c is Channel => typeof c === 'string' && Object.hasOwn(CHANNEL_WORDS, c);

/** The groups as (types served, channels served), or undefined when one cannot be read. */
function soundGroups(ctx: Context): SoundGroup[] | undefined {
  const groups = arr(obj(ctx.input.windows)?.groups);
  if (!groups) return undefined;
  const out: SoundGroup[] = [];
  for (const g of groups) {
    const group = obj(g);
    const kind = group?.kind;
    if (!group || !isKind(kind)) return undefined;
    const types = group.types === undefined ? null : arr(group.types);
    const channels = group.channels === undefined ? DEFAULT_CHANNELS[kind] : arr(group.channels);
    if (types === undefined || channels === undefined) return undefined;
    if (types?.some((t) => typeof t !== 'string') || !channels.every(isChannel)) return undefined;
    out.push({ types: types as string[] | null, channels: channels as Channel[] });
  }
  return out;
}

/**
 * Every type must be served for walk-ins; with appointments (staggered bookings) set, also on
 * that channel. A group serves a type when its `types` is absent or includes it.
 */
function coverage(ctx: Context): void {
  const ids = typeIds(ctx);
  const groups = soundGroups(ctx);
  if (!ids || !groups) return;
  const channels: Channel[] = ['walkIn'];
  if (obj(ctx.input.appointments)) channels.push('appointment');
  if (obj(ctx.input.staggered)) channels.push('staggered');
  // Per channel, the types some group serves (null: every type): linear in the lists.
  const servedOn = new Map<Channel, Set<string> | null>();
  for (const channel of channels) {
    const on = groups.filter((g) => g.channels.includes(channel));
    servedOn.set(channel, on.some((g) => g.types === null) ? null : new Set(on.flatMap((g) => [...g.types!])));
  }
  ids.forEach((id, i) => {
    for (const channel of channels) {
      const served = servedOn.get(channel);
      if (served === null || served!.has(id)) continue;
      const w = CHANNEL_WORDS[channel];
      const shown = show(id);
      ctx.out.add(
        ['types', i],
        'not_served',
        `no window group serves ${w.en} of the type ${shown}; add ${shown} to the types of a group that serves that channel (a group without a types list serves every type)`,
        `没有窗口组办理业务类型 ${shown} 的${w.zh}业务；请把 ${shown} 加入某个服务该渠道的窗口组的 types（不设 types 的窗口组办理全部类型）`,
      );
    }
  });
}
