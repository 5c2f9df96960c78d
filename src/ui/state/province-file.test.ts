/**
 * The province door: a real province.json (made by `hallflow batch`, e2e/fixtures/province.json)
 * comes in whole; HallFlow's other files are named for what they are; a damaged province names
 * the fields that are wrong, by path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import county from '../../../data/scenarios/county-hall.json';
import { admitProvinceText, admitProvinceValue } from './province-file.ts';

const text = readFileSync(new URL('../../../e2e/fixtures/province.json', import.meta.url), 'utf8');
const fresh = () => JSON.parse(text) as Record<string, any>;

describe('admitting a province result', () => {
  it('admits the file `hallflow batch` writes, with or without a byte-order mark', () => {
    for (const t of [text, `\uFEFF${text}`]) {
      const a = admitProvinceText(t);
      expect(a.ok).toBe(true);
      if (a.ok) {
        expect(a.province.halls).toHaveLength(10);
        expect(a.province.halls[0].id).toBe('city-1');
      }
    }
  });

  it('admits halls that ran only some tasks (null records)', () => {
    const p = fresh();
    p.halls[1].plan = null;
    p.halls[2].compare = null;
    p.halls[3].simulate = null;
    expect(admitProvinceValue(p).ok).toBe(true);
  });

  it('names HallFlow’s other files for what they are', () => {
    expect(admitProvinceValue(county)).toEqual({ ok: false, reason: { code: 'otherFile', file: 'scenario' } });
    const manifest = { kind: 'hallflow.batch', version: 1, base: 'county-hall.json', halls: [{ id: 'a' }] };
    expect(admitProvinceValue(manifest)).toEqual({ ok: false, reason: { code: 'otherFile', file: 'manifest' } });
    expect(admitProvinceValue({ kind: 'hallflow.plan', version: 1 })).toEqual({
      ok: false,
      reason: { code: 'otherFile', file: 'plan' },
    });
    expect(admitProvinceValue({ kind: 'hallflow.batch-job' })).toEqual({
      ok: false,
      reason: { code: 'otherFile', file: 'job' },
    });
    expect(admitProvinceValue({ kind: 'hallflow.merged' })).toEqual({
      ok: false,
      reason: { code: 'otherFile', file: 'result' },
    });
    expect(admitProvinceValue({ kind: 'something.else' })).toEqual({
      ok: false,
      reason: { code: 'otherKind', kind: 'something.else' },
    });
    expect(admitProvinceValue({ halls: [] })).toEqual({ ok: false, reason: { code: 'noKind' } });
  });

  it('refuses what is not JSON or not an object, another version, and no halls', () => {
    const a = admitProvinceText('日期,时间\n2026-03-02,08:30');
    expect(a.ok).toBe(false);
    if (!a.ok) expect(a.reason.code).toBe('notJson');
    expect(admitProvinceText('[1, 2]')).toEqual({ ok: false, reason: { code: 'notObject' } });
    expect(admitProvinceText('null')).toEqual({ ok: false, reason: { code: 'notObject' } });
    expect(admitProvinceValue({ ...fresh(), version: 2 })).toEqual({
      ok: false,
      reason: { code: 'version', version: '2' },
    });
    expect(admitProvinceValue({ ...fresh(), halls: [] })).toEqual({ ok: false, reason: { code: 'noHalls' } });
  });

  it('names the wrong fields by path, five at most, and counts the rest', () => {
    const p = fresh();
    p.halls[2].installed.windows = -1;
    p.halls[0].simulate.within = { mean: 0.8 };
    p.halls[4].plan.kiosksRecommended = 'three';
    p.halls[5].id = p.halls[6].id;
    p.halls[7].compare = 'no';
    p.halls[8].name = 'county';
    p.halls[9].simulate.target.share = 90;
    const a = admitProvinceValue(p);
    expect(a).toEqual({
      ok: false,
      reason: {
        code: 'fields',
        problems: [
          { path: 'halls[0].simulate.within', expected: 'figure' },
          { path: 'halls[2].installed.windows', expected: 'count' },
          { path: 'halls[4].plan.kiosksRecommended', expected: 'countOrNone' },
          { path: 'halls[6].id', expected: 'uniqueId' },
          { path: 'halls[7].compare', expected: 'objectOrNone' },
        ],
        more: 2,
      },
    });
  });

  it('names missing top-level fields and a halls value that is not a list', () => {
    const p = fresh();
    delete p.name;
    p.halls = {};
    expect(admitProvinceValue(p)).toEqual({
      ok: false,
      reason: {
        code: 'fields',
        problems: [
          { path: 'name', expected: 'names' },
          { path: 'halls', expected: 'array' },
        ],
        more: 0,
      },
    });
  });
});
