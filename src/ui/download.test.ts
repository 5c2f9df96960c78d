import { describe, expect, it } from 'vitest';
import { toCsv } from './download.ts';

describe('toCsv', () => {
  it('writes a BOM, CRLF lines and quotes what needs quoting', () => {
    const csv = toCsv(
      ['日期 date', 'note'],
      [
        ['2026-03-16', 'a, "b"'],
        [1.23456789, null],
      ],
    );
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1)).toBe('日期 date,note\r\n2026-03-16,"a, ""b"""\r\n1.234568,\r\n');
  });
});
