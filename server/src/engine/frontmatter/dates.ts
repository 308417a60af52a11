// Learn reads ms.date as M/D/YYYY: month and day of one or two digits (its own check accepts 3/3/2020
// and 03/03/2020 alike). We write new dates padded, MM/DD/YYYY. Dates here are calendar days: no time
// of day, no time zone.

export function formatLearnDate(date: Date): string {
  const month = String(date.getMonth() + 1).padStart(2, '0');
  const day = String(date.getDate()).padStart(2, '0');
  return `${month}/${day}/${date.getFullYear()}`;
}

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

export type DateReading =
  /** Written as Learn reads it (M/D/YYYY, padded or not) and a real day. */
  | { kind: 'valid'; date: CalendarDate }
  /** A real day written another unambiguous way (ISO); `learn` is MM/DD/YYYY. */
  | { kind: 'other-format'; date: CalendarDate; learn: string }
  /** M/D/YYYY that names no day, such as 02/30/2026. */
  | { kind: 'not-a-day' }
  | { kind: 'unreadable' };

const LEARN_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+Z?)?$/;

export function readLearnDate(text: string): DateReading {
  const value = text.trim();
  const learn = LEARN_DATE.exec(value);
  if (learn) {
    const date = calendarDate(Number(learn[3]), Number(learn[1]), Number(learn[2]));
    return date ? { kind: 'valid', date } : { kind: 'not-a-day' };
  }
  const iso = ISO_DATE.exec(value);
  if (!iso) return { kind: 'unreadable' };
  const date = calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return date ? { kind: 'other-format', date, learn: learnText(date) } : { kind: 'not-a-day' };
}

function calendarDate(year: number, month: number, day: number): CalendarDate | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : undefined;
}

function learnText(date: CalendarDate): string {
  return `${String(date.month).padStart(2, '0')}/${String(date.day).padStart(2, '0')}/${date.year}`;
}

/** Whole days from `from` to the calendar day of `to` (positive when `to` is later). */
export function daysFrom(from: CalendarDate, to: Date): number {
  const toDay = Date.UTC(to.getFullYear(), to.getMonth(), to.getDate());
  return Math.round((toDay - Date.UTC(from.year, from.month - 1, from.day)) / 86_400_000);
}
