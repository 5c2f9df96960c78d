/**
 * The validator, made safe for the page: whatever the scenario holds, `checkSafely` returns
 * (it never throws). A validator that throws becomes one problem about the whole scenario (path
 * '') with the error in both languages, so the scenario is shown as not runnable instead of
 * taking the page down with it.
 */
import { describeError } from '../error-text.ts';
import { recoveryEn } from '../i18n/recovery.en.ts';
import { recoveryZh } from '../i18n/recovery.zh-CN.ts';
import { type Problem, validateScenario } from '../../sim/scenario/index.ts';

export interface Check {
  problems: Problem[];
  /** The validator's own failure, or null when it ran. */
  error: { en: string; zh: string } | null;
}

export function checkSafely(scenario: unknown): Check {
  try {
    const problems = validateScenario(scenario);
    if (Array.isArray(problems)) return { problems, error: null };
    throw new TypeError('the validator returned no list of problems');
  } catch (e) {
    const error = { en: describeError(e, 'en'), zh: describeError(e, 'zh-CN') };
    const message = { en: recoveryEn.checkFailed(error.en), zh: recoveryZh.checkFailed(error.zh) };
    return { problems: [{ path: '', code: 'invalid', message }], error };
  }
}
