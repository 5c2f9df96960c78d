/**
 * The text encoding of a history file: UTF-8 with or without a byte-order mark, or GB18030 (a
 * superset of GBK and GB2312: what Excel in China writes when it saves "CSV (逗号分隔)").
 *
 * Detection: a BOM says UTF-8; otherwise the first block is decoded as UTF-8 with `fatal: true`,
 * and bytes that are not UTF-8 mean GB18030. Chinese text in GBK is practically never valid UTF-8,
 * but a file may be ASCII for its first megabytes (an English header, numbers) and show its
 * encoding only later: so the decoder goes on checking and, while everything before was ASCII
 * (the same bytes in both encodings), switches to GB18030 when UTF-8 fails. Invalid bytes after
 * real UTF-8 text are replaced by U+FFFD and counted.
 */
import type { ImportReport } from './records.ts';

export type HistoryEncoding = ImportReport['encoding'];

/** What the first bytes say about a file that is not text at all, or null when it may be text. */
export function sniffBinary(head: Uint8Array): 'xlsx' | 'xls' | 'utf16' | 'binary' | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return 'xlsx';
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return 'utf16';
  const n = Math.min(head.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) zeros++;
  return zeros > 0 ? (zeros * 4 > n ? 'utf16' : 'binary') : null;
}

function hasBom(head: Uint8Array): boolean {
  return head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

function allAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** Detects the encoding of a file from its first bytes (the more, the surer; 64 KiB is plenty). */
export function detectEncoding(head: Uint8Array): HistoryEncoding {
  if (hasBom(head)) return 'utf-8-bom';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    return 'utf-8';
  } catch {
    return 'gb18030';
  }
}

const HEAD_MIN = 4096;
const EMPTY = new Uint8Array(0);

/**
 * Decodes a file block by block (`decode(bytes)`, then `end()`), detecting its encoding from the
 * first 4 KiB and correcting it as described above. The BOM is not part of the text; a file
 * shorter than 4 KiB is decoded by `end()`.
 */
export class StreamDecoder {
  encoding: HistoryEncoding | null = null;
  /** Bytes that were not valid in the encoding (replaced by U+FFFD). */
  invalidBytes = 0;
  /** Byte offset of the first invalid byte, or -1. */
  firstInvalid = -1;
  /** The file began as ASCII and was switched to GB18030 at this byte offset (or -1). */
  switchedAt = -1;
  private decoder: TextDecoder | null = null;
  private head: Uint8Array = EMPTY;
  private ascii = true;
  private offset = 0;

  decode(bytes: Uint8Array): string {
    if (this.encoding === null) {
      // Detect from at least 4 KiB (a BOM or a GBK character cut by a tiny first block would mislead).
      if (this.head.length + bytes.length < HEAD_MIN) {
        const joined = new Uint8Array(this.head.length + bytes.length);
        joined.set(this.head);
        joined.set(bytes, this.head.length);
        this.head = joined;
        return '';
      }
      if (this.head.length > 0) {
        const joined = new Uint8Array(this.head.length + bytes.length);
        joined.set(this.head);
        joined.set(bytes, this.head.length);
        bytes = joined;
        this.head = EMPTY;
      }
      this.encoding = detectEncoding(bytes);
      if (this.encoding === 'gb18030') this.decoder = new TextDecoder('gb18030');
      else this.decoder = new TextDecoder('utf-8', { fatal: true });
    }
    const at = this.offset;
    this.offset += bytes.length;
    if (this.encoding === 'gb18030') return this.countInvalid(this.decoder!.decode(bytes, { stream: true }), at);
    try {
      const text = this.decoder!.decode(bytes, { stream: true });
      if (this.ascii && !allAscii(bytes)) this.ascii = false;
      return text;
    } catch {
      if (this.ascii && this.encoding === 'utf-8') {
        // Everything so far was ASCII, which GB18030 reads the same: it was GB18030 all along.
        this.encoding = 'gb18030';
        this.switchedAt = at;
        this.decoder = new TextDecoder('gb18030');
        return this.countInvalid(this.decoder.decode(bytes, { stream: true }), at);
      }
      // Real UTF-8 before, broken bytes now: keep UTF-8, replace what is broken.
      this.decoder = new TextDecoder('utf-8');
      const text = this.decoder.decode(bytes, { stream: true });
      return this.countInvalid(text, at);
    }
  }

  /** Flushes a character cut at the end of the file (then counted as invalid). */
  end(): string {
    if (this.encoding === null) {
      if (this.head.length === 0) return '';
      const head = this.head;
      this.head = EMPTY;
      this.encoding = detectEncoding(head);
      this.decoder = new TextDecoder(this.encoding === 'gb18030' ? 'gb18030' : 'utf-8');
      this.offset = head.length;
      const text = this.countInvalid(this.decoder.decode(head, { stream: true }), 0);
      return text + this.end();
    }
    if (!this.decoder) return '';
    try {
      return this.countInvalid(this.decoder.decode(), this.offset);
    } catch {
      this.invalidBytes++;
      if (this.firstInvalid < 0) this.firstInvalid = this.offset;
      return '\uFFFD';
    }
  }

  private countInvalid(text: string, at: number): string {
    let i = text.indexOf('\uFFFD');
    if (i < 0) return text;
    if (this.firstInvalid < 0) this.firstInvalid = at;
    while (i >= 0) {
      this.invalidBytes++;
      i = text.indexOf('\uFFFD', i + 1);
    }
    return text;
  }
}
