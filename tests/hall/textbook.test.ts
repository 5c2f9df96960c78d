/**
 * The textbook scenarios, written in the hall's own format and run through the whole hall
 * pipeline (calendar, demand, stations, statistics), agree with queueing theory: the exact value
 * lies inside the 99% confidence interval across replications.
 */
import { describe, expect, it } from 'vitest';
import { erlangA, mmc } from '../../src/sim/analytic/index.ts';
import { ci, conserved, describeCi, inside, preset, replicate } from './base.ts';

describe('textbook scenarios through the hall pipeline', () => {
  it('M/M/10 at rho 0.8 (textbook-mmc): mean wait and utilisation as Erlang C says', () => {
    const res = replicate(preset('textbook-mmc'), 20);
    const theory = mmc(8, 1, 10);
    const wait = ci(res, 'wait.all.mean');
    expect(inside(wait, theory.meanWait), `Erlang C ${theory.meanWait} vs ${describeCi(wait)}`).toBe(true);
    const util = ci(res, 'windows.all.utilisation');
    expect(inside(util, 0.8), `utilisation 0.8 vs ${describeCi(util)}`).toBe(true);
    expect(conserved(res)).toBe(true);
  });

  it('M/M/5+M (textbook-mmcm): abandonment share and wait of the served as Erlang A says', () => {
    const res = replicate(preset('textbook-mmcm'), 20);
    const theory = erlangA(6, 1, 5, 0.5);
    const pAbandon = ci(res, (r) => r.metrics['count.abandoned'] / r.metrics['count.arrivals']);
    expect(inside(pAbandon, theory.pAbandon), `Erlang A ${theory.pAbandon} vs ${describeCi(pAbandon)}`).toBe(true);
    const wait = ci(res, 'wait.all.mean');
    expect(inside(wait, theory.meanWaitServed), `Erlang A ${theory.meanWaitServed} vs ${describeCi(wait)}`).toBe(true);
    expect(conserved(res)).toBe(true);
  });
});
