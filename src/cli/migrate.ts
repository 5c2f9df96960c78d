/**
 * `hallflow migrate SCENARIO.json --types invoice,proxy-invoice [--shares 0,10,20,30]`: the
 * migration what-if (src/sim/plan/migration.ts) — windows and 12366 agents against the extra
 * share of the chosen types moved online, as a table (or JSON). Analytic: it runs in a moment.
 */
import { parseArgs } from 'node:util';
import { ParameterError } from '../sim/errors.ts';
import { migrationCurve, type MigrationPoint } from '../sim/plan/migration.ts';
import { parseTarget } from '../sim/plan/target.ts';
import { choiceFlag, defaultLang, reportUsageError } from './args.ts';
import { parseHotlineTarget, PLAN_DEFAULTS } from './plan-run.ts';
import { table } from './summary-format.ts';
import { loadScenario } from './scenario-file.ts';

export const MIGRATE_HELP = `Usage: hallflow migrate SCENARIO.json --types ID[,ID…] [options]

  --types IDS         business type ids whose hall demand moves online (comma-separated)
  --shares LIST       extra shares moved online, in % (default "0,10,20,30,50")
  --target T          window target as for "hallflow plan" (default "${PLAN_DEFAULTS.target}")
  --hotline-target T  12366 target (default "${PLAN_DEFAULTS.hotlineTarget}")
  --json              print the points as JSON
  --lang zh-CN|en     language of the table (default from LANG)

Windows: SIPP over the pooled walk-in windows (a lower bound on what "hallflow plan" staffs);
agents: lagged SIPP with Erlang A and redials, with the calls the move brings (online.callShare).`;

const W = {
  en: {
    title: (types: string) => `Moving ${types} online: windows and 12366 agents (analytic first cut)`,
    head: [
      'more online',
      'hall visitors',
      'moved',
      'window-hours',
      'peak windows',
      'calls',
      'agent-hours',
      'peak agents',
    ],
    noHotline: '(no hotline in this scenario: no agents)',
  },
  'zh-CN': {
    title: (types: string) => `${types} 转为网上办理：窗口与 12366 坐席（解析初算）`,
    head: ['新增网办', '大厅人数', '转网办', '窗口工时', '峰值窗口', '咨询来电', '坐席工时', '峰值坐席'],
    noHotline: '（本方案没有热线，不计坐席）',
  },
};

/** "0,10,20" → [0, 0.1, 0.2]; each a share from 0% up to 100% (excluded). */
export function parseShares(text: string): number[] {
  const parts = text.split(',').map((x) => x.trim());
  const values = parts.map(Number);
  if (
    parts.length === 0 ||
    parts.length > 20 ||
    parts.some((p) => p === '') ||
    values.some((v) => !(v >= 0 && v < 100))
  )
    throw new ParameterError(
      '--shares',
      text,
      'up to 20 percentages from 0 up to (not including) 100, comma-separated, e.g. "0,10,20"',
      '最多 20 个百分数（0 至 100，不含 100），以逗号分隔，如 "0,10,20"',
    );
  return values.map((v) => v / 100);
}

export function migrationTable(points: MigrationPoint[], types: string[], lang: 'en' | 'zh-CN'): string {
  const w = W[lang];
  const n = (x: number | null, digits = 0) => (x === null ? '–' : x.toFixed(digits));
  const rows = [
    w.head,
    ...points.map((p) => [
      `${(p.extra * 100).toFixed(0)}%`,
      n(p.hallVisitors),
      n(p.movedOnline),
      n(p.windowHours, 1),
      n(p.peakWindows),
      n(p.onlineCalls),
      n(p.agentHours, 1),
      n(p.peakAgents),
    ]),
  ];
  const lines = table(rows, true);
  const out = [w.title(types.join(', ')), '', ...lines];
  if (points.every((p) => p.agentHours === null)) out.push('', w.noHotline);
  return out.join('\n');
}

export async function runMigrateCommand(argv: string[]): Promise<number> {
  let values;
  let files: string[];
  try {
    ({ values, positionals: files } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        types: { type: 'string' },
        shares: { type: 'string' },
        target: { type: 'string' },
        'hotline-target': { type: 'string' },
        json: { type: 'boolean' },
        lang: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (e) {
    return reportUsageError('migrate', e, MIGRATE_HELP);
  }
  if (values.help) {
    console.log(MIGRATE_HELP);
    return 0;
  }
  if (files.length !== 1 || !values.types) {
    console.error(
      `hallflow migrate: give one scenario file and --types / 请指定一个方案文件和 --types\n\n${MIGRATE_HELP}`,
    );
    return 2;
  }
  const types = values.types.split(',').map((x) => x.trim());
  let input;
  try {
    input = {
      extras: parseShares(values.shares ?? '0,10,20,30,50'),
      targets: parseTarget(values.target ?? PLAN_DEFAULTS.target),
      hotlineTarget: parseHotlineTarget(values['hotline-target'] ?? PLAN_DEFAULTS.hotlineTarget),
      lang: choiceFlag('lang', values.lang, defaultLang(), ['en', 'zh-CN'] as const),
    };
  } catch (e) {
    return reportUsageError('migrate', e, MIGRATE_HELP);
  }
  const loaded = loadScenario(files[0]);
  if (!loaded.ok) {
    for (const line of loaded.lines) console.error(line);
    return 1;
  }
  const s = loaded.scenario;
  const known = new Set(s.types.map((t) => t.id));
  const notOnline = new Set(s.online?.notOnline ?? []);
  for (const id of types) {
    if (!known.has(id) || notOnline.has(id)) {
      const why = known.has(id)
        ? [
            `the type "${id}" cannot be done online (online.notOnline)`,
            `业务类型 "${id}" 不能网上办理（online.notOnline）`,
          ]
        : [
            `there is no business type "${id}"; the types are ${[...known].join(', ')}`,
            `没有业务类型 "${id}"；现有：${[...known].join('、')}`,
          ];
      console.error(`hallflow migrate: --types: ${why[0]}\nhallflow migrate：--types：${why[1]}`);
      return 2;
    }
  }
  const points = migrationCurve({ scenario: s, types, ...input });
  if (values.json) console.log(JSON.stringify(points, null, 2));
  else console.log(migrationTable(points, types, input.lang));
  return 0;
}
