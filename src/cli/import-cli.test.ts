import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateScenario } from '../sim/scenario/index.ts';
import { pathProblem } from './args.ts';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';

const history = (name: string) => new URL(`../../data/history/${name}`, import.meta.url).pathname;

describe('hallflow import', () => {
  const io = captureOutput();

  it('reads the GB18030 ticket log with Chinese headers, fits it and writes a valid scenario', async () => {
    const file = history('synthetic-demo-2026-03-tickets-zh-gb18030.csv');
    const dataLines =
      new TextDecoder('gb18030')
        .decode(readFileSync(file))
        .split(/\r?\n/)
        .filter((l) => l.trim() !== '').length - 1;
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

  it('a 1 MB header cell and a 10 MB id: what is printed stays short', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-import-'));
    const header = join(dir, 'header.csv');
    writeFileSync(header, `票号,取号时间,${'x'.repeat(1 << 20)}\n1,2024-03-05 09:00,a\n`);
    expect(await main(['import', header, '--lang', 'en'])).toBe(1);
    expect(io.err.join('\n')).toContain(`${'x'.repeat(80)}…(1048496 more)`);
    const id = join(dir, 'id.csv');
    writeFileSync(id, `票号,取号时间,业务类型\n${'Q'.repeat(10 << 20)},2024-03-05 09:00,咨询${'询'.repeat(1 << 20)}\n`);
    expect(await main(['import', id, '--lang', 'zh-CN'])).toBe(1);
    const printed = [...io.out, ...io.err].join('\n');
    expect(printed).toContain(`“咨询${'询'.repeat(78)}…（另有 1048498 个字符）” 不是方案中的业务类型`);
    expect(printed.length).toBeLessThan(8000);
  });

  it('a directory, a missing file, an unreadable file: an error naming the path and what is allowed, exit 1', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hallflow-import-'));
    expect(await main(['import', dir, '--lang', 'en'])).toBe(1);
    expect(io.err).toEqual([
      `hallflow import: ${dir}: is a directory; give one history file (a ticket log or volumes as CSV, UTF-8 or GB18030)`,
      `hallflow import：${dir}：是一个目录；请指定一个历史数据文件（取号明细或业务量 CSV 文件，UTF-8 或 GB18030 编码）`,
    ]);
    io.err.length = 0;
    const missing = join(dir, 'missing.csv');
    expect(await main(['import', missing])).toBe(1);
    expect(io.err).toEqual([
      `hallflow import: ${missing}: no such file; give one history file (a ticket log or volumes as CSV, UTF-8 or GB18030)`,
      `hallflow import：${missing}：文件不存在；请指定一个历史数据文件（取号明细或业务量 CSV 文件，UTF-8 或 GB18030 编码）`,
    ]);
    io.err.length = 0;
    writeFileSync(join(dir, 'file.csv'), 'a\n');
    const notDir = join(dir, 'file.csv', 'x.csv');
    expect(await main(['import', notDir])).toBe(1);
    expect(io.err[0]).toBe(
      `hallflow import: ${notDir}: a part of the path is not a directory; give one history file (a ticket log or volumes as CSV, UTF-8 or GB18030)`,
    );
    // No permission (checked on the error itself: tests may run as root, who may read anything).
    const denied = Object.assign(new Error(`EACCES: permission denied, open '${missing}'`), {
      code: 'EACCES',
      syscall: 'open',
    });
    expect(pathProblem(denied)).toEqual({ en: 'permission denied', zh: '没有读取权限' });
    expect(pathProblem(new Error('other'))).toBeNull();
  });
});
