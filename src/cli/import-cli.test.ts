import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../sim/hall/validate.ts';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';

const history = (name: string) => new URL(`../../data/history/${name}`, import.meta.url).pathname;

describe('hallflow import', () => {
  const io = captureOutput();

  it('reads the GB18030 ticket log with Chinese headers, fits it and writes a valid scenario', async () => {
    const file = history('synthetic-demo-2026-03-tickets-zh-gb18030.csv');
    const dataLines = new TextDecoder('gb18030').decode(readFileSync(file)).split(/\r?\n/).filter((l) => l.trim() !== '').length - 1;
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-import-'));
    const outFile = join(dir, 'fitted.json');
    expect(await main(['import', file, '--lang', 'zh-CN', '--out', outFile])).toBe(0);
    const text = io.out.join('\n');
    expect(text).toMatch(/编码 gb18030/);
    expect(text).toContain(`共 ${dataLines} 行，接受 ${dataLines} 行，拒绝 0 行`);
    expect(text).toMatch(/业务类型/);
    expect(validateScenario(JSON.parse(readFileSync(outFile, 'utf8')))).toEqual([]);
  });

  it('reports every rejected row with its line number and reason, and writes them all', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-import-'));
    const file = join(dir, 'bad.csv');
    writeFileSync(
      file,
      [
        'ticket id,ticket time,call time,service start,service end,business type,window,channel,outcome',
        '1,2026-03-02 09:00:00,2026-03-02 09:05:00,2026-03-02 09:05:00,2026-03-02 09:10:00,Invoice issue and check,3,walk-in,served',
        '2,2026-03-02 09:01:00,2026-03-02 09:06:00,2026-03-02 09:06:00,2026-03-02 09:04:00,Invoice issue and check,3,walk-in,served',
        '3,yesterday,2026-03-02 09:06:00,2026-03-02 09:06:00,2026-03-02 09:09:00,Invoice issue and check,3,walk-in,served',
        '1,2026-03-02 09:02:00,2026-03-02 09:07:00,2026-03-02 09:07:00,2026-03-02 09:12:00,Invoice issue and check,4,walk-in,served',
        '4,2026-03-02 09:03:00,2026-03-02 09:08:00,2026-03-02 09:08:00,2026-03-02 09:13:00,Horse licences,4,walk-in,served',
      ].join('\n'),
    );
    const rejected = join(dir, 'rejected.csv');
    expect(await main(['import', file, '--lang', 'en', '--rejected', rejected])).toBe(0);
    const text = io.out.join('\n');
    expect(text).toContain('5 rows read, 1 accepted, 4 rejected');
    for (const line of [3, 4, 5, 6]) expect(text).toMatch(new RegExp(`^  ${line}: `, 'm'));
    expect(text).toMatch(/Horse licences: 1/);
    const csv = readFileSync(rejected, 'utf8');
    expect(csv.split('\r\n').filter((l) => l !== '').length).toBe(5);
  });

  it('says why when a file has no usable rows, and refuses bad flags', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-import-'));
    const file = join(dir, 'empty.csv');
    writeFileSync(file, 'colour,size\nred,3\n');
    expect(await main(['import', file, '--lang', 'en'])).toBe(1);
    expect(io.err.join('\n')).toMatch(/hallflow import: .*empty\.csv: /);
    io.err.length = 0;
    expect(await main(['import', history('synthetic-demo-2026-03-volumes-en-utf8.csv'), '--smoothing', '40'])).toBe(2);
    expect(io.err.join('\n')).toMatch(/--smoothing/);
    expect(await main(['import', join(dir, 'missing.csv')])).toBe(1);
    expect(io.err.join('\n')).toMatch(/no such file/);
  });
});
