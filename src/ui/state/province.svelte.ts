/**
 * The province result the planner opened (province.json from `hallflow batch`), kept apart from
 * the scenario: opening one never changes the hall being edited, and the single-hall workspace
 * never changes it. The last one opened is kept in the browser's IndexedDB (idb.ts, as plans are)
 * with its file name, so it survives a reload; what comes back from storage passes the same door
 * as a file (province-file.ts), so a damaged record reads as none.
 */
import type { ProvinceResult } from '../../sim/batch/province.ts';
import { describeError } from '../error-text.ts';
import { indexedDbStore, type KeyValue } from './idb.ts';
import { admitProvinceText, admitProvinceValue, MAX_BYTES, type ProvinceRefusal } from './province-file.ts';

const KEY = 'province:last';

/** The wall-clock time, as ISO text: when a file was opened (plain text, nothing reactive). */
const isoNow = (): string => new Date(Date.now()).toISOString();

interface KeptProvince {
  version: 1;
  fileName: string;
  loadedAt: string;
  province: ProvinceResult;
}

export type ProvinceStatus = 'empty' | 'reading' | 'loaded';

export class ProvinceStore {
  status: ProvinceStatus = $state('empty');
  province: ProvinceResult | null = $state.raw(null);
  fileName: string | null = $state(null);
  /** When it was opened (ISO time). */
  loadedAt: string | null = $state(null);
  /** Whether it came back from the browser's storage rather than a file just chosen. */
  restored = $state(false);
  /** The last file refused, and why (the province shown, if any, stays). */
  refused: { fileName: string; reason: ProvinceRefusal } | null = $state.raw(null);
  /** The browser refused to keep the province (it is shown, but a reload loses it). */
  keepFailed = $state(false);

  #kv: KeyValue;
  #restoring: Promise<void> | null = null;

  constructor(kv: KeyValue = indexedDbStore('hallflow-province')) {
    this.#kv = kv;
  }

  /** Brings back the province kept last, once, unless one was opened meanwhile. */
  restore(): Promise<void> {
    return (this.#restoring ??= (async () => {
      const k = await this.#kv.get<unknown>(KEY);
      if (this.province || k === null || typeof k !== 'object') return;
      const kept = k as Partial<KeptProvince>;
      const a = admitProvinceValue(kept.province);
      if (!a.ok || kept.version !== 1) return;
      this.province = a.province;
      this.fileName = typeof kept.fileName === 'string' ? kept.fileName : null;
      this.loadedAt = typeof kept.loadedAt === 'string' ? kept.loadedAt : null;
      this.restored = true;
      this.status = 'loaded';
    })());
  }

  /** Reads a chosen file; a refused one leaves what was shown as it was. */
  async readFile(file: File): Promise<void> {
    if (file.size > MAX_BYTES) {
      this.refused = { fileName: file.name, reason: { code: 'tooLarge', megabytes: file.size / 1024 / 1024 } };
      return;
    }
    const before = this.status;
    this.status = 'reading';
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      this.status = before;
      this.refused = { fileName: file.name, reason: { code: 'notJson', detail: describeError(e) } };
      return;
    }
    this.open(text, file.name, isoNow());
    if (this.status === 'reading') this.status = before;
  }

  /** Opens a province given as JSON text and keeps it; false (with the reason in `refused`) when refused. */
  open(text: string, fileName: string, loadedAt: string): boolean {
    const a = admitProvinceText(text);
    if (!a.ok) {
      this.refused = { fileName, reason: a.reason };
      return false;
    }
    this.refused = null;
    this.province = a.province;
    this.fileName = fileName;
    this.loadedAt = loadedAt;
    this.restored = false;
    this.status = 'loaded';
    void this.#kv
      .put(KEY, { version: 1, fileName, loadedAt, province: a.province } satisfies KeptProvince)
      .then((ok) => (this.keepFailed = !ok));
    return true;
  }

  /** Closes the province and forgets the kept one. */
  async clear(): Promise<void> {
    this.province = null;
    this.fileName = null;
    this.loadedAt = null;
    this.refused = null;
    this.restored = false;
    this.status = 'empty';
    await this.#kv.delete(KEY);
  }
}

export const province = new ProvinceStore();
