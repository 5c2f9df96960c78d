/**
 * The text of one editor field between the stored value and the scenario, under the rule of
 * commit.ts: typing only changes the text; `confirm` (Enter, leaving the field) writes a valid
 * value once and shows it as stored; an invalid text is kept, never written; `restore` (Escape,
 * or a change from outside) puts the stored value back.
 *
 * Guaranteed: `write` is called only from `confirm`, only with a value `judge` called ready, and
 * at most once per confirm, so one confirmed edit is one write (one undo step, one run).
 */
import { keyAction, type Judgement } from './commit.ts';

export interface DraftOptions<T> {
  /** The stored value (read when needed, so it follows the scenario). */
  read: () => unknown;
  /** The text that shows a stored value. */
  show: (stored: unknown) => string;
  judge: (text: string, stored: unknown) => Judgement<T>;
  /** Writes a confirmed value; a returned text refuses it (e.g. a date already listed), and the text stays. */
  write: (value: T) => string | null | void;
  /** Enter starts a line instead of confirming (a list of values). */
  multiline?: boolean;
}

export class FieldDraft<T> {
  /** What the field shows. */
  text = $state('');
  /** Whether `text` was typed since the field last showed the stored value. */
  edited = $state(false);
  /** Why the last confirmed value was refused by `write`, or null. */
  refused = $state<string | null>(null);

  readonly #o: DraftOptions<T>;

  constructor(options: DraftOptions<T>) {
    this.#o = options;
  }

  /** The typed text judged against the stored value; null while nothing was typed. */
  get judged(): Judgement<T> | null {
    return this.edited ? this.#o.judge(this.text, this.#o.read()) : null;
  }

  input(text: string): void {
    this.text = text;
    this.edited = true;
    this.refused = null;
  }

  /** Writes a valid typed value (returns whether the field now shows the stored value). */
  confirm(): boolean {
    const j = this.judged;
    if (j === null) return true;
    if (j.kind === 'invalid') return false;
    if (j.kind === 'ready') {
      const refusal = this.#o.write(j.value);
      if (typeof refusal === 'string') {
        this.refused = refusal;
        return false;
      }
    }
    this.restore();
    return true;
  }

  /** Shows the stored value again ("１２" written is shown as "12"; Escape drops what was typed). */
  restore(): void {
    this.text = this.#o.show(this.#o.read());
    this.edited = false;
    this.refused = null;
  }

  /** Enter confirms, Escape restores (not while an input method composes; see `keyAction`). */
  key(event: { key: string; isComposing?: boolean; keyCode?: number }): void {
    const action = keyAction(event, this.#o.multiline);
    if (action === 'confirm') this.confirm();
    else if (action === 'restore') this.restore();
  }
}
