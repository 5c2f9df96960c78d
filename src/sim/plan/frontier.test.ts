import { describe, expect, it } from 'vitest';
import { monotone, type FrontierPoint } from './frontier.ts';

const point = (
  share: number | null,
  hours: number,
  within: number,
  kind: FrontierPoint['kind'] = 'target',
): FrontierPoint => ({
  label: { zh: `${share}`, en: `${share}` },
  kind,
  targetShare: share,
  kiosks: 10,
  staffHours: hours,
  within: { mean: within, halfWidth: 0.01, n: 20 },
  meanWait: { mean: 5, halfWidth: 0.1, n: 20 },
  chosen: share === 0.9,
  takenFrom: null,
});

describe('the frontier', () => {
  it('never has more service cost less: a dearer lower target takes the cheaper higher one’s staffing, and says so', () => {
    // Seen on the demo before: 85% cost more window-hours than 90%.
    const points = monotone([
      point(0.8, 1500, 0.86),
      point(0.85, 1700, 0.9),
      point(0.9, 1680, 0.93),
      point(0.95, 1900, 0.97),
      point(null, 1589, 0.88, 'scenario'),
    ]);
    const byShare = (s: number | null) => points.find((p) => p.targetShare === s)!;
    expect(byShare(0.85).staffHours).toBe(1680);
    expect(byShare(0.85).within!.mean).toBe(0.93);
    expect(byShare(0.85).takenFrom).toBe(0.9);
    for (const s of [0.8, 0.9, 0.95]) expect(byShare(s).takenFrom).toBe(null);
    // The scenario's own staffing is not a target point: left as it is.
    expect(byShare(null).staffHours).toBe(1589);
    const targets = points.filter((p) => p.kind === 'target').sort((a, b) => a.targetShare! - b.targetShare!);
    for (let i = 1; i < targets.length; i++)
      expect(targets[i].staffHours).toBeGreaterThanOrEqual(targets[i - 1].staffHours);
  });
});
