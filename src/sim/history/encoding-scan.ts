/**
 * Byte-level checks of text in UTF-8 or GB18030, for deciding a file's encoding and for saying
 * where its bad bytes are. Each scanner follows the WHATWG Encoding Standard's decoder (what
 * TextDecoder does), so the invalid sequences it finds are exactly the ones TextDecoder replaces
 * by U+FFFD, one for one, and their offsets are those of the bytes in the file.
 */

export interface ByteScan {
  /** Characters outside ASCII read validly. */
  chars: number;
  /** Invalid sequences (each one U+FFFD). */
  invalid: number;
  /** Bytes at the end that begin a character the next block may complete (0 when `final`). */
  tail: number;
}

/** Called with the offset in the scanned array and the length of each invalid sequence. */
export type OnInvalid = (at: number, length: number) => void;

/** UTF-8: bytes[from, to); at `final` a character cut at `to` is one invalid sequence. */
export function scanUtf8(b: Uint8Array, from: number, to: number, final: boolean, onInvalid?: OnInvalid): ByteScan {
  let chars = 0;
  let invalid = 0;
  let i = from;
  while (i < to) {
    const x = b[i];
    if (x < 0x80) {
      i++;
      continue;
    }
    let need = 0;
    let lower = 0x80;
    let upper = 0xbf;
    if (x >= 0xc2 && x <= 0xdf) need = 1;
    else if (x >= 0xe0 && x <= 0xef) {
      need = 2;
      if (x === 0xe0) lower = 0xa0;
      if (x === 0xed) upper = 0x9f;
    } else if (x >= 0xf0 && x <= 0xf4) {
      need = 3;
      if (x === 0xf0) lower = 0x90;
      if (x === 0xf4) upper = 0x8f;
    }
    // The longest start of a valid sequence (the lead byte alone when it cannot lead one).
    let k = 1;
    while (k <= need && i + k < to) {
      const y = b[i + k];
      if (y < (k === 1 ? lower : 0x80) || y > (k === 1 ? upper : 0xbf)) break;
      k++;
    }
    if (k > need && need > 0) {
      chars++;
      i += k;
      continue;
    }
    if (need > 0 && i + k === to && !final) return { chars, invalid, tail: to - i };
    invalid++;
    onInvalid?.(i, k);
    i += k;
  }
  return { chars, invalid, tail: 0 };
}

/** GB18030 (GBK's superset): bytes[from, to); at `final` a character cut at `to` is invalid. */
export function scanGb18030(b: Uint8Array, from: number, to: number, final: boolean, onInvalid?: OnInvalid): ByteScan {
  let chars = 0;
  let invalid = 0;
  let i = from;
  const bad = (length: number) => {
    invalid++;
    onInvalid?.(i, length);
    i += length;
  };
  while (i < to) {
    const x = b[i];
    if (x < 0x80) {
      i++;
      continue;
    }
    if (x === 0x80) {
      chars++; // the euro sign
      i++;
      continue;
    }
    if (x === 0xff) {
      bad(1);
      continue;
    }
    if (i + 1 >= to) break;
    const y = b[i + 1];
    if (y >= 0x30 && y <= 0x39) {
      // Four bytes: lead, digit, lead, digit.
      if (i + 2 >= to) break;
      const z = b[i + 2];
      if (z < 0x81 || z > 0xfe) {
        bad(1);
        continue;
      }
      if (i + 3 >= to) break;
      const w = b[i + 3];
      if (w < 0x30 || w > 0x39) {
        bad(1);
        continue;
      }
      const pointer = (x - 0x81) * 12600 + (y - 0x30) * 1260 + (z - 0x81) * 10 + (w - 0x30);
      if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) bad(4);
      else {
        chars++;
        i += 4;
      }
      continue;
    }
    if ((y >= 0x40 && y <= 0x7e) || (y >= 0x80 && y <= 0xfe)) {
      chars++;
      i += 2;
      continue;
    }
    // A bad second byte: an ASCII one is read again on its own.
    bad(y < 0x80 ? 1 : 2);
  }
  if (i >= to) return { chars, invalid, tail: 0 };
  if (!final) return { chars, invalid, tail: to - i };
  invalid++;
  onInvalid?.(i, to - i);
  return { chars, invalid, tail: 0 };
}

/** The first byte in [from, to) that is not ASCII, or -1. */
export function firstNonAscii(b: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b[i] >= 0x80) return i;
  return -1;
}

/**
 * Counts physical lines: CR, LF and CRLF each end one, a CRLF cut between two blocks included
 * (the same rule as the CSV splitter's, so a byte's line here is the row's line there).
 */
export class LineCounter {
  /** The line of the next byte. */
  line = 1;
  private lastCR = false;

  /** Moves over bytes[from, to). */
  advance(b: Uint8Array, from: number, to: number): void {
    let i = from;
    if (this.lastCR && i < to && b[i] === 10) i++;
    this.lastCR = false;
    let lf = b.indexOf(10, i);
    let cr = b.indexOf(13, i);
    if (lf >= to) lf = -1;
    if (cr >= to) cr = -1;
    while (lf >= 0 || cr >= 0) {
      this.line++;
      if (cr >= 0 && (lf < 0 || cr < lf)) {
        // A CR, and its LF when one follows.
        if (cr + 1 === to) {
          this.lastCR = true;
          return;
        }
        if (cr + 1 === lf) lf = indexIn(b, 10, lf + 1, to);
        cr = indexIn(b, 13, cr + 1, to);
      } else {
        lf = indexIn(b, 10, lf + 1, to);
      }
    }
  }
}

function indexIn(b: Uint8Array, byte: number, from: number, to: number): number {
  const at = b.indexOf(byte, from);
  return at >= 0 && at < to ? at : -1;
}
