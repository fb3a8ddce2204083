/**
 * Readings of the default story's fact sheet (../shared/sources/afghanistan-facts.json)
 * that the provenance test holds the dataset to: which days its prose writes,
 * what status each source's note earns, where it states a page's own date, and
 * which date notes report accounts disagreeing. Kept apart from the test so
 * the rules can be read on their own.
 */

export interface SheetSource {
  name: string;
  url?: string;
  document?: string;
  excerpt?: string;
  confirms?: string;
}

export interface SheetEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  category: string;
  sources: SheetSource[];
  date_check?: string;
}

/** How the sheet settled an event's date: `event` may name several ids, joined by " / ". */
export interface SheetDateNote {
  event: string;
  given: string;
  result: string;
  why: string;
}

export interface FactSheet {
  events: SheetEvent[];
  date_notes: SheetDateNote[];
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?';

/** A day written in the sheet's prose; `year` is absent where the prose leaves it out ("13 Nov"). */
export interface WrittenDay {
  month: number;
  day: number;
  year?: string;
}

const monthOf = (name: string): number => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** Every day the text writes, in the forms the sheet uses: "13 Nov 2001", "November 12", "2001-11-13", "22.12.2001", URL stamps. */
export function daysWritten(text: string): WrittenDay[] {
  const days: WrittenDay[] = [];
  for (const m of text.matchAll(new RegExp(`\\b(\\d{1,2}) ${MONTH}(?: (\\d{4}))?`, 'g'))) {
    days.push({ month: monthOf(m[2]), day: Number(m[1]), year: m[3] });
  }
  for (const m of text.matchAll(new RegExp(`${MONTH} (\\d{1,2})\\b(?:,? (\\d{4}))?`, 'g'))) {
    days.push({ month: monthOf(m[1]), day: Number(m[2]), year: m[3] });
  }
  for (const m of text.matchAll(/\b(\d{4})-(\d\d)-(\d\d)\b/g)) {
    days.push({ month: Number(m[2]), day: Number(m[3]), year: m[1] });
  }
  for (const m of text.matchAll(/\b(\d\d)\.(\d\d)\.(\d{4})\b/g)) {
    days.push({ month: Number(m[2]), day: Number(m[1]), year: m[3] });
  }
  // URL stamps: "130618" (yymmdd) and "2015jul30".
  for (const m of text.matchAll(/URL dated (\d\d)(\d\d)(\d\d)\b/g)) {
    days.push({ month: Number(m[2]), day: Number(m[3]), year: `20${m[1]}` });
  }
  for (const m of text.matchAll(/URL dated (\d{4})([a-z]{3})(\d\d)\b/g)) {
    days.push({ month: monthOf(m[2]), day: Number(m[3]), year: m[1] });
  }
  return days;
}

/** Whether the text writes the ISO day `iso`; a written year, if any, must agree. */
export function writesDay(text: string, iso: string, needYear = false): boolean {
  const [year, month, day] = iso.split('-');
  return daysWritten(text).some(
    (d) =>
      d.month === Number(month) &&
      d.day === Number(day) &&
      (d.year === undefined ? !needYear : d.year === year),
  );
}

/** Notes that say the source gives the date without writing it ("States date explicitly", "Same-day report"). */
const STATES_THE_DATE = [
  /\bstates [\w ]*\bdate\b/i,
  /\bconfirms [\w ]*\bdate\b/i,
  /\bconfirmation of (date|polling day)\b/i,
  /\bsource for date\b/i,
  /\bsame-day\b/i,
  /\b(independent|official)( \w+)? confirmation\b/i,
  /\bwith the date\b/i,
];

/**
 * The status a source of the sheet earns. The article's excerpts are what the
 * News Desk reported. A source whose note says it gives a different date than
 * the others (a later or earlier start or end) is disputed. A source whose note
 * writes one of the event's settled days (its date or its end), or says it
 * states the date, establishes the event: confirmed. Anything else (a total, a
 * claim, an earlier or later stage, context) only supports part of it: reported.
 */
export function statusFromSheet(source: SheetSource, fact: SheetEvent): string {
  if (source.excerpt !== undefined) return 'reported';
  const note = source.confirms ?? '';
  if (/\bgives an? (later|earlier) (start |end )?date\b/i.test(note)) return 'disputed';
  const settled = [fact.date, ...(fact.end === undefined ? [] : [fact.end])];
  if (settled.some((day) => writesDay(note, day))) return 'confirmed';
  return STATES_THE_DATE.some((pattern) => pattern.test(note)) ? 'confirmed' : 'reported';
}

/**
 * Notes in which the sheet reports that accounts of a date differ, rather than
 * refining a vague date or telling apart separate acts on separate days.
 */
export const DISAGREEMENT = /\b(some accounts|varies|variously|source-dependent|already)\b/i;

/** Where the sheet states the page's own date: the note's "dated …", "Published …", or a date closing the source's name. */
export const OWN_DATE_IN_NOTE = new RegExp(
  `(?<!caption )(?:[Dd]ated|Published(?: on [^,]*,)?|Filed|Posted|stamped|headed|Contemporary) \\(?'?(?:[A-Z][a-z]+,? )?(?:\\d{1,2}\\.? ${MONTH} \\d{4}|${MONTH} \\d{1,2}, \\d{4}|\\d\\d\\.\\d\\d\\.\\d{4})`,
);
export const OWN_DATE_IN_NAME = new RegExp(`(?:\\(|, | - |revision of )\\d{1,2} ${MONTH} \\d{4}\\)?(?: newsline)?$|^[^-']*?, \\d{1,2} ${MONTH} \\d{4} - `);
export const URL_STAMP = /URL dated (\d{6}|\d{4}[a-z]{3}\d\d)\b/;

/** The extent of an EDTF day or day interval as [first, last] ISO days, read just far enough for this dataset's dates. */
export function dayExtent(value: string): [string, string] | undefined {
  const day = /^(\d{4}-\d\d-\d\d)\??$/.exec(value);
  if (day) return [day[1], day[1]];
  const between = /^(\d{4}-\d\d-\d\d)\/(\d{4}-\d\d-\d\d)$/.exec(value);
  return between && between[1] < between[2] ? [between[1], between[2]] : undefined;
}
