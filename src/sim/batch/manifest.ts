/**
 * The batch manifest (批量清单): many halls run and planned in one batch, on one machine
 * (`hallflow batch`) or across machines on a queue. Plain JSON, like the Scenario, with a zod
 * schema (the source of data/batch.schema.json, `npm run schema`) and the Scenario's bilingual
 * validation words.
 *
 * The halls: each a scenario file, or the manifest's `base` scenario changed by the hall's
 * `overrides` (a JSON merge patch, RFC 7396: objects merge field by field, anything else
 * replaces, null removes), or a file with overrides on top. What runs for each (`run`: simulate,
 * plan, compare against the `whatIf` change), with how many replications and which seed: the
 * manifest fixes every seed, so a job gives the same numbers wherever and whenever it runs.
 */
import { z } from 'zod';
import { describeBoth as d, ID_PATTERN, localized, localizedText, type Localized } from '../scenario/index.ts';

export const BATCH_KIND = 'hallflow.batch';
export const BATCH_VERSION = 1;
/** At most this many halls in one manifest (a country's halls, with room). */
export const MAX_HALLS = 10_000;
export const MAX_BATCH_REPLICATIONS = 100_000;

export const BATCH_TASKS = ['simulate', 'plan', 'compare'] as const;
export type BatchTask = (typeof BATCH_TASKS)[number];

/** A JSON merge patch (RFC 7396) on a scenario: an object. */
export type ScenarioPatch = Record<string, unknown>;

export interface BatchHall {
  /** Unique in the manifest; names the hall's results. */
  id: string;
  /** Default: the scenario's own name. */
  name?: Localized;
  /** A scenario file, relative to the manifest (default: the manifest's `base`). */
  scenario?: string;
  /** Changes to that scenario (a JSON merge patch). */
  overrides?: ScenarioPatch;
  /** What runs for this hall (default: the manifest's `run`). */
  run?: BatchTask[];
}

export interface BatchManifest {
  $schema?: string;
  kind: typeof BATCH_KIND;
  version: typeof BATCH_VERSION;
  name: Localized;
  description?: { zh: string; en: string };
  /** Made-up halls (for demonstration): labelled so wherever they are shown. */
  synthetic?: boolean;
  /** The scenario file the halls change (relative to the manifest). */
  base?: string;
  /** What runs for each hall. */
  run: BatchTask[];
  /** Replications per hall and task (for `plan`, per simulation while planning). */
  replications: number;
  seed: number;
  /** Replications per queue job (default 10): a hall's run is split into blocks of this many. */
  block?: number;
  /** The plan's settings (default: `hallflow plan`'s). */
  plan?: { target?: string };
  /** The change `compare` weighs against each hall as it is (a JSON merge patch on every hall). */
  whatIf?: { name: Localized; overrides: ScenarioPatch };
  halls: BatchHall[];
}

const path = z
  .string()
  .min(1)
  .max(500)
  .meta({ description: d('场景文件路径（相对于本清单）', 'a scenario file, relative to this manifest') });
const patch = z.record(z.string(), z.unknown()).meta({
  description: d(
    '对场景的修改（JSON Merge Patch，RFC 7396：对象逐字段合并，其他值整体替换，null 表示删除）',
    'changes to the scenario (a JSON merge patch, RFC 7396: objects merge field by field, other values replace, null removes)',
  ),
});
const task = z.enum(BATCH_TASKS).meta({
  description: d(
    'simulate：仿真现状；plan：容量规划；compare：与 whatIf 变化配对比较',
    'simulate: the hall as it is; plan: the capacity plan; compare: paired against the whatIf change',
  ),
});
const tasks = z.array(task).min(1).max(BATCH_TASKS.length);

const hall = z
  .strictObject({
    id: z
      .string()
      .min(1)
      .max(64)
      .regex(ID_PATTERN)
      .meta({ description: d('办税厅标识（清单内唯一）', 'the hall’s id, unique in the manifest') }),
    name: localized.optional(),
    scenario: path.optional(),
    overrides: patch.optional(),
    run: tasks.optional(),
  })
  .meta({ id: 'BatchHall', description: d('一个办税服务厅', 'one tax service hall') });

export const batchSchema = z.strictObject({
  $schema: z.string().optional(),
  kind: z.literal(BATCH_KIND),
  version: z.literal(BATCH_VERSION),
  name: localized,
  description: localizedText.optional(),
  synthetic: z
    .boolean()
    .optional()
    .meta({ description: d('虚构的办税厅（演示用）', 'made-up halls, for demonstration') }),
  base: path.optional(),
  run: tasks,
  replications: z
    .int()
    .min(2)
    .max(MAX_BATCH_REPLICATIONS)
    .meta({ description: d('每个办税厅每项任务的重复次数', 'replications per hall and task') }),
  seed: z
    .int()
    .min(0)
    .max(Number.MAX_SAFE_INTEGER)
    .meta({ description: d('随机数种子（所有任务共用）', 'the random seed (every job’s)') }),
  block: z
    .int()
    .min(1)
    .max(MAX_BATCH_REPLICATIONS)
    .optional()
    .meta({ description: d('队列中每个作业的重复次数（默认 10）', 'replications per queue job (default 10)') }),
  plan: z
    .strictObject({
      target: z
        .string()
        .optional()
        .meta({ description: d('服务目标，如 "wait<=15min@90%"', 'the service target, e.g. "wait<=15min@90%"') }),
    })
    .optional(),
  whatIf: z
    .strictObject({ name: localized, overrides: patch })
    .optional()
    .meta({ description: d('compare 任务比较的变化', 'the change the compare task weighs') }),
  halls: z.array(hall).min(1).max(MAX_HALLS),
});

/** The schema's text for data/batch.schema.json. */
export function batchJsonSchemaText(): string {
  const { $schema, ...rest } = z.toJSONSchema(batchSchema, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      const js = jsonSchema as { minimum?: number; maximum?: number };
      if (js.minimum === Number.MIN_SAFE_INTEGER) delete js.minimum;
      if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
    },
  }) as Record<string, unknown>;
  const schema = {
    $schema,
    title: 'HallFlow batch manifest (批量清单)',
    description: d(
      '多个办税服务厅的批量仿真与规划清单（hallflow batch）。由 src/sim/batch/manifest.ts 生成（npm run schema），勿手工编辑',
      'Many tax service halls simulated and planned in one batch (hallflow batch). Generated from src/sim/batch/manifest.ts (npm run schema); do not edit by hand',
    ),
    ...rest,
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { [K in keyof T]: Normalize<Exclude<T[K], undefined>> }
    : T;
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
function assertTrue<T extends true>(): T | void {}
// The schema and the interface cannot drift apart.
assertTrue<Equal<Normalize<z.infer<typeof batchSchema>>, Normalize<BatchManifest>>>();
