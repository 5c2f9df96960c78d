/**
 * The Scenario contract's public surface: everything outside src/sim/scenario imports the
 * contract from here (tests/architecture/layers.test.ts holds this), so what the package
 * promises is this file, and the rest of the folder can change without its users noticing.
 *
 * - the Scenario's types and enumerations, and its version (scenario.ts);
 * - the defaults the model applies and the default seed (defaults.ts);
 * - times of day and ISO dates, minutes a day (time.ts);
 * - the size limits that keep a run finite, and their words (limits.ts);
 * - problems: where an input is wrong, in which words (problems.ts);
 * - the schema (zod) and its JSON Schema, and the bounds the editor reads from it (schema.ts,
 *   validate-schema-walk.ts);
 * - `validateScenario`: text or a value in, a Scenario or the full list of problems out;
 * - the hall calendar and each working day's demand, which the model and the history fit share.
 *
 * Not here, on purpose: the validator's steps (validate-*.ts) and the test fixtures
 * (validate-fixtures.ts), which tests inside this folder use.
 */
export * from './scenario.ts';
export * from './defaults.ts';
export * from './time.ts';
export * from './limits.ts';
export * from './problems.ts';
export * from './schema.ts';
export { defOf, numberBoundsAt, type NumberBounds } from './validate-schema-walk.ts';
export { validateScenario } from './validate.ts';
export { checkAgainst } from './validate-structure.ts';
export { d as describeBoth, localized, localizedText } from './schema-parts.ts';
export { HallCalendar, hallCalendar, type CalendarInput, type WorkHours } from './calendar.ts';
export { demandByDay } from './resolve-demand.ts';
