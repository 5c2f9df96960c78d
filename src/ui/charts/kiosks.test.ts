import { describe, expect, it } from 'vitest';
import { countedDays, siteRows, siteSummary } from './kiosk-measures.ts';
import {
  closedCells,
  defaultSite,
  kioskCsv,
  kioskLegend,
  kioskSites,
  kioskSpec,
  siteDay,
  siteFacts,
} from './kiosks.ts';
import { tooltipLines } from './series-chart.ts';
import { context, kioskContext } from './testing/fixtures.ts';

const HALL = 0;
const BANK = 1;
const POST = 2;

describe('the kiosk chart, one site at a time', () => {
  const ctx = kioskContext('en');

  it('names the sites in the current language, in the scenario’s order', () => {
    expect(kioskSites(ctx).map((s) => s.name)).toEqual([
      'Hall 24-hour self-service room',
      'Bank branch 24-hour lobby',
      'Post office',
    ]);
    expect(kioskSites(kioskContext('zh-CN')).map((s) => s.name)).toEqual([
      '办税厅 24 小时自助办税厅',
      '银行网点 24 小时自助区',
      '邮局网点',
    ]);
    expect(kioskSites(ctx).map((s) => [s.kiosks, s.start, s.end])).toEqual([
      [4, 0, 1440],
      [2, 0, 1440],
      [2, 480, 1200],
    ]);
  });

  it('opens on the site with the longest line (the bank), the first of equals on a tie', () => {
    expect(defaultSite(ctx)).toBe(BANK);
    const tie = {
      ...ctx,
      merged: {
        ...ctx.merged,
        metrics: Object.fromEntries(
          Object.entries(ctx.merged.metrics).map(([k, v]) => [k, k.endsWith('.queue.mean') ? { ...v, mean: 0.5 } : v]),
        ),
      },
    };
    expect(defaultSite(tie)).toBe(HALL);
  });

  it('averages each interval of the site’s day over the 30 days, bands at most the mean half-width', () => {
    const k = siteDay(ctx, BANK);
    expect(k.queue).toHaveLength(48);
    expect(k.closed.every((c) => !c)).toBe(true);
    for (let j = 0; j < 48; j++) {
      expect(k.queue[j]).toBeCloseTo(0.5, 12);
      expect(k.queueHw[j]).toBeCloseTo(0.1, 12);
      expect(k.busy[j]).toBeCloseTo(0.5, 12);
      expect(k.busyHw[j]).toBeCloseTo(0.2, 12);
      expect(k.up[j]).toBeCloseTo(2 - 1 / 30, 12);
      expect(k.upHw[j]).toBeCloseTo(0.01, 12);
    }
    expect(siteDay(ctx, HALL).up[0]).toBeCloseTo(4 - 1 / 30, 12);
  });

  it('leaves the post office’s closed hours (before 08:00, from 20:00) without a line, kiosks in working order around the clock', () => {
    const k = siteDay(ctx, POST);
    expect(k.closed.map((c, j) => (c ? j : -1)).filter((j) => j >= 0)).toEqual([
      ...Array.from({ length: 16 }, (_, j) => j),
      ...Array.from({ length: 8 }, (_, j) => 40 + j),
    ]);
    expect([k.queue[15], k.queue[16], k.queue[39], k.queue[40]]).toEqual([
      null,
      expect.closeTo(0.5, 12),
      expect.closeTo(0.5, 12),
      null,
    ]);
    expect([k.busy[0], k.busyHw[0], k.queueHw[47]]).toEqual([null, null, null]);
    expect(k.up[0]).toBeCloseTo(2 - 1 / 30, 12);
  });

  it('counts a site open on working days only as closed all day when the horizon has none', () => {
    const post = { ...kioskSites(ctx)[POST], workingDaysOnly: true };
    expect(closedCells(ctx, post).filter((c) => c)).toHaveLength(24);
    const noWorkingDay = { ...ctx, days: ctx.days.map((d) => ({ ...d, working: false })) };
    expect(closedCells(noWorkingDay, post).every((c) => c)).toBe(true);
  });

  it('draws 00:00 to 24:00 against the kiosks installed, the closed hours hatched and said in the tooltip', () => {
    const spec = kioskSpec(ctx, siteDay(ctx, POST));
    expect(spec.count).toBe(48);
    expect(spec.ticks[0].label).toBe('00:00');
    expect(spec.ticks.at(-1)!.label).toBe('24:00');
    expect(spec.panels[1].refs).toEqual([{ value: 2, label: 'Installed: 2', color: '#000000' }]);
    expect(spec.shades).toEqual([
      { from: 0, to: 16, label: 'Site closed' },
      { from: 40, to: 48, label: 'Site closed' },
    ]);
    expect(tooltipLines(spec, 0, 'Site closed')).toEqual([
      '00:00–00:30',
      'Waiting at the kiosks: Site closed',
      'Kiosks busy: Site closed',
      'Kiosks in working order: 2 kiosks (± at most 0.01)',
    ]);
    expect(tooltipLines(spec, 20, 'Site closed')).toEqual([
      '10:00–10:30',
      'Waiting at the kiosks: 0.5 people (± at most 0.1)',
      'Kiosks busy: 0.5 kiosks (± at most 0.2)',
      'Kiosks in working order: 2 kiosks (± at most 0.01)',
    ]);
    expect(kioskSpec(ctx, siteDay(ctx, BANK)).shades).toEqual([]);
  });

  it('lists the closed hours in the legend only for a site that closes', () => {
    expect(kioskLegend(ctx, siteDay(ctx, POST)).map((l) => l.kind)).toEqual([
      'line',
      'line',
      'band',
      'bar',
      'ref',
      'hatch',
    ]);
    expect(kioskLegend(ctx, siteDay(ctx, BANK)).map((l) => l.label)).toEqual([
      'Waiting at the kiosks',
      'Kiosks in working order',
      '95% confidence band (at most this wide)',
      'Kiosks busy',
      'Installed: 2',
    ]);
  });

  it('says the kiosks installed and the hours above the chart', () => {
    expect(siteFacts(ctx, kioskSites(ctx)[POST])).toBe('2 kiosk(s) installed · open 08:00–20:00, every day');
    const zh = kioskContext('zh-CN');
    expect(siteFacts(zh, kioskSites(zh)[BANK])).toBe('已布设 2 台终端 · 开放时间 24 小时，每天');
    expect(siteFacts(zh, { ...kioskSites(zh)[POST], workingDaysOnly: true })).toBe(
      '已布设 2 台终端 · 开放时间 08:00–20:00，仅工作日',
    );
  });

  it('writes the picked site’s day as CSV, a row per interval, closed ones without a line', () => {
    const csv = kioskCsv(ctx, siteDay(ctx, POST));
    expect(csv.header).toEqual([
      'Site',
      'Interval start',
      'Interval end',
      'Site open',
      'Waiting (people)',
      'Waiting ± (at most)',
      'Kiosks busy',
      'Kiosks busy ± (at most)',
      'Kiosks in working order',
      'In working order ± (at most)',
      'Kiosks installed',
    ]);
    expect(csv.rows).toHaveLength(48);
    expect(csv.rows[0]).toEqual(['Post office', '00:00', '00:30', 'closed', null, null, null, null, 1.967, 0.01, 2]);
    expect(csv.rows[20]).toEqual(['Post office', '10:00', '10:30', 'open', 0.5, 0.1, 0.5, 0.2, 1.967, 0.01, 2]);
    expect(csv.rows[47].slice(0, 4)).toEqual(['Post office', '23:30', '24:00', 'closed']);
    const zh = kioskContext('zh-CN');
    expect(kioskCsv(zh, siteDay(zh, BANK)).rows[0].slice(0, 4)).toEqual([
      '银行网点 24 小时自助区',
      '00:00',
      '00:30',
      '开放',
    ]);
  });

  it('knows a scenario without kiosks', () => {
    expect(kioskSites(context('textbook-mmc', 'en', 2))).toEqual([]);
  });
});

describe('every kiosk measure per site, in words and in the table', () => {
  it('counts the days after the warm-up', () => {
    expect(countedDays(kioskContext('en'))).toBe(30);
  });

  it('gives each measure of each site with its ± where it has one', () => {
    const rows = siteRows(kioskContext('en'));
    expect(rows.map((r) => r.site.id)).toEqual(['hall-room', 'bank', 'post-office']);
    const bank = Object.fromEntries(
      Object.entries(rows[BANK].figures).map(([k, f]) => [k, f && `${f.value}${f.pm === null ? '' : ` ± ${f.pm}`}`]),
    );
    expect(bank).toEqual({
      arrivals: '4,508 ± 36',
      served: '4,368 ± 66',
      waitMean: '0.41 ± 0.05',
      waitP90: '1.4 ± 0.2',
      queue: '0.05 ± 0.01',
      availability: '91.3% ± 2.4%',
      closed: '0',
      down: '73 ± 58',
      line: '1 ± 1',
      gaveUp: '67 ± 13',
      outOfService: '0',
      toWindows: '0',
      toOtherSite: '28 ± 12',
      toHall: '70 ± 30',
      left: '43 ± 17',
    });
    const hall = rows[HALL].figures;
    // A line of 0.001 ± 0.0003: a third decimal, and no ± that would read as 0.
    expect([hall.queue, hall.waitMean]).toEqual([
      { value: '0.001', pm: null, raw: 0.001 },
      { value: '0.01', pm: null, raw: 0.011 },
    ]);
    expect([rows[POST].figures.waitMean, rows[POST].figures.waitP90, rows[POST].figures.availability?.pm]).toEqual([
      null,
      null,
      null,
    ]);
    // As many decimals as the ± needs, trailing zeros kept.
    const ctx = kioskContext('en');
    const varied = {
      ...ctx,
      merged: {
        ...ctx.merged,
        metrics: { ...ctx.merged.metrics, 'kiosk.bank.wait.mean': { mean: 0.3, halfWidth: 0.034, n: 20 } },
      },
    };
    expect(siteRows(varied)[BANK].figures.waitMean).toEqual({ value: '0.30', pm: '0.03', raw: 0.3 });
  });

  it('answers for the bank in Chinese: waits, availability, served, turned away and where they went', () => {
    expect(siteSummary(kioskContext('zh-CN'), BANK)).toBe(
      '银行网点 24 小时自助区：平均等候 0.41 分钟（±0.05），90% 的人等候不超过 1.4 分钟（±0.2）；终端可用率 91.3%（±2.4%）。' +
        '30 天内 4,368 人（±66）在此办结；73 人（±58）到达时终端全部故障、1 人（±1）见排队过长未加入、67 人（±13）等不及离开；' +
        '这些人中 28 人（±12）改去其他网点、70 人（±30）稍后去大厅、43 人（±17）未办理离开。',
    );
  });

  it('answers for the bank in English', () => {
    expect(siteSummary(kioskContext('en'), BANK)).toBe(
      'Bank branch 24-hour lobby: mean wait 0.41 min (±0.05), 90% waited at most 1.4 min (±0.2); kiosks in working order 91.3% (±2.4%) of the time. ' +
        'Over the 30 days 4,368 people (±66) were served here; 73 (±58) found every kiosk down, 1 (±1) found the line too long, 67 (±13) left before service; ' +
        'of these, 28 (±12) went on to another site, 70 (±30) went to the hall later, 43 (±17) went home unserved.',
    );
  });

  it('names the hall site’s users who went to its windows at once, and leaves out what rounds to nobody', () => {
    expect(siteSummary(kioskContext('zh-CN'), HALL)).toBe(
      '办税厅 24 小时自助办税厅：平均等候 0.01 分钟，90% 的人等候不超过 0 分钟；终端可用率 92.1%（±1.5%）。' +
        '30 天内 2,903 人（±28）在此办结；4 人（±9）到达时终端全部故障、1 人等不及离开；' +
        '这些人中 1 人（±1）当即去大厅窗口、1 人（±2）改去其他网点、2 人（±4）稍后去大厅、1 人（±2）未办理离开。',
    );
  });

  it('says so when nobody used a site and nobody was turned away', () => {
    expect(siteSummary(kioskContext('zh-CN'), POST)).toBe(
      '邮局网点：模拟期内无人在此使用终端；终端可用率 90.2%。30 天内 0 人在此办结，无人被拒或中途离开。',
    );
    expect(siteSummary(kioskContext('en'), POST)).toBe(
      'Post office: nobody was served at its kiosks; kiosks in working order 90.2% of the time. Over the 30 days 0 people were served here; nobody was turned away or left before service.',
    );
  });

  it('reads the simulated measures of every site (real results, 2 replications)', () => {
    const real = context('kiosk-network', 'en', 2);
    const rows = siteRows(real);
    for (const r of rows) {
      const m = (k: string) => real.merged.metrics[`kiosk.${r.site.id}.${k}`];
      expect(r.figures.arrivals!.raw).toBe(m('arrivals').mean);
      expect(r.figures.availability!.raw).toBe(m('availability').mean);
      expect(r.figures.left!.raw).toBe(m('left').mean);
    }
    expect(siteDay(real, POST).queue[0]).toBeNull();
  });
});
