import { describe, expect, it } from 'vitest';
import { SAMPLES, sampleName, samplesFrom } from './samples.ts';

describe('the synthetic samples', () => {
  it('are the three files of data/history, the Chinese ticket log first', () => {
    expect(SAMPLES.map((s) => s.name)).toEqual(['tickets-zh-gb18030', 'tickets-en-utf8', 'volumes-en-utf8']);
    expect(SAMPLES.map((s) => s.fileName)).toEqual([
      'synthetic-demo-2026-03-tickets-zh-gb18030.csv',
      'synthetic-demo-2026-03-tickets-en-utf8.csv',
      'synthetic-demo-2026-03-volumes-en-utf8.csv',
    ]);
    for (const s of SAMPLES) expect(s.url).toMatch(/synthetic-demo-2026-03-.*\.csv/);
  });

  it('are named by what follows the synthetic prefix', () => {
    expect(sampleName('synthetic-demo-2026-03-tickets-en-utf8.csv')).toBe('tickets-en-utf8');
    expect(sampleName('other.CSV')).toBe('other');
    expect(
      samplesFrom({ '/x/zz.csv': '/a.csv', '/x/synthetic-demo-2026-03-volumes-en-utf8.csv': '/b.csv' }).map(
        (s) => s.name,
      ),
    ).toEqual(['volumes-en-utf8', 'zz']);
  });
});
