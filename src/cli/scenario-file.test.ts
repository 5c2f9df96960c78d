import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { captureOutput } from './capture-output.ts';
import { main } from './main.ts';

const WANTED_EN =
  'a scenario is a JSON file holding one object {"version": 1, "name": ..., "calendar": ..., ...} (see data/README.md)';
const WANTED_ZH = '方案文件应为一个 JSON 对象 {"version": 1, "name": ..., "calendar": ..., ...}（见 data/README.md）';
const preset = (name: string) => readFileSync(new URL(`../../data/scenarios/${name}.json`, import.meta.url), 'utf8');

describe('scenario files the CLI cannot use: a clear error in both languages, exit 1, no stack trace', () => {
  const io = captureOutput();
  const dir = mkdtempSync(join(tmpdir(), 'hallflow-files-'));
  const file = (name: string, text: string) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  };
  mkdirSync(join(dir, 'folder.json'));

  const cases: [string, () => string, string, string][] = [
    ['a missing file', () => join(dir, 'missing.json'), 'cannot read (no such file)', '无法读取（文件不存在）'],
    [
      'a directory',
      () => join(dir, 'folder.json'),
      'cannot read (this is a directory, not a file)',
      '无法读取（这是一个目录，不是文件）',
    ],
    ['an empty file', () => file('empty.json', '\uFEFF \n'), 'the file is empty', '文件为空'],
    [
      'text that is not JSON',
      () => file('text.json', 'version: 1'),
      'not valid JSON (Unexpected token \'v\', "version: 1" is not valid JSON)',
      '不是有效的 JSON（Unexpected token \'v\', "version: 1" is not valid JSON）',
    ],
    [
      'a JSON list',
      () => file('list.json', '[{"version": 1}]'),
      'holds a list [...], not an object',
      '内容是一个列表 [...]，不是对象',
    ],
    ['a JSON number', () => file('number.json', '42'), 'holds the number 42, not an object', '内容是数字 42，不是对象'],
    ['JSON null', () => file('null.json', 'null'), 'holds null, not an object', '内容是 null 值，不是对象'],
  ];
  for (const [what, path, en, zh] of cases) {
    for (const command of ['validate', 'simulate']) {
      it(`${command}: ${what}`, async () => {
        const f = path();
        expect(await main([command, f])).toBe(1);
        expect(io.err).toEqual([`${f}: ${en}; ${WANTED_EN}`, `${f}：${zh}；${WANTED_ZH}`]);
        expect(io.out).toEqual([]);
      });
    }
  }

  it('a scenario with an inherited name as a window kind: its problem, not a TypeError', async () => {
    const s = JSON.parse(preset('county-hall'));
    s.windows.groups[0].kind = 'toString';
    const f = file('kind.json', JSON.stringify(s));
    for (const command of ['validate', 'simulate', 'plan']) {
      io.err.length = 0;
      expect(await main([command, f])).toBe(1);
      expect(io.err).toEqual([
        `${f}: 1 problem(s) / 1 个问题`,
        '  windows.groups[0].kind: windows.groups[0].kind: got "toString"; must be one of "general", "dedicated", "green", "appointment"',
        '  windows.groups[0].kind：窗口 › 窗口组「综合窗口」 › 窗口类别：取值 "toString" 无效，应为以下之一："general"、"dedicated"、"green"、"appointment"',
      ]);
    }
  });

  it('a scenario nested 5,000 deep: one problem, not a stack overflow', async () => {
    // (written as text: JSON.stringify itself would overflow)
    const f = file(
      'deep.json',
      preset('county-hall').replace('{', `{"extra": ${'['.repeat(5000)}${']'.repeat(5000)},`),
    );
    expect(await main(['validate', f])).toBe(1);
    expect(io.err[0]).toBe(`${f}: 1 problem(s) / 1 个问题`);
    expect(io.err[1]).toMatch(
      /^ {2}extra(\[0\]){31}: extra(\[0\]){31}: got \[\[\[\[\[\.\.\.\]\]\]\]\], nested more than 32 levels deep/,
    );
    expect(io.err).toHaveLength(3);
  });
});
