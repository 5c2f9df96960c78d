import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineCounter, scanGb18030, scanUtf8 } from './encoding-scan.ts';

/** U+FFFD in what TextDecoder made of the bytes. */
const replacements = (label: string, bytes: Uint8Array) =>
  (new TextDecoder(label).decode(bytes).match(/\uFFFD/g) ?? []).length;

// Bytes that cannot spell U+FFFD itself (EF BF BD in UTF-8, 84 31 A4 37 in GB18030), high ones often.
const byte = fc
  .oneof(fc.integer({ min: 0x80, max: 0xff }), fc.constantFrom(0x0a, 0x2c, 0x30, 0x35, 0x41, 0x7e))
  .filter((b) => b !== 0xbd && b !== 0x37);
const bytes = fc.array(byte, { maxLength: 40 }).map((a) => new Uint8Array(a));

describe('byte scanners', () => {
  it('find exactly the sequences TextDecoder replaces, for UTF-8 and GB18030', () => {
    fc.assert(
      fc.property(bytes, (b) => {
        expect(scanUtf8(b, 0, b.length, true).invalid).toBe(replacements('utf-8', b));
        expect(scanGb18030(b, 0, b.length, true).invalid).toBe(replacements('gb18030', b));
      }),
      { numRuns: 2000, seed: 20261201 },
    );
  });

  it('a character cut at the end is a tail, not an error, until the end of the file', () => {
    const fa = new TextEncoder().encode('发');
    expect(scanUtf8(fa, 0, 2, false)).toEqual({ chars: 0, invalid: 0, tail: 2 });
    expect(scanUtf8(fa, 0, 2, true)).toEqual({ chars: 0, invalid: 1, tail: 0 });
    expect(scanUtf8(fa, 0, 3, false)).toEqual({ chars: 1, invalid: 0, tail: 0 });
    const four = new Uint8Array([0x81, 0x30, 0x81]);
    expect(scanGb18030(four, 0, 3, false)).toEqual({ chars: 0, invalid: 0, tail: 3 });
    expect(scanGb18030(four, 0, 3, true)).toEqual({ chars: 0, invalid: 1, tail: 0 });
  });
});

describe('LineCounter', () => {
  it('counts CR, LF and CRLF as one line break each, however the bytes are cut', () => {
    const text = fc.array(fc.constantFrom('\r', '\n', '\r\n', 'a', '票'), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 7 }), (t, size) => {
        const b = new TextEncoder().encode(t);
        const c = new LineCounter();
        for (let i = 0; i < b.length; i += size) c.advance(b, i, Math.min(b.length, i + size));
        expect(c.line).toBe(1 + (t.match(/\r\n|\r|\n/g) ?? []).length);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });
});
