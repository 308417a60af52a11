// Learn writes ms.date as MM/DD/YYYY. Dates here are calendar days: no time of day, no time zone.

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
  /** Written as Learn wants it and a real day. */
  | { kind: 'valid'; date: CalendarDate }
  /** A real day written another unambiguous way (ISO, one-digit month or day); `learn` is MM/DD/YYYY. */
  | { kind: 'other-format'; date: CalendarDate; learn: string }
  /** MM/DD/YYYY that names no day, such as 02/30/2026. */
  | { kind: 'not-a-day' }
  | { kind: 'unreadable' };

const LEARN_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
const SHORT_US_DATE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ][\d:.]+Z?)?$/;

export function readLearnDate(text: string): DateReading {
  const value = text.trim();
  const learn = LEARN_DATE.exec(value);
  if (learn) {
    const date = calendarDate(Number(learn[3]), Number(learn[1]), Number(learn[2]));
    return date ? { kind: 'valid', date } : { kind: 'not-a-day' };
  }
  const us = SHORT_US_DATE.exec(value);
  const iso = us ? undefined : ISO_DATE.exec(value);
  const date = us ? calendarDate(Number(us[3]), Number(us[1]), Number(us[2])) : iso ? calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3])) : undefined;
  if (date) return { kind: 'other-format', date, learn: learnText(date) };
  return us || iso ? { kind: 'not-a-day' } : { kind: 'unreadable' };
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
