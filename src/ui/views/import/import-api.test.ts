/**
 * The import worker's API (src/workers/import-api.ts) called directly in Node, as the Web Worker
 * runs it: the synthetic GB18030 sample read from a Blob with progress, the records kept in the
 * API (the page gets a summary, rejected rows by the page), re-reading with a type map and a
 * changed mapping, a file with no usable rows, the fit and the backtest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import demo from '../../../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../../sim/scenario/index.ts';
import { createImportApi, FIRST_REJECTED } from '../../../workers/import-api.ts';
import { knownTypesOf } from '../../state/import/fit-options.ts';

const base = demo as unknown as Scenario;
const knownTypes = knownTypesOf(base);
const sample = (name: string) => new Blob([readFileSync(new URL(`../../../../data/history/${name}`, import.meta.url))]);
const ZH = 'synthetic-demo-2026-03-tickets-zh-gb18030.csv';

/** Data lines of a CSV text: lines after the header that are not empty. */
function dataLines(text: string): number {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim() !== '').length;
}

describe('the import worker API', () => {
  it('reads the GB18030 sample from a Blob with progress, keeps the records and sends a summary', async () => {
    const api = createImportApi();
    const progress: [number, number][] = [];
    const blob = sample(ZH);
    const out = await api.read(blob, ZH, { knownTypes }, (f, rows) => void progress.push([f, rows]));
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    const s = out.summary;
    const lines = dataLines(
      readFileSync(new URL(`../../../../data/history/${ZH}`, import.meta.url)).toString('latin1'),
    );
    expect(lines).toBe(10664);
    expect(s).toMatchObject({
      layout: 'tickets',
      encoding: 'gb18030',
      delimiter: ',',
      rowsRead: lines,
      accepted: lines,
      rejectedCount: 0,
      fileName: ZH,
      fileSize: blob.size,
    });
    expect(s.header).toEqual([
      '票号',
      '取号时间',
      '叫号时间',
      '开始办理时间',
      '办结时间',
      '业务类型',
      '窗口',
      '渠道',
      '状态',
    ]);
    expect(s.mapping.ticket).toBe(1);
    expect(s.rejectedFirst).toEqual([]);
    expect('rejected' in s).toBe(false);
    // Progress ends at the whole file with every row counted, and never goes back.
    expect(progress.at(-1)).toEqual([1, lines]);
    for (let i = 1; i < progress.length; i++) expect(progress[i][0]).toBeGreaterThanOrEqual(progress[i - 1][0]);
  });

  it('fits the kept records and backtests the fit against them', async () => {
    const api = createImportApi();
    await api.read(sample(ZH), ZH, { knownTypes });
    const fit = api.fit(base, {});
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.fit.problems).toEqual([]);
    const share = fit.fit.report.parameters.find((p) => p.key === 'appointments.share')!;
    // The demo books 8% of visitors; the interval of the fitted share holds it.
    expect(share.ci!.lower).toBeLessThan(0.08);
    expect(share.ci!.upper).toBeGreaterThan(0.08);
    expect(fit.fit.patch.find((op) => op.key === 'demand.dailyVolume')!.before).toBe(base.demand.dailyVolume);
    const bt = await api.backtest(3, 11);
    expect(bt.ok).toBe(true);
    if (!bt.ok) return;
    expect(bt.backtest.replications).toBe(3);
    expect(bt.backtest.summary.cells).toBeGreaterThan(20);
    expect(bt.backtest.cells.map((c) => c.dayType)).toContain('filing');
  }, 60_000);

  it('lists bad rows with their lines, pages them, writes them as CSV, and re-reads with a type map', async () => {
    const api = createImportApi();
    const text = [
      'ticket_id,ticket_time,call_time,start_time,end_time,business_type,window,channel,outcome',
      '1,2026-03-02 09:00:00,2026-03-02 09:05:00,2026-03-02 09:05:00,2026-03-02 09:10:00,Consultation,1,walk-in,served',
      '2,2026-03-02 09:01:00,2026-03-02 09:06:00,2026-03-02 09:06:00,2026-03-02 09:12:00,Teleportation,2,walk-in,served',
      '3,not a time,,,,Consultation,,walk-in,abandoned',
      '4,2026-03-02 09:03:00,2026-03-02 09:08:00,2026-03-02 09:08:00,2026-03-02 09:04:00,Consultation,3,walk-in,served',
      '1,2026-03-02 09:04:00,2026-03-02 09:09:00,2026-03-02 09:09:00,2026-03-02 09:15:00,Consultation,1,walk-in,served',
    ].join('\r\n');
    const out = await api.read(new Blob([text]), 'bad.csv', { knownTypes });
    expect(out.ok).toBe(true);
    if (!out.ok) return;
    expect(out.summary.rowsRead).toBe(5);
    expect(out.summary.accepted).toBe(1);
    expect(out.summary.rejectedCount).toBe(4);
    expect(out.summary.rejectedFirst.map((r) => r.line)).toEqual([3, 4, 5, 6]);
    expect(out.summary.unknownTypes).toEqual([{ value: 'Teleportation', rows: 1 }]);
    expect(api.rejectedPage(1, 2).map((r) => r.line)).toEqual([4, 5]);
    const csv = await api.rejectedCsv(['line', 'reason', 'row'], 'en').text();
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(rows[0]).toBe('line,reason,row');
    expect(rows.slice(1).map((r) => Number(r.split(',')[0]))).toEqual([3, 4, 5, 6]);
    expect(csv).toMatch(/Teleportation/);
    const zh = await api.rejectedCsv(['行号', '原因', '原始内容'], 'zh').text();
    expect(zh).toMatch(/[\u4e00-\u9fff]{4}/);

    // Teleportation counted as consultation: one more row accepted, the same file re-read.
    const again = await api.reread({ knownTypes, typeMap: { Teleportation: 'consultation' } });
    expect(again.ok && again.summary.accepted).toBe(2);
    expect(again.ok && again.summary.unknownTypes).toEqual([]);
    expect(again.ok && again.summary.fileName).toBe('bad.csv');
    // Left out instead: rejected as excluded by the mapping.
    const out3 = await api.reread({ knownTypes, typeMap: { Teleportation: '' } });
    expect(out3.ok && out3.summary.accepted).toBe(1);
    expect(out3.ok && out3.summary.rejectedCount).toBe(4);
  });

  it('says why a file cannot be imported, with what it found', async () => {
    const api = createImportApi();
    const allBad = 'ticket_time,business_type\r\nyesterday,Consultation\r\nnever,Consultation\r\n';
    const out = await api.read(new Blob([allBad]), 'all-bad.csv', { knownTypes });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.failure.code).toBe('allRejected');
    expect(out.failure.message.en).toMatch(/2/);
    expect(out.failure.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(out.failure.summary!.rejectedCount).toBe(2);
    expect(api.rejectedPage(0, 10).map((r) => r.line)).toEqual([2, 3]);
    // Nothing to fit after a failed read.
    expect(api.fit(base, {}).ok).toBe(false);

    const empty = await api.read(new Blob([]), 'empty.csv', { knownTypes });
    expect(!empty.ok && empty.failure.code).toBe('empty');
    expect(!empty.ok && empty.failure.summary).toBeNull();
  });

  it('re-reads with a changed mapping: the type column left out fails with the reason', async () => {
    const api = createImportApi();
    await api.read(sample(ZH), ZH, { knownTypes });
    const out = await api.reread({ knownTypes, mapping: { type: null } });
    expect(out.ok).toBe(false);
    if (out.ok) return;
    expect(out.failure.code).toBe('missingColumns');
    expect(out.failure.message.zh).toMatch(/业务类型/);
  });

  it('refuses a backtest of a volumes file, and sends at most the first page of many rejected rows', async () => {
    const api = createImportApi();
    const vol = 'synthetic-demo-2026-03-volumes-en-utf8.csv';
    const out = await api.read(sample(vol), vol, { knownTypes });
    expect(out.ok && out.summary.layout).toBe('volumes');
    expect(api.fit(base, {}).ok).toBe(true);
    const bt = await api.backtest(2, 1);
    expect(!bt.ok && bt.failure.code).toBe('layout');

    const lines = ['ticket_time,business_type'];
    for (let i = 0; i < 120; i++)
      lines.push(`2026-03-02 09:${String(i % 60).padStart(2, '0')}:00,Unknown type ${i % 3}`);
    lines.push('2026-03-02 10:00:00,Consultation');
    const many = await api.read(new Blob([lines.join('\n')]), 'many.csv', { knownTypes });
    expect(many.ok && many.summary.rejectedCount).toBe(120);
    expect(many.ok && many.summary.rejectedFirst.length).toBe(FIRST_REJECTED);
    expect(api.rejectedPage(100, 50).map((r) => r.line)).toEqual(Array.from({ length: 20 }, (_, i) => 102 + i));
  });
});
