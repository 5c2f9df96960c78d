/**
 * The glossary dialog's state: which entry is open, and the element that opened it (focus goes
 * back there when the dialog closes).
 */
import type { GlossaryKey } from './keys.ts';

class Glossary {
  /** The entry shown in the dialog, or null when it is closed. */
  open: GlossaryKey | null = $state(null);
  opener: HTMLElement | null = null;

  show(key: GlossaryKey, opener: HTMLElement | null): void {
    this.opener = opener;
    this.open = key;
  }

  /** Closes the dialog; focus returns to the element that opened it, if it is still on the page. */
  close(returnFocus = true): void {
    this.open = null;
    const opener = this.opener;
    this.opener = null;
    if (returnFocus && opener?.isConnected) opener.focus();
  }
}

export const glossary = new Glossary();
