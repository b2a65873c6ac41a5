// Imports nothing, so its unit spec runs without the app's path aliases.

/** A calendar quarter: its first and last day (YYYY-MM-DD), its year and number (1–4). */
export interface Quarter {
  start: string;
  end: string;
  year: number;
  number: number;
}

const day = (year: number, month: number, date: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(date).padStart(2, '0')}`;

function quarter(year: number, number: number): Quarter {
  const lastMonth = number * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return { start: day(year, lastMonth - 2, 1), end: day(year, lastMonth, lastDay), year, number };
}

/** The quarter `today` (the region's day) is in and the `count - 1` before it, newest first. */
export function recentQuarters(today: string, count = 4): Quarter[] {
  const year = Number(today.slice(0, 4));
  const number = Math.floor((Number(today.slice(5, 7)) - 1) / 3) + 1;
  return Array.from({ length: count }, (_, back) => {
    const index = year * 4 + (number - 1) - back;
    return quarter(Math.floor(index / 4), (index % 4) + 1);
  });
}

/** The days of a quarter the review covers: up to today while it runs. */
export function reviewPeriod(q: Quarter, today: string): { from: string; to: string } {
  return { from: q.start, to: q.end < today ? q.end : today };
}

/** Members write notes for the current quarter and the one before, as the gateway accepts them. */
export function notesOpen(q: Quarter, today: string): boolean {
  return recentQuarters(today, 2).some((open) => open.start === q.start);
}
