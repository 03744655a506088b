// Whether a date range is made of whole calendar months: such ranges can be answered from counts kept per
// month (decision 0120). Dates are ISO calendar dates (YYYY-MM-DD), already validated.

/** The first day of its month: 2024-03-01. */
export function isMonthStart(date: string): boolean {
  return date.endsWith("-01");
}

/** The last day of its month: 2024-02-29 in a leap year, 2023-02-28 otherwise. */
export function isMonthEnd(date: string): boolean {
  const next = new Date(`${date}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return next.getUTCDate() === 1;
}

/** True when each given bound falls on a month boundary (an open bound is one). */
export function isWholeMonths(from: string | undefined, to: string | undefined): boolean {
  return (from === undefined || isMonthStart(from)) && (to === undefined || isMonthEnd(to));
}
