/**
 * End to end: the synthetic files in data/history read through readHistory (src/sim/history/
 * read.ts: encoding, headers, Chinese and English values), then fitted. Both ticket files — UTF-8
 * with English headers and ISO times, GB18030 with Chinese headers and times like 2026/3/2
 * 9:00:25 — read without a rejected row and fit to the same figures, and those agree with the
 * fit of the model's own log (the files keep times to the second).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import demo from '../../data/scenarios/demo-hall.json';
import type { Scenario } from '../../src/sim/scenario/index.ts';
import { fitHistory } from '../../src/sim/history/fit.ts';
import { simulateTicketLog, toTicketRecords } from '../../src/sim/history/generate.ts';
import { readHistory } from '../../src/sim/history/read.ts';
import { covers, minCovered } from './coverage.ts';

const s = demo as unknown as Scenario;
const knownTypes = s.types.map((t) => ({ id: t.id, names: [t.name.zh, t.name.en] }));
const read = (name: string) =>
  readHistory(new Uint8Array(readFileSync(new URL(`../../data/history/${name}`, import.meta.url))), { knownTypes });

describe('data/history read by readHistory and fitted', () => {
  it("both ticket files read cleanly and fit to the figures of the model's own log", async () => {
    const en = await read('synthetic-demo-2026-03-tickets-en-utf8.csv');
    const zh = await read('synthetic-demo-2026-03-tickets-zh-gb18030.csv');
    expect(en.report.encoding).toBe('utf-8');
    expect(zh.report.encoding).toBe('gb18030');
    const log = simulateTicketLog(s, 20260301, 0);
    for (const r of [en, zh]) {
      expect(r.report.layout).toBe('tickets');
      expect(r.report.accepted).toBe(log.length);
      expect(r.report.rejected).toEqual([]);
    }
    const fitEn = fitHistory(en.tickets, s);
    const fitZh = fitHistory(zh.tickets, s);
    const direct = fitHistory(toTicketRecords(log, s), s);
    expect(fitZh.report.parameters.map((p) => p.estimate)).toEqual(fitEn.report.parameters.map((p) => p.estimate));
    expect(fitEn.report.parameters.map((p) => p.key)).toEqual(direct.report.parameters.map((p) => p.key));
    fitEn.report.parameters.forEach((p, i) => {
      const q = direct.report.parameters[i];
      // Times kept to the second move handling times by under a second, and a few tickets across
      // the edge of a half hour (a share moves by a few 1/n).
      expect(Math.abs(p.estimate - q.estimate), p.key).toBeLessThanOrEqual(
        Math.max(0.002 * Math.abs(q.estimate), 3 / q.n),
      );
    });
    expect(fitEn.problems).toEqual([]);
  });

  it('the volumes file reads cleanly and fits the type shares', async () => {
    const r = await read('synthetic-demo-2026-03-volumes-en-utf8.csv');
    expect(r.report.layout).toBe('volumes');
    expect(r.report.rejected).toEqual([]);
    const fit = fitHistory(r.volumes, s);
    expect(fit.problems).toEqual([]);
    const shares = s.types
      .filter((t) => t.id !== 'iit')
      .map((t) => covers(fit.report.parameters.find((p) => p.key === `types.${t.id}.share`)!.ci, t.share));
    expect(shares.filter(Boolean).length).toBeGreaterThanOrEqual(minCovered(shares.length));
  });
});
