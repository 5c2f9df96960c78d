/**
 * Undo and redo over scenario snapshots (JSON strings: small, immutable, cheap to compare, with
 * whatever the store keeps beside each: its scenario family). A burst of edits to the same field
 * within a second is one step, so typing "12" is not two.
 */
export class History<T = string> {
  private past: T[] = [];
  private future: T[] = [];
  private lastKey = '';
  private lastAt = -Infinity;

  constructor(private readonly limit = 200) {}

  /** Records the state before a change; `key` names the edited field for merging bursts. */
  record(before: T, key: string, now: number): void {
    if (key !== '' && key === this.lastKey && now - this.lastAt < 1000) {
      this.lastAt = now;
      return;
    }
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
    this.lastKey = key;
    this.lastAt = now;
  }

  undo(current: T): T | null {
    const prev = this.past.pop();
    if (prev === undefined) return null;
    this.future.push(current);
    this.lastKey = '';
    return prev;
  }

  redo(current: T): T | null {
    const next = this.future.pop();
    if (next === undefined) return null;
    this.past.push(current);
    this.lastKey = '';
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }
}
