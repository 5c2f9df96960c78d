/**
 * History as HallFlow reads it from planners' CSV exports, after parsing and checking: the two
 * layouts' records and the report of an import. Plain data (it crosses worker boundaries).
 *
 * Times are naive local times (the hall's wall clock; CSV exports carry no time zone) as minutes
 * since 1970-01-01 00:00: `stamp = dayNumber(date) · 1440 + minutes of the day`, with
 * `dayNumber` from src/sim/scenario/time.ts. Every record keeps the line of the file it came from
 * (1-based, the header being line 1), so a problem can always be traced to its line.
 */
import type { Localized } from '../scenario/index.ts';

export type HistoryLayout = 'volumes' | 'tickets';

/** (a) Volumes: how many came on a date, optionally in an hour or interval, optionally by type. */
export interface VolumeRecord {
  line: number;
  /** Day number (days since 1970-01-01). */
  day: number;
  /** Minutes of the day the count covers, [start, end); both null for a whole-day count. */
  start: number | null;
  end: number | null;
  /** Business type as written in the file (mapped later); null when the file has no type column. */
  type: string | null;
  count: number;
}

export type TicketChannel = 'walkIn' | 'appointment' | 'staggered' | 'green';
export type TicketOutcome = 'served' | 'noShow' | 'abandoned' | 'transferred';

/** (b) Ticket logs of a queue-management system (排队叫号系统): one row per ticket. */
export interface TicketRecord {
  line: number;
  id: string;
  /** Ticket taken (or, for a booking, its appointment time). */
  ticket: number;
  call: number | null;
  start: number | null;
  end: number | null;
  /** Business type as written in the file. */
  type: string;
  /** Window as written in the file (e.g. "3", "A03", "3号窗口"); null when not served. */
  window: string | null;
  /** null when the file has no channel column (then everyone is taken as a walk-in). */
  channel: TicketChannel | null;
  /** null when the file has no outcome column (then it is inferred from the times). */
  outcome: TicketOutcome | null;
}

export interface RejectedRow {
  line: number;
  reason: Localized;
  /** The row as read (cells joined with the file's delimiter), shortened to 200 characters. */
  raw: string;
}

/** How a file value came to its type: the user's map, an id or name, or a guess from part of a name. */
export type TypeMatchHow = 'chosen' | 'exact' | 'guess';

export interface TypeMatch {
  /** The value as the file writes it (trimmed). */
  value: string;
  /** The scenario's type id; EXCLUDED ('') when the user's map leaves these rows out. */
  id: string;
  how: TypeMatchHow;
  /** For a guess: the type's name it was guessed from, and the part of that name that matched. */
  name?: string;
  part?: string;
  /**
   * For a guess: 'part' when the value is a part of the name (申报缴税 of 申报缴税/更正), 'inside'
   * when a part of the name is inside the value (登记 in 不动产登记).
   */
  basis?: 'part' | 'inside';
  /** Rows of the file with this value (counted whatever else was wrong with them). */
  rows: number;
}

export interface ImportWarning {
  /** null for a warning about the whole file. */
  line: number | null;
  message: Localized;
  /**
   * What the warning is about, when a view shows the same thing another way: 'typeGuess' — a
   * business type matched by a guess, which the import view lists as a decision instead.
   */
  about?: 'typeGuess';
}

/**
 * Where every physical line of a file went (CR, LF and CRLF each end a line; a last line without
 * a line break counts): `total = preamble + header + blank + continued + accepted + rejected`.
 */
export interface LineCounts {
  total: number;
  /** Lines above the header: titles, Excel's "sep=" line, blank lines among them. */
  preamble: number;
  /** The header row (0 without one; more when a header cell holds line breaks). */
  header: number;
  /** Blank lines (and rows of empty cells) below the header. */
  blank: number;
  /** Lines inside a quoted cell that holds line breaks: part of the row that starts above them. */
  continued: number;
}

export interface ImportReport {
  layout: HistoryLayout;
  encoding: 'utf-8' | 'utf-8-bom' | 'gb18030';
  delimiter: ',' | ';' | '\t';
  header: string[];
  /** Which column (index in `header`) holds each field; null when absent. */
  mapping: Record<string, number | null>;
  /** Data rows read (the header and empty lines not counted), accepted and rejected. */
  rowsRead: number;
  accepted: number;
  /** Every physical line of the file accounted for (see LineCounts). */
  lines: LineCounts;
  rejected: RejectedRow[];
  warnings: ImportWarning[];
  /** Business types in the file that the scenario does not know, with how many rows. */
  unknownTypes: { value: string; rows: number }[];
  /**
   * Every business-type value that resolved, with its rows and how: by the user's map, exactly
   * (an id or name), or guessed from part of a name — guesses first. Empty when the read had no
   * known types (values kept as written).
   */
  typeMatches: TypeMatch[];
}
