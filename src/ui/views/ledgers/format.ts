/** Number formats of the ledger views, in the page's language. */

export function formatNumber(x: number, locale: string, decimals = 0): string {
  return new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(x);
}

/** 0.2657 → "26.6%". */
export function formatShare(x: number, locale: string, decimals = 1): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(x);
}
