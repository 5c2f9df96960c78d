/**
 * Validates a batch manifest and reports every problem at once, as the Scenario's validation does
 * (the same bilingual words, each problem with its JSON path): the structure (the zod schema),
 * then what the schema cannot say: hall ids unique, every hall with a scenario to start from, a
 * `whatIf` when a hall is to be compared, a plan target that parses. The halls' scenarios are
 * checked once read (expand.ts).
 */
import { parseTarget } from '../plan/target.ts';
import { ParameterError } from '../errors.ts';
import { checkAgainst, type Problem, ProblemList, SCENARIO_WORDS, type Vocabulary } from '../scenario/index.ts';
import { batchSchema, type BatchManifest } from './manifest.ts';

/** The manifest's fields in Chinese, for the messages. */
export const BATCH_WORDS: Vocabulary = {
  root: { en: 'manifest', zh: '批量清单' },
  zh: {
    kind: '文件类型',
    version: '格式版本',
    name: '名称',
    zh: '中文',
    en: '英文',
    description: '说明',
    synthetic: '虚构标记',
    base: '基础场景',
    run: '任务',
    replications: '重复次数',
    seed: '随机数种子',
    block: '每个作业的重复次数',
    plan: '规划设置',
    'plan.target': '服务目标',
    whatIf: '比较的变化',
    overrides: '修改',
    halls: '办税厅',
    id: '标识',
    scenario: '场景文件',
  },
  namedLists: new Set(['halls']),
  monthKeyed: SCENARIO_WORDS.monthKeyed,
};

/** Every problem of a manifest; [] when it is valid. Never throws. */
export function validateManifest(input: unknown): Problem[] {
  const out = new ProblemList(input, BATCH_WORDS);
  if (!checkAgainst(batchSchema, input, out)) return out.problems;
  const m = input as BatchManifest;
  const seen = new Map<string, number>();
  m.halls.forEach((h, i) => {
    const first = seen.get(h.id);
    if (first !== undefined)
      out.add(
        ['halls', i, 'id'],
        'duplicate',
        `"${h.id}" is already the id of halls[${first}]; each hall needs its own`,
        `"${h.id}" 已是第 ${first + 1} 个办税厅的标识，每个办税厅的标识须不同`,
      );
    else seen.set(h.id, i);
    if (h.scenario === undefined && m.base === undefined)
      out.add(
        ['halls', i, 'scenario'],
        'required',
        'is missing; a hall needs a scenario file, or the manifest a "base" scenario',
        '缺少此项（必填）：办税厅须有场景文件，或清单须有 "base" 基础场景',
      );
  });
  const compared = m.halls.find((h) => (h.run ?? m.run).includes('compare'));
  if (compared && !m.whatIf)
    out.add(
      ['whatIf'],
      'required',
      `is missing; hall "${compared.id}" is to be compared, and compare weighs this change`,
      `缺少此项（必填）：办税厅 "${compared.id}" 要做比较，比较的是这一变化`,
    );
  if (m.plan?.target !== undefined) {
    try {
      parseTarget(m.plan.target);
    } catch (e) {
      if (!(e instanceof ParameterError)) throw e;
      out.add(
        ['plan', 'target'],
        'invalid',
        `${e.allowed} (got "${m.plan.target}")`,
        `${e.allowedZh}（取值 "${m.plan.target}"）`,
      );
    }
  }
  return out.problems;
}
