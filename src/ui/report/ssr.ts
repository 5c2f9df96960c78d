/**
 * The report as one self-contained HTML document (issue 12), for `hallflow report`: the app's own
 * report component rendered on the server (svelte/server), its style sheet inline, charts as
 * inline SVG, and a Content-Security-Policy that allows nothing from anywhere, so the file opens
 * offline and can be mailed. The command line loads this module through vite's SSR loader
 * (src/cli/report-render.ts): one report for the app and the command line.
 */
import { render } from 'svelte/server';
import type { Locale } from '../i18n/index.svelte.ts';
import type { ReportInput } from './input.ts';
import { reportModel } from './model.ts';
import Report from './Report.svelte';
import css from './report.css?raw';
import { runningHeadCss } from './running-head.ts';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function reportDocument(input: ReportInput, locale: Locale): string {
  const model = reportModel(input, locale);
  const { body } = render(Report, { props: { model } });
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(`${model.hall} · ${model.title}`)}</title>
<style>
${css}
${runningHeadCss(model.runningHead)}
@media screen { body { margin: 12mm auto; } }
</style>
</head>
<body>
${body}
</body>
</html>
`;
}
