/**
 * The case ledger (首问登记台账) as the page shows it: one row per case with every stage's time as a
 * date and time on the hall's calendar, and its status: answered on time, overdue (traced to the
 * stage that held it at the deadline; answered late or still open), or open (not yet answered and
 * not yet past its deadline).
 */
import type { HallCalendar } from '../../../sim/scenario/index.ts';
import type { CaseRow, CaseSource, Stage } from '../../../sim/hall/cases.ts';
import { stamp, type Stamp } from './stamp.ts';

export type CaseStatus = 'onTime' | 'overdue' | 'open';
export const CASE_STATUSES: readonly CaseStatus[] = ['onTime', 'overdue', 'open'];

export interface LedgerCase {
  id: number;
  type: string;
  credit: string;
  source: CaseSource;
  /** First-inquiry officer: window group id and window number; null at the closing desk; for a
   *  hotline case the group is null and `window` is the agent's seat. */
  group: string | null;
  window: number | null;
  limitDays: number;
  accepted: Stamp;
  transferred: Stamp | null;
  handleStarted: Stamp | null;
  handled: Stamp | null;
  answered: Stamp | null;
  deadline: Stamp;
  warned: Stamp | null;
  extended: Stamp | null;
  /** Working days from acceptance to the answer; null while open. */
  workingDays: number | null;
  status: CaseStatus;
  /** The stage that held an overdue case at its deadline. */
  overdueStage: Stage | null;
}

/** Status of a case: overdue when its deadline passed before the answer (answered late or not at all). */
export function caseStatus(row: Pick<CaseRow, 'answeredAt' | 'onTime' | 'overdueStage'>): CaseStatus {
  if (row.overdueStage !== null || row.onTime === false) return 'overdue';
  return row.answeredAt === null ? 'open' : 'onTime';
}

/** Shapes the simulator's rows (times in minutes since the start) for the ledger. */
export function shapeCases(rows: readonly CaseRow[], calendar: Pick<HallCalendar, 'startDay'>): LedgerCase[] {
  const at = (x: number | null) => (x === null ? null : stamp(calendar, x));
  return rows.map((r) => ({
    id: r.id,
    type: r.type,
    credit: r.credit,
    source: r.source,
    group: r.group,
    window: r.window,
    limitDays: r.limitDays,
    accepted: stamp(calendar, r.acceptedAt),
    transferred: at(r.transferredAt),
    handleStarted: at(r.handleStartAt),
    handled: at(r.handledAt),
    answered: at(r.answeredAt),
    deadline: stamp(calendar, r.deadlineAt),
    warned: at(r.warnedAt),
    extended: at(r.extendedAt),
    workingDays: r.workingDays,
    status: caseStatus(r),
    overdueStage: r.overdueStage,
  }));
}
