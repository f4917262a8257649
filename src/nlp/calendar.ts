// The words of the calendar, in lower case, for every stage that reads dates: the parser's time phrases,
// names that end before a day, the events' time expressions.

/** The days of the week. */
export const WEEKDAYS: ReadonlySet<string> = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]);

/** The months, written in full. */
export const MONTHS: ReadonlySet<string> = new Set([
  "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
]);

/** Words that name a day by where it stands from today. */
export const DAY_WORDS: ReadonlySet<string> = new Set(["today", "yesterday", "tonight"]);
