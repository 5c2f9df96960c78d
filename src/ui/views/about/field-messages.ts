/** Turns field rules and problems into sentences of the current language. */
import type { FieldProblem, FieldRule } from './form.ts';
import type { Messages } from '../../i18n/en.ts';

export function allowedText(t: Messages, rule: FieldRule): string {
  return rule.kind === 'positive' ? t.allowedPositive(rule.max) : t.allowedInteger(rule.min, rule.max);
}

/** Names the field, repeats the value as typed, and says what is allowed. */
export function problemText(t: Messages, problem: FieldProblem): string {
  const shown = problem.raw.trim() === '' ? t.emptyValue : problem.raw;
  return t.fieldError(t.fields[problem.field], shown, allowedText(t, problem.rule));
}
