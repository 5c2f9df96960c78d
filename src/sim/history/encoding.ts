/**
 * The text encoding of a history file: UTF-8 with or without a byte-order mark, or GB18030 (a
 * superset of GBK and GB2312: what Excel in China writes when it saves "CSV (逗号分隔)").
 *
 * Detection: a BOM says UTF-8. Otherwise the head is read both ways (encoding-scan.ts) and UTF-8
 * wins unless it reads fewer than 90% of the head's non-ASCII sequences validly and GB18030 has
 * fewer invalid ones. Chinese text in GBK reads as UTF-8 only about one time in seven, Chinese
 * UTF-8 as GB18030 leaves a broken sequence in about every other cell: a few bad bytes in a UTF-8
 * file (a cell pasted from elsewhere, a disk error) leave it UTF-8, and GBK stays GBK.
 *
 * A file may be ASCII for its first megabytes (an English header, numbers) and show its encoding
 * only later: while everything read was ASCII (the same bytes in both encodings), the first block
 * with other bytes decides again by the same rule, and a switch to GB18030 is said (`switchedAt`).
 *
 * Bad bytes are read as U+FFFD, counted, and the first few kept with their byte offset in the
 * file (the BOM counted) and their physical line, exact across block boundaries.
 */
import type { ImportReport } from './records.ts';
import { firstNonAscii, LineCounter, scanGb18030, scanUtf8 } from './encoding-scan.ts';

export type HistoryEncoding = ImportReport['encoding'];

/** What the first bytes say about a file that is not text at all, or null when it may be text. */
export function sniffBinary(head: Uint8Array): 'xlsx' | 'xls' | 'utf16' | 'binary' | null {
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && head[2] === 3 && head[3] === 4) return 'xlsx';
  if (head.length >= 4 && head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0) return 'xls';
  if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)))
    return 'utf16';
  const n = Math.min(head.length, 4096);
  let zeros = 0;
  for (let i = 0; i < n; i++) if (head[i] === 0) zeros++;
  return zeros > 0 ? (zeros * 4 > n ? 'utf16' : 'binary') : null;
}

function hasBom(head: Uint8Array): boolean {
  return head.length >= 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf;
}

/** UTF-8 or GB18030 for bytes[from, to) by the rule above (UTF-8 when in doubt). */
function decide(bytes: Uint8Array, from: number, to: number): 'utf-8' | 'gb18030' {
  const u = scanUtf8(bytes, from, to, false);
  if (u.invalid === 0) return 'utf-8';
  const g = scanGb18030(bytes, from, to, false);
  return u.invalid <= g.invalid || u.chars >= 9 * u.invalid ? 'utf-8' : 'gb18030';
}

/** Detects the encoding of a file from its first bytes (the more, the surer; 64 KiB is plenty). */
export function detectEncoding(head: Uint8Array): HistoryEncoding {
  return hasBom(head) ? 'utf-8-bom' : decide(head, 0, head.length);
}

/** A bad byte sequence: where it is in the file and its bytes in hex ("FF", "E5 8F"). */
export interface InvalidBytes {
  offset: number;
  line: number;
  bytes: string;
}

/** Bad byte sequences kept with their place; the rest are counted. */
export const INVALID_KEPT = 20;

const HEAD_MIN = 4096;
const EMPTY = new Uint8Array(0);

function join(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/**
 * Decodes a file block by block (`decode(bytes)`, then `end()`), detecting its encoding from at
 * least the first 4 KiB and correcting it as described above. The BOM is not part of the text; a
 * file shorter than 4 KiB is decoded by `end()`. Neither encoding's BOM is part of the text.
 */
export class StreamDecoder {
  encoding: HistoryEncoding | null = null;
  /** Byte sequences that were not valid in the encoding (each read as U+FFFD). */
  invalidBytes = 0;
  /** The first INVALID_KEPT of them, in file order. */
  readonly invalid: InvalidBytes[] = [];
  /** The file began as ASCII and was switched to GB18030 at this byte offset (or -1). */
  switchedAt = -1;
  private head: Uint8Array = EMPTY;
  /** Bytes of a character cut by the end of the last block. */
  private pending: Uint8Array = EMPTY;
  /** File offset of the first byte not yet decoded (of `pending` when there is one). */
  private offset = 0;
  private readonly lines = new LineCounter();
  /** Everything so far was ASCII, under a UTF-8 guess that a later block may correct. */
  private ascii = false;
  // Each block is decoded whole (a cut character is carried in `pending`), the BOM by hand.
  private readonly fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  private readonly utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  private readonly gb = new TextDecoder('gb18030');

  decode(bytes: Uint8Array): string {
    if (this.encoding === null) {
      // Detect from at least 4 KiB (a BOM or a GBK character cut by a tiny first block would mislead).
      this.head = join(this.head, bytes);
      if (this.head.length < HEAD_MIN) return '';
      bytes = this.start();
    }
    return this.read(bytes, false);
  }

  /** Flushes a character cut at the end of the file (then counted as invalid). */
  end(): string {
    if (this.encoding === null) {
      if (this.head.length === 0) return '';
      return this.read(this.start(), true);
    }
    return this.read(EMPTY, true);
  }

  /** Decides the encoding from the head; returns the head without its BOM. */
  private start(): Uint8Array {
    const head = this.head;
    this.head = EMPTY;
    this.encoding = detectEncoding(head);
    if (this.encoding === 'utf-8-bom') {
      this.offset = 3;
      return head.subarray(3);
    }
    if (this.encoding === 'gb18030' && head[0] === 0x84 && head[1] === 0x31 && head[2] === 0x95 && head[3] === 0x33) {
      // GB18030's own byte-order mark (U+FEFF): not text either, or a quoted first cell would not be.
      this.offset = 4;
      return head.subarray(4);
    }
    this.ascii = this.encoding === 'utf-8' && firstNonAscii(head, 0, head.length) < 0;
    return head;
  }

  private read(bytes: Uint8Array, final: boolean): string {
    const data = join(this.pending, bytes);
    if (this.ascii) {
      const first = firstNonAscii(data, 0, data.length);
      if (first >= 0) {
        this.ascii = false;
        if (decide(data, first, data.length) === 'gb18030') {
          this.encoding = 'gb18030';
          this.switchedAt = this.offset + first;
        }
      }
    }
    const gb = this.encoding === 'gb18030';
    const at = this.offset;
    let body = gb ? data.length : data.length - utf8Tail(data, final);
    let text: string | null = null;
    if (!gb) {
      try {
        text = this.fatal.decode(data.subarray(0, body));
      } catch {
        text = null;
      }
    }
    let counted = 0;
    if (text === null) {
      // Bad bytes (or GB18030, checked byte by byte): find each one, then decode with U+FFFD.
      const found = (i: number, length: number) => {
        this.invalidBytes++;
        if (this.invalid.length >= INVALID_KEPT) return;
        this.lines.advance(data, counted, i);
        counted = i;
        const hex = Array.from(data.subarray(i, i + length), (x) => x.toString(16).toUpperCase().padStart(2, '0')).join(
          ' ',
        );
        this.invalid.push({ offset: at + i, line: this.lines.line, bytes: hex });
      };
      if (gb) body -= scanGb18030(data, 0, data.length, final, found).tail;
      else scanUtf8(data, 0, body, true, found);
      text = (gb ? this.gb : this.utf8).decode(data.subarray(0, body));
    }
    this.lines.advance(data, counted, body);
    this.pending = body < data.length ? data.slice(body) : EMPTY;
    this.offset = at + body;
    return text;
  }
}

/**
 * Bytes at the end of UTF-8 data that begin a character the next block may complete: a lead byte
 * within the last 3 with fewer continuation bytes after it than it needs (0 at the end of the file,
 * where they are decoded as invalid).
 */
function utf8Tail(b: Uint8Array, final: boolean): number {
  if (final) return 0;
  const n = b.length;
  for (let k = 1; k <= 3 && k <= n; k++) {
    const x = b[n - k];
    if (x < 0x80) return 0;
    if (x >= 0xc0) return (x >= 0xf0 ? 4 : x >= 0xe0 ? 3 : 2) > k ? k : 0;
  }
  return 0;
}
