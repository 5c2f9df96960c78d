/**
 * How a value from the file is quoted in a message: at most ECHO_MAX characters, then how many
 * more there are ("…(1048496 more)", "…（另有 1048496 个字符）"). A 10 MB cell then costs a message
 * a hundred characters, not 10 MB on a terminal or in a report. Every message that quotes a
 * file's value (a cell, a header name, a row) goes through here; lists of values are cut too.
 */
import type { Localized } from '../scenario/index.ts';

export const ECHO_MAX = 80;
/** Values of a list quoted in full; the rest are counted. */
export const ECHO_LIST_MAX = 20;

/** The value capped, in each language (the same value when it is short). */
export function echo(value: string): Localized {
  if (value.length <= ECHO_MAX) return { zh: value, en: value };
  // Cut between characters, not inside a surrogate pair; count what is left in characters.
  let cut = ECHO_MAX;
  const last = value.charCodeAt(cut - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut--;
  let more = value.length - cut;
  for (let i = cut; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > cut) more--;
  }
  const head = value.slice(0, cut);
  return { zh: `${head}…（另有 ${more} 个字符）`, en: `${head}…(${more} more)` };
}

/** Values joined (by "、" and ", " unless told), each capped, at most ECHO_LIST_MAX of them. */
export function echoList(
  values: readonly string[],
  wrap: (v: Localized) => Localized = (v) => v,
  sep: Localized = { zh: '、', en: ', ' },
): Localized {
  const shown = values.slice(0, ECHO_LIST_MAX).map((v) => wrap(echo(v)));
  const rest = values.length - shown.length;
  return {
    zh: shown.map((v) => v.zh).join(sep.zh) + (rest > 0 ? `……（另有 ${rest} 项）` : ''),
    en: shown.map((v) => v.en).join(sep.en) + (rest > 0 ? `${sep.en}… (${rest} more)` : ''),
  };
}
