/** The review's parts and cautions in the reader's language (review.ts holds the data). */
import type { Plan } from '../../../sim/plan/recommendation.ts';
import type { Formatters } from '../../charts/format.ts';
import type { Locale } from '../../i18n/index.svelte.ts';
import type { PlanMessages } from '../../i18n/plan.en.ts';
import type { PlanPathMessages } from '../../i18n/plan-path.en.ts';
import type { ApplyChoice } from '../../state/plan/apply.ts';
import { nameIn } from './intervals.ts';
import type { Caution, ReviewPart } from './review.ts';

type R = PlanPathMessages['review'];

/** Ranges shown per part; the rest are counted. */
export const RANGES_SHOWN = 4;

export interface PartText {
  what: string;
  /** The interval ranges of a windows part (the first RANGES_SHOWN, then how many more). */
  ranges: string[];
  reason: string;
  effect: string;
}

export function partText(
  plan: Plan,
  p: ReviewPart,
  choice: ApplyChoice,
  r: R,
  t: PlanMessages,
  fmt: Formatters,
  locale: Locale,
): PartText {
  const group = (g: number) => nameIn(plan.groups[g].name, locale);
  switch (p.kind) {
    case 'windows': {
      const ranges = p.ranges.slice(0, RANGES_SHOWN).map((x) => r.range(x.start, x.end, x.before, x.after));
      if (p.ranges.length > RANGES_SHOWN) ranges.push(r.more(p.ranges.length - RANGES_SHOWN));
      return {
        what: r.windows(group(p.group), t.dayTypes[p.dayType]),
        ranges,
        reason: r.windowsReason[choice],
        effect: r.windowsEffect(fmt.number(p.hoursBefore, 1), fmt.number(p.hoursAfter, 1)),
      };
    }
    case 'installed':
      return {
        what: r.installed(group(p.group), p.from, p.to),
        ranges: [],
        reason: r.installedReason(p.to, p.from),
        effect: r.installedEffect,
      };
    case 'kiosk':
      return {
        what: r.kiosk(nameIn(p.name, locale), p.from, p.to),
        ranges: [],
        reason: r.kioskReason,
        effect: p.p90 && p.anyUp ? r.kioskEffect(fmt.number(p.p90.mean, 1), fmt.percent(p.anyUp.mean, 1)) : '',
      };
    case 'staggered':
      return {
        what: r.staggered(fmt.percent(p.share, 0)),
        ranges: [],
        reason: r.staggeredReason(p.saved),
        effect:
          p.hoursSaved >= 0
            ? r.staggeredEffect(fmt.number(p.hoursSaved, 1))
            : r.staggeredEffectMore(fmt.number(-p.hoursSaved, 1)),
      };
    case 'backOffice':
      return {
        what: r.backOffice(p.from, p.to),
        ranges: [],
        reason: r.backOfficeReason,
        effect: p.onTime ? r.backOfficeEffect(fmt.percent(p.onTime.mean, 1)) : '',
      };
    case 'hotline':
      return {
        what: r.hotline(p.from, p.to),
        ranges: [],
        reason: r.hotlineReason,
        effect: p.level ? r.hotlineEffect(fmt.percent(p.level.mean, 1), String(p.seconds)) : '',
      };
  }
}

export function cautionText(plan: Plan, c: Caution, r: R, locale: Locale): string {
  const group = (g: number) => nameIn(plan.groups[g].name, locale);
  switch (c.kind) {
    case 'bigCut':
      return r.caution.bigCut(nameIn(c.name, locale), c.from, c.to);
    case 'allDay':
      return r.caution.allDay(nameIn(c.name, locale));
    case 'bigRise':
      return r.caution.bigRise(group(c.group), c.from, c.to);
    case 'aboveInstalled':
      return r.caution.aboveInstalled(group(c.group), c.most, c.installed);
  }
}
