/**
 * From a valid manifest to the halls a batch runs: each hall's scenario read (through a reader
 * the caller gives: the command line reads files, a test gives objects), changed by its
 * overrides, validated as any scenario is; and for `compare`, the same with the manifest's
 * `whatIf` on top. Every problem of every hall is reported at once, each naming the hall.
 */
import { type Localized, type Problem, type Scenario, validateScenario } from '../scenario/index.ts';
import type { BatchManifest, BatchTask } from './manifest.ts';
import { mergePatch } from './merge-patch.ts';

/** A scenario file's parsed JSON, or why it could not be read (in both languages). */
export type ReadResult = { ok: true; json: unknown } | { ok: false; why: Localized };
export type ScenarioReader = (file: string) => ReadResult;

export interface BatchHallRun {
  index: number;
  id: string;
  name: Localized;
  scenario: Scenario;
  /** The hall with the manifest's `whatIf` (only when the hall is compared). */
  whatIf: Scenario | null;
  run: BatchTask[];
}

export function expandHalls(
  m: BatchManifest,
  read: ScenarioReader,
): { ok: true; halls: BatchHallRun[] } | { ok: false; problems: Problem[] } {
  const cache = new Map<string, ReadResult>();
  const readOnce = (file: string) => {
    let r = cache.get(file);
    if (!r) cache.set(file, (r = read(file)));
    return r;
  };
  const problems: Problem[] = [];
  const halls: BatchHallRun[] = [];
  m.halls.forEach((h, index) => {
    const at = `halls[${index}]`;
    const label = { en: `${at} (hall "${h.id}")`, zh: `第 ${index + 1} 个办税厅「${h.name?.zh ?? h.id}」` };
    const file = h.scenario ?? m.base!;
    const source = readOnce(file);
    if (!source.ok) {
      problems.push({
        path: `${at}.scenario`,
        code: 'invalid',
        message: { en: `${label.en}: ${file}: ${source.why.en}`, zh: `${label.zh}：${file}：${source.why.zh}` },
      });
      return;
    }
    const changed = h.overrides ? mergePatch(source.json, h.overrides) : source.json;
    const run = h.run ?? m.run;
    const own = check(changed, label, at, problems);
    // The what-if is checked on a sound hall only (a hall's own problem would be told twice).
    const whatIf =
      own && run.includes('compare') && m.whatIf
        ? check(
            mergePatch(changed, m.whatIf.overrides),
            { en: `${label.en} with the what-if`, zh: `${label.zh}（比较的变化）` },
            at,
            problems,
          )
        : null;
    if (own) halls.push({ index, id: h.id, name: h.name ?? own.name, scenario: own, whatIf, run });
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, halls };
}

/** The scenario if valid; else its problems, each prefixed with the hall, are added to `problems`. */
function check(json: unknown, label: Localized, at: string, problems: Problem[]): Scenario | null {
  const found = validateScenario(json);
  for (const p of found)
    problems.push({
      path: `${at}.scenario${p.path === '' ? '' : `/${p.path}`}`,
      code: p.code,
      message: { en: `${label.en}: ${p.message.en}`, zh: `${label.zh}：${p.message.zh}` },
    });
  return found.length === 0 ? (json as Scenario) : null;
}
