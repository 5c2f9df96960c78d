/**
 * The Scenario (scenario.ts) as a zod 4 schema: the structural half of validation and the source
 * of data/scenario.schema.json (`npm run schema`). Its blocks are built in schema-parts.ts (the
 * building blocks), schema-hall.ts and schema-rules.ts; this file puts them together.
 * Cross-field rules (shares summing to 1, references, schedules against opening hours...) live
 * in validate-*.ts; `validateScenario` runs both and turns every issue into a bilingual Problem.
 *
 * Guarantees:
 *  - the inferred type and the `Scenario` interface are the same type (checked at compile time
 *    at the bottom of this file), so the two cannot drift;
 *  - objects are strict: an unknown field is an error, never silently dropped;
 *  - nothing transforms: no `.default()`, no coercion. Defaults are documented in the JSON Schema
 *    (`default`, taken from DEFAULTS) and applied by resolve.ts after validation;
 *  - jitless: zod never probes `new Function`, so the app runs under a CSP without 'unsafe-eval'.
 */
import { z } from 'zod';
import { DEFAULTS } from './defaults.ts';
import * as L from './limits.ts';
import type * as S from './scenario.ts';
import { SCENARIO_VERSION } from './scenario.ts';
import { creditShares, d, distributionSpec, localized, localizedText } from './schema-parts.ts';
import { businessType, calendar, caseSpec, demand, windowGroup, windows } from './schema-hall.ts';
import {
  appointments,
  backOffice,
  behaviour,
  closing,
  guidance,
  kiosks,
  kioskSite,
  staggered,
  target,
} from './schema-rules.ts';
import { hotline, online } from './schema-channels.ts';

export { DATE_PATTERN, distributionSpec, ID_PATTERN, MONTH_PATTERN, TIME_PATTERN } from './schema-parts.ts';

export const scenarioSchema = z
  .strictObject({
    $schema: z
      .string()
      .optional()
      .meta({
        description: d('JSON Schema 地址（供编辑器使用，模拟时忽略）', 'link to the JSON Schema, for editors; ignored'),
      }),
    version: z
      .literal(SCENARIO_VERSION as 1)
      .meta({ description: d('场景格式版本，目前为 1', 'scenario format version, 1') }),
    name: localized,
    description: localizedText.optional().meta({ description: d('说明', 'description') }),
    synthetic: z
      .boolean()
      .optional()
      .meta({
        description: d('数据为虚构（显示“合成数据”标记）', 'the figures are invented (shown as synthetic)'),
        default: DEFAULTS.synthetic,
      }),
    calendar,
    types: z
      .array(businessType)
      .min(1)
      .max(L.MAX_TYPES)
      .meta({ description: d('业务类型', 'business types') }),
    demand,
    windows,
    guidance: guidance.nullable().optional().meta({ default: DEFAULTS.guidance }),
    appointments: appointments.nullable().optional().meta({ default: null }),
    staggered: staggered.nullable().optional().meta({ default: null }),
    closing: closing.optional().meta({ default: {} }),
    kiosks: kiosks.nullable().optional().meta({ default: null }),
    backOffice: backOffice.nullable().optional().meta({ default: null }),
    hotline: hotline.nullable().optional().meta({ default: null }),
    online: online.nullable().optional().meta({ default: null }),
    behaviour: behaviour.optional().meta({ default: {} }),
    target: target.optional(),
  })
  .meta({ description: d('办税服务厅场景', 'a tax service hall scenario') });

export type ScenarioInput = z.infer<typeof scenarioSchema>;

/** The schema's `$id` (a name, not a download address: the file travels with the program). */
export const SCHEMA_ID = 'urn:hallflow:scenario-schema:v1';

/** The JSON Schema (draft 2020-12) of a scenario file: what scripts/gen-schema.ts writes. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(scenarioSchema, {
    target: 'draft-2020-12',
    // z.int() emits ±MAX_SAFE_INTEGER bounds: noise for a planner reading the schema.
    override: ({ jsonSchema }) => {
      const js = jsonSchema as { minimum?: number; maximum?: number };
      if (js.minimum === Number.MIN_SAFE_INTEGER) delete js.minimum;
      if (js.maximum === Number.MAX_SAFE_INTEGER) delete js.maximum;
    },
  }) as Record<string, unknown>;
  const { $schema, description: _root, ...rest } = generated;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'HallFlow scenario (办税服务厅场景)',
    description: d(
      `HallFlow 场景文件：一个办税服务厅的日历、业务类型、需求、窗口与排班、导税、预约、延时服务、自助终端和后台。时间单位为分钟，时限为工作日，取号量为每天人数。整个文件最多 ${L.MAX_VALUES} 个值、嵌套不超过 ${L.MAX_DEPTH} 层（上限见 data/README.md）。由 src/sim/scenario/schema.ts 生成（npm run schema），勿手工编辑`,
      `A HallFlow scenario: a tax service hall's calendar, business types, demand, windows and schedules, guidance, appointments, closing, kiosks and back office. Durations in minutes, limits in working days, volumes per day. At most ${L.MAX_VALUES} values in all, nested at most ${L.MAX_DEPTH} levels (the limits: data/README.md). Generated from src/sim/scenario/schema.ts (npm run schema); do not edit by hand`,
    ),
    ...rest,
  };
}

/** The text of data/scenario.schema.json (two-space JSON, final newline). */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}

// ---------------------------------------------------------------------------------------------
// Compile-time agreement with the contract. Mutual assignability alone would miss a forgotten
// optional field, so the types are also compared exactly after normalising `?: T | undefined`
// (zod) to `?: T` (the interfaces).

type Normalize<T> = T extends readonly (infer U)[]
  ? Normalize<U>[]
  : T extends object
    ? { [K in keyof T]: Normalize<Exclude<T[K], undefined>> }
    : T;
type Equal<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;
type MutuallyAssignable<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
function assertTrue<T extends true>(): T | void {}

assertTrue<MutuallyAssignable<ScenarioInput, S.Scenario>>();
assertTrue<Equal<Normalize<ScenarioInput>, Normalize<S.Scenario>>>();
assertTrue<Equal<Normalize<z.infer<typeof distributionSpec>>, Normalize<S.DistributionSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof businessType>>, Normalize<S.BusinessType>>>();
assertTrue<Equal<Normalize<z.infer<typeof windowGroup>>, Normalize<S.WindowGroup>>>();
assertTrue<Equal<Normalize<z.infer<typeof calendar>>, Normalize<S.CalendarSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof demand>>, Normalize<S.DemandSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof kioskSite>>, Normalize<S.KioskSite>>>();
assertTrue<Equal<Normalize<z.infer<typeof caseSpec>>, Normalize<S.CaseSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof hotline>>, Normalize<S.HotlineSpec>>>();
assertTrue<Equal<Normalize<z.infer<typeof online>>, Normalize<S.OnlineSpec>>>();

/** Sub-schemas, for the validator's "allowed fields" hints and for tests. */
export const schemas = {
  distributionSpec,
  businessType,
  windowGroup,
  calendar,
  demand,
  kioskSite,
  caseSpec,
  hotline,
  creditShares,
  localized,
};
