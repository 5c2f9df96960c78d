/**
 * The hall's name at the top of every printed page, as an @page margin box: CSS cannot take the
 * text from the document, so the rule is made for it. The text is a CSS string with every
 * character that could end the string, the rule or an HTML <style> element escaped, so a hall
 * name can never inject style or markup. The app adds the rule through the CSSOM (allowed by its
 * Content-Security-Policy); `hallflow report` writes it into the document's style sheet.
 */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>&\n\r\f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function runningHeadCss(text: string): string {
  return `@page { @top-left { content: ${cssString(text)}; font-family: sans-serif; font-size: 8.5pt; color: #444; vertical-align: bottom; padding-bottom: 3mm; } }`;
}
