/**
 * The house's layer table (../shared/ARCHITECTURE.md, "Layers and what each may import") held
 * against the code: every import of every source file under src/ (tests excepted: a test may
 * reach into anything it checks), and no wall clock in src/sim. An import the table does not
 * allow fails, unless it is listed in EXCEPTIONS below with its reason: an exception is made in
 * one place, never silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = normalize(join(dirname(fileURLToPath(import.meta.url)), '../..'));

/** Layers, most specific first: a file belongs to the first whose prefix it starts with. */
const LAYERS: { name: string; prefix: string; may: string[] }[] = [
  { name: 'errors', prefix: 'src/sim/errors.ts', may: [] },
  { name: 'math', prefix: 'src/sim/math/', may: ['errors'] },
  { name: 'engine', prefix: 'src/sim/engine/', may: ['errors', 'math'] },
  { name: 'analytic', prefix: 'src/sim/analytic/', may: ['errors', 'math'] },
  { name: 'models', prefix: 'src/sim/models/', may: ['engine', 'analytic', 'errors', 'math'] },
  { name: 'scenario', prefix: 'src/sim/scenario/', may: ['engine', 'errors', 'math'] },
  { name: 'hall', prefix: 'src/sim/hall/', may: ['scenario', 'engine', 'analytic', 'errors', 'math'] },
  { name: 'results', prefix: 'src/sim/results/', may: ['hall', 'scenario', 'engine', 'analytic', 'errors', 'math'] },
  {
    name: 'plan',
    prefix: 'src/sim/plan/',
    may: ['results', 'hall', 'scenario', 'engine', 'analytic', 'errors', 'math'],
  },
  {
    name: 'history',
    prefix: 'src/sim/history/',
    may: ['results', 'hall', 'scenario', 'engine', 'analytic', 'errors', 'math'],
  },
  // Not yet a row of ARCHITECTURE.md's table (read-only in this workspace): the batch manifest
  // and what a batch keeps of each job (issue 16), plain data between the planner and the
  // command line, so it may use everything of the model and nothing of workers or files.
  {
    name: 'batch',
    prefix: 'src/sim/batch/',
    may: ['plan', 'results', 'hall', 'scenario', 'engine', 'analytic', 'errors', 'math'],
  },
  {
    name: 'sim',
    prefix: 'src/sim/',
    may: ['errors', 'math', 'engine', 'analytic', 'models', 'scenario', 'hall', 'results', 'plan', 'history', 'batch'],
  },
  {
    name: 'workers',
    prefix: 'src/workers/',
    may: [
      'errors',
      'math',
      'engine',
      'analytic',
      'models',
      'scenario',
      'hall',
      'results',
      'plan',
      'history',
      'batch',
      'sim',
    ],
  },
  {
    name: 'cli',
    prefix: 'src/cli/',
    may: [
      'errors',
      'math',
      'engine',
      'analytic',
      'models',
      'scenario',
      'hall',
      'results',
      'plan',
      'history',
      'batch',
      'sim',
      'workers',
    ],
  },
  {
    name: 'ui/state',
    prefix: 'src/ui/state/',
    may: [
      'errors',
      'math',
      'engine',
      'analytic',
      'models',
      'scenario',
      'hall',
      'results',
      'plan',
      'history',
      'batch',
      'sim',
      'workers',
      'ui',
    ],
  },
  {
    name: 'ui',
    prefix: 'src/ui/',
    may: [
      'errors',
      'math',
      'engine',
      'analytic',
      'models',
      'scenario',
      'hall',
      'results',
      'plan',
      'history',
      'batch',
      'sim',
      'workers',
      'ui',
      'ui/state',
    ],
  },
];

/**
 * Imports the table does not allow, kept on purpose: "from → to" (files), and why. Each one is
 * a decision; remove it when the code no longer needs it (the test fails on an exception that
 * is not used, so the list cannot go stale).
 */
const EXCEPTIONS: Record<string, string> = {
  'src/cli/report-render.ts → src/ui/report/input.ts':
    'the leadership report is one Svelte component for the app and `hallflow report`: the CLI renders it through vite’s SSR loader and needs its input type (ARCHITECTURE.md, cli row)',
  'src/cli/report.ts → src/ui/report/input.ts': 'as above: the report’s input, filled from files',
};

/** Packages that declare what they export: outside the folder, only the surface file is imported. */
const PACKAGE_SURFACES = { scenario: 'src/sim/scenario/index.ts' };

/** `node:*` is for the command line and the Node worker entry points, never for the model. */
const NODE_ALLOWED = ['workers', 'cli'];

/** Files only tests import (fixtures read from disk with node:fs): tests may reach anything. */
const isTestSupport = (f: string) =>
  f.includes('/testing/') || f.includes('/fixtures/') || /(^|\/)test-fixtures\.ts$/.test(f);

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => `${dir}/${f.split('\\').join('/')}`)
    .filter((f) => /\.(ts|svelte)$/.test(f) && !/\.test\.ts$/.test(f) && !isTestSupport(f) && !f.endsWith('.d.ts'));
}

const layerOf = (file: string) => LAYERS.find((l) => file.startsWith(l.prefix)) ?? null;

/** Every module specifier a file imports (static, type-only, dynamic, re-exports), comments left out. */
function importsOf(text: string): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)) out.push(m[2]);
  return out;
}

interface Edge {
  from: string;
  to: string;
}

function edges(): { relative: Edge[]; node: Edge[] } {
  const rel: Edge[] = [];
  const node: Edge[] = [];
  for (const file of sourceFiles('src')) {
    for (const spec of importsOf(readFileSync(join(ROOT, file), 'utf8'))) {
      if (spec.startsWith('node:')) node.push({ from: file, to: spec });
      else if (spec.startsWith('.')) {
        const to = relative(ROOT, normalize(join(ROOT, dirname(file), spec.replace(/\?.*$/, ''))))
          .split('\\')
          .join('/');
        rel.push({ from: file, to });
      }
    }
  }
  return { relative: rel, node };
}

describe('the layer table', () => {
  const { relative: all, node } = edges();

  it('reads the imports (a check that finds nothing checks nothing)', () => {
    expect(all.length).toBeGreaterThan(500);
    expect(all).toContainEqual({ from: 'src/sim/hall/resolve.ts', to: 'src/sim/scenario/index.ts' });
  });

  it('holds for every import between src/ folders, exceptions named', () => {
    const used = new Set<string>();
    const broken: string[] = [];
    for (const e of all) {
      const a = layerOf(e.from);
      const b = layerOf(e.to);
      if (!a || !b || a === b) continue;
      if (a.may.includes(b.name)) continue;
      const key = `${e.from} → ${e.to}`;
      if (Object.hasOwn(EXCEPTIONS, key)) {
        used.add(key);
        continue;
      }
      broken.push(`${key} (${a.name} may not import ${b.name})`);
    }
    expect(broken).toEqual([]);
    expect(Object.keys(EXCEPTIONS).filter((k) => !used.has(k))).toEqual([]);
  });

  it('keeps node:* out of the model and the app', () => {
    expect(
      node.filter((e) => !NODE_ALLOWED.includes(layerOf(e.from)?.name ?? '')).map((e) => `${e.from} → ${e.to}`),
    ).toEqual([]);
  });

  it('reaches the Scenario contract only through its surface, src/sim/scenario/index.ts', () => {
    const inside = (f: string) => f.startsWith(PACKAGE_SURFACES.scenario.replace(/index\.ts$/, ''));
    const around = all.filter((e) => !inside(e.from) && inside(e.to) && e.to !== PACKAGE_SURFACES.scenario);
    expect(around.map((e) => `${e.from} → ${e.to}`)).toEqual([]);
    expect(all.filter((e) => e.to === PACKAGE_SURFACES.scenario).length).toBeGreaterThan(100);
  });

  it('ui/state never imports ui/views', () => {
    expect(
      all
        .filter((e) => e.from.startsWith('src/ui/state/') && e.to.startsWith('src/ui/views/'))
        .map((e) => `${e.from} → ${e.to}`),
    ).toEqual([]);
  });

  it('reads no wall clock in src/sim (clocks and time budgets are passed in)', () => {
    const found: string[] = [];
    for (const file of sourceFiles('src/sim')) {
      const code = readFileSync(join(ROOT, file), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '');
      for (const m of code.matchAll(/\b(Date\.now|performance\.now|new Date\(\s*\))/g)) found.push(`${file}: ${m[1]}`);
    }
    expect(found).toEqual([]);
  });
});
