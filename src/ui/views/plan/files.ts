/** The plan as files to save: the whole plan as JSON, and names for its files. */
import type { Plan } from '../../../sim/plan/recommendation.ts';

/**
 * "hallflow-plan-textbook-m-m-10" from the scenario's English name (ASCII letters and digits,
 * whole words up to 40 characters); a hall with no such English name is named by its Chinese one
 * (characters a file name cannot hold left out), so every file names its hall.
 */
export function planFileStem(plan: Plan): string {
  const words = plan.scenario.name.en
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w !== '');
  let slug = '';
  for (const w of words) {
    const next = slug ? `${slug}-${w}` : w;
    if (next.length > 40) break;
    slug = next;
  }
  if (!slug)
    slug = plan.scenario.name.zh
      .replace(/[\\/:*?"<>|\s]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40);
  return slug ? `hallflow-plan-${slug}` : 'hallflow-plan';
}

/** The plan as indented JSON (what `hallflow plan --json` prints). */
export function planJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
