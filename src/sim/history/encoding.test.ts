import iconv from 'iconv-lite';
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
    expect(d.switchedAt).toBe(head.length);
    expect(d.invalidBytes).toBe(0);
  });

  it('broken bytes after real UTF-8 text are replaced and counted, not a switch', () => {
    const head = utf8('类型,数量\n' + '发票,1\n'.repeat(500));
    const { text, d } = decodeAll([head, new Uint8Array([0xff, 0x0a])]);
    expect(d.encoding).toBe('utf-8');
    expect(text.endsWith('\uFFFD\n')).toBe(true);
    expect(d.invalidBytes).toBe(1);
    expect(d.firstInvalid).toBe(head.length);
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
