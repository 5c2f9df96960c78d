import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEncoding, sniffBinary, StreamDecoder } from './encoding.ts';

const utf8 = (s: string) => new TextEncoder().encode(s);
const gbk = (s: string) => new Uint8Array(iconv.encode(s, 'gbk'));
const bom = (b: Uint8Array) => new Uint8Array([0xef, 0xbb, 0xbf, ...b]);

function decodeAll(blocks: Uint8Array[]): { text: string; d: StreamDecoder } {
  const d = new StreamDecoder();
  let text = '';
  for (const b of blocks) text += d.decode(b);
  return { text: text + d.end(), d };
}

/** Splits bytes into blocks of `size`, cutting multi-byte characters on purpose. */
function blocksOf(bytes: Uint8Array, size: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  for (let i = 0; i < bytes.length; i += size) out.push(bytes.subarray(i, i + size));
  return out;
}

const TEXT = '票号,取号时间,业务类型\r\nA001,2024/3/5 9:00:12,发票代开\r\n';

describe('detectEncoding', () => {
  it('UTF-8 with and without BOM, GBK (GB18030)', () => {
    expect(detectEncoding(utf8(TEXT))).toBe('utf-8');
    expect(detectEncoding(bom(utf8(TEXT)))).toBe('utf-8-bom');
    expect(detectEncoding(gbk(TEXT))).toBe('gb18030');
    expect(detectEncoding(utf8('date,count\n'))).toBe('utf-8');
  });
  it('a few bad bytes in UTF-8 text without a BOM: still UTF-8 (one bad byte used to make it GB18030)', () => {
    const text = utf8(TEXT.repeat(100));
    for (const at of [0, 60, 2000, text.length - 1]) {
      const bad = new Uint8Array([...text.subarray(0, at), 0xff, ...text.subarray(at)]);
      expect(detectEncoding(bad), `0xFF at ${at}`).toBe('utf-8');
    }
    const three = new Uint8Array([
      ...text.subarray(0, 100),
      0xc3,
      0x28,
      ...text.subarray(100, 900),
      0xa0,
      0xa1,
      ...text.subarray(900),
    ]);
    expect(detectEncoding(three)).toBe('utf-8');
    // ASCII with one byte that is neither: UTF-8 (the usual case today).
    expect(detectEncoding(new Uint8Array([...utf8('date,count\n2024-03-05,'), 0xff, ...utf8('1\n')]))).toBe('utf-8');
  });

  it('GBK and GB18030 files are still GB18030, a stray bad byte in them too', () => {
    const demo = new Uint8Array(
      readFileSync(new URL('../../../data/history/synthetic-demo-2026-03-tickets-zh-gb18030.csv', import.meta.url)),
    );
    expect(detectEncoding(demo.subarray(0, 64 * 1024))).toBe('gb18030');
    expect(detectEncoding(demo.subarray(0, 4096))).toBe('gb18030');
    const g = gbk(TEXT.repeat(100));
    expect(detectEncoding(new Uint8Array([...g.subarray(0, 500), 0xff, ...g.subarray(500)]))).toBe('gb18030');
  });

  it('a UTF-8 character cut at the end of the head is still UTF-8', () => {
    const b = utf8('发票代开');
    expect(detectEncoding(b.subarray(0, 4))).toBe('utf-8');
  });
});

describe('StreamDecoder', () => {
  it('decodes the same text from UTF-8, UTF-8 with BOM and GBK, whatever the block size', () => {
    for (const size of [1, 2, 3, 7, 1000]) {
      expect(decodeAll(blocksOf(utf8(TEXT), size)).text).toBe(TEXT);
      const withBom = decodeAll(blocksOf(bom(utf8(TEXT)), size));
      expect(withBom.text).toBe(TEXT);
      expect(withBom.d.encoding).toBe('utf-8-bom');
      const g = decodeAll(blocksOf(gbk(TEXT), size));
      expect(g.text).toBe(TEXT);
      expect(g.d.encoding).toBe('gb18030');
    }
  });

  it('an ASCII start and GBK later: switches to GB18030 and says where', () => {
    // More than the 4 KiB the decoder detects from, all ASCII.
    const ascii = 'date,type,count\n' + '2024-03-05,A,1\n'.repeat(300);
    const head = utf8(ascii);
    const tail = gbk('2024-03-06,发票代开,2\n');
    const { text, d } = decodeAll([head, tail]);
    expect(text).toBe(ascii + '2024-03-06,发票代开,2\n');
    expect(d.encoding).toBe('gb18030');
    // The first byte that is not ASCII: 发 after "2024-03-06,".
    expect(d.switchedAt).toBe(head.length + 11);
    expect(d.invalidBytes).toBe(0);
  });

  it('broken bytes after real UTF-8 text are replaced and counted, not a switch', () => {
    const head = utf8('类型,数量\n' + '发票,1\n'.repeat(500));
    const { text, d } = decodeAll([head, new Uint8Array([0xff, 0x0a])]);
    expect(d.encoding).toBe('utf-8');
    expect(text.endsWith('\uFFFD\n')).toBe(true);
    expect(d.invalidBytes).toBe(1);
    expect(d.invalid).toEqual([{ offset: head.length, line: 502, bytes: 'FF' }]);
  });

  it('each bad byte with its byte offset and line, with and without a BOM, whatever the blocks', () => {
    // Line 1 is the header; the bad byte sits in line 1200, about 30 KB in.
    const lines = ['类型,数量', ...Array.from({ length: 1500 }, (_, i) => `发票代开第${i}号,${i}`)];
    const before = utf8(lines.slice(0, 1199).join('\r\n') + '\r\n发票');
    const after = utf8(lines.slice(1199).join('\r\n').slice(2));
    for (const withBom of [false, true]) {
      const plain = new Uint8Array([...before, 0xff, ...after]);
      const bytes = withBom ? bom(plain) : plain;
      const offset = before.length + (withBom ? 3 : 0);
      expect(offset).toBeGreaterThan(30_000);
      for (const size of [bytes.length, 4096, 4099, 1000, 7]) {
        const { text, d } = decodeAll(blocksOf(bytes, size));
        expect(d.encoding, `size ${size}`).toBe(withBom ? 'utf-8-bom' : 'utf-8');
        expect(d.invalidBytes).toBe(1);
        expect(d.invalid).toEqual([{ offset, line: 1200, bytes: 'FF' }]);
        expect(text.split('\r\n')[1199]).toBe('发票\uFFFD代开第1198号,1198');
      }
    }
  });

  it('bad bytes in GB18030 text: offsets and lines, and the count matches the decoder', () => {
    const g = gbk('类型,数量\n发票代开,1\n完税证明,2\n');
    const bytes = new Uint8Array([...g.subarray(0, 14), 0xff, ...g.subarray(14), 0x81, 0x0a]);
    const { text, d } = decodeAll(blocksOf(bytes, 5));
    expect(d.encoding).toBe('gb18030');
    expect(text.split('\n')).toEqual(['类型,数量', '发票\uFFFD代开,1', '完税证明,2', '\uFFFD', '']);
    expect(d.invalid).toEqual([
      { offset: 14, line: 2, bytes: 'FF' },
      { offset: bytes.length - 2, line: 4, bytes: '81' },
    ]);
  });

  it('a character cut at the very end of the file counts as invalid', () => {
    const b = utf8('a,发');
    const { text, d } = decodeAll([b.subarray(0, b.length - 1)]);
    expect(text).toBe('a,\uFFFD');
    expect(d.invalidBytes).toBe(1);
  });
});

describe('sniffBinary', () => {
  it('recognises Excel workbooks, UTF-16 and binary data; text passes', () => {
    expect(sniffBinary(new Uint8Array([0x50, 0x4b, 3, 4, 20, 0]))).toBe('xlsx');
    expect(sniffBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1]))).toBe('xls');
    expect(sniffBinary(new Uint8Array([0xff, 0xfe, 0x68, 0x00]))).toBe('utf16');
    expect(sniffBinary(new Uint8Array([0x68, 0x00, 0x69, 0x00]))).toBe('utf16');
    expect(sniffBinary(new Uint8Array([0x68, 0x69, 0x00, 0x6a, 0x6b, 0x6c, 0x6d, 0x6e, 0x6f]))).toBe('binary');
    expect(sniffBinary(utf8(TEXT))).toBeNull();
    expect(sniffBinary(gbk(TEXT))).toBeNull();
  });
});
