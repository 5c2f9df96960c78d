/** Words for why a scenario could not be used, in the dictionary's language (see `state/admit.ts`). */
import type { RecoveryMessages } from './i18n/recovery.en.ts';
import type { LoadReason } from './state/admit.ts';
import type { StartupNotice } from './state/startup.ts';

export function reasonText(t: RecoveryMessages, reason: LoadReason): string {
  switch (reason.code) {
    case 'notJson':
      return t.reasons.notJson(reason.detail);
    case 'notObject':
      return t.reasons.notObject(t.kinds[reason.kind]);
    case 'damagedLink':
      return t.reasons.damagedLink;
    case 'unreadable':
      return t.reasons.unreadable(reason.detail);
  }
}

/** "The scenario saved in this browser could not be used: <why>. The demo scenario is open instead." */
export function noticeText(t: RecoveryMessages, notice: StartupNotice): string {
  return t.startup.notice(t.startup[notice.source](reasonText(t, notice.reason)), t.startup.opened[notice.opened]);
}
