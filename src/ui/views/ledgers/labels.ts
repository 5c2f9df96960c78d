/**
 * The words of a ledger row in the page's language: business type, credit class, source,
 * first-inquiry officer and status. Shared by the table, its sorting and the CSV file.
 */
import type { Locale } from '../../i18n/index.svelte.ts';
import type { ViewsMessages } from '../../i18n/views.en.ts';
import type { LedgerCase } from './case-rows.ts';
import { groupName, typeName, type Names } from './names.ts';

export type LedgerMessages = ViewsMessages['ledgers'];

export interface CaseLabels {
  type(c: LedgerCase): string;
  credit(c: LedgerCase): string;
  source(c: LedgerCase): string;
  officer(c: LedgerCase): string;
  status(c: LedgerCase): string;
}

export function caseLabels(t: LedgerMessages, names: Names, locale: Locale): CaseLabels {
  return {
    type: (c) => typeName(names, c.type, locale),
    credit: (c) => t.cases.credit(c.credit),
    source: (c) => t.cases.source[c.source],
    officer: (c) => {
      if (c.source === 'hotline' && c.window !== null) return t.cases.agent(c.window);
      return c.group === null || c.window === null
        ? t.cases.closingDesk
        : t.cases.officer(groupName(names, c.group, locale), c.window);
    },
    status: (c) => {
      if (c.status !== 'overdue') return t.cases.status[c.status];
      if (c.overdueStage === null) return t.cases.status.overdue;
      const stage = t.stages[c.overdueStage];
      return c.answered === null ? t.cases.overdueOpen(stage) : t.cases.overdueAt(stage);
    },
  };
}
