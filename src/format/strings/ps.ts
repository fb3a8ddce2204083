import type {UiStrings} from '../strings.js';
import {num, plural} from './plural.js';
import {statusWord} from './status-word.js';
import {yearNumber} from './year-number.js';

/**
 * Pashto (also `ps-AF`). «پېښه» (event) is feminine: one پېښه, several پېښې;
 * after «له … څخه» it takes the oblique (پېښې for one, پېښو for several), and
 * a past passive verb agrees (شوه / شوې).
 *
 * Numbers: CLDR writes Pashto with Eastern Arabic-Indic digits (۴۹), and so
 * does Firefox; Chromium ships no Pashto number data and would fall back to
 * English (49). Naming the numbering system makes both give ۴۹ — still
 * formatted by Intl, never written by hand.
 */
const L = 'ps';
const NUM: Intl.NumberFormatOptions = {numberingSystem: 'arabext'};
const forms = (n: number, one: string, other: string) => plural(L, n, {one, other}, NUM);
const events = (n: number) => forms(n, '# پېښه', '# پېښې');
// Intl has no compact Pashto numbers ("13.8G"): millions and billions are named here, the number still by Intl.
const years = (n: number) => yearNumber(L, n, NUM, ['میلیونه', 'میلیارده']);

export const PS: UiStrings = {
  loading: 'د پېښو لړۍ پرانیستل کېږي…',
  retry: 'بیا هڅه وکړئ',
  empty: 'تر اوسه هېڅ پېښه نه ده ثبت شوې.',
  zoomGroup: 'د ښودنې اندازه',
  zoomIn: 'لوی کول',
  zoomOut: 'کوچني کول',
  fit: 'ټول ښودل',
  legend: 'ډلې',
  events: 'پېښې',
  close: 'بندول',
  sources: 'سرچینې',
  newTab: 'په نوې ټب کې پرانیستل کېږي',
  eventCount: events,
  count: (n) => num(L, n, NUM),
  separator: '، ',
  loadFailed: (reason) => `د پېښو لړۍ پرانیستل نه شوه: ${reason}`,
  publishSheet: 'دا ګوګل شیټ نه دی خپور شوی. په هغه کې: File > Share > Publish to web، شیټ (یا Entire document) او CSV وټاکئ، Publish یې کړئ، بیا نوې پته دلته ولګوئ.',
  eventsLeftOut: (n) =>
    forms(n, '# پېښه د معلوماتو د تېروتنو له امله ونه ښودل شوه.', '# پېښې د معلوماتو د تېروتنو له امله ونه ښودل شوې.'),
  showing: (range) => `ښودل کېږي: ${range}`,
  // Pashto says «تر … پورې»; a bare prefix can only give the first half.
  problemsSummary: (n) => `په معلوماتو کې ${forms(n, '# ستونزه', '# ستونزې')}`,
  wheelHint: 'د پېښو لړۍ د لویولو یا کوچني کولو لپاره Ctrl + سکرول وکاروئ',
  search: 'د پېښو لټون',
  matches: (shown, total) => `له ${forms(total, '# پېښې', '# پېښو')} څخه ${num(L, shown, NUM)} ښودل کېږي`,
  sameDay: 'د دې ورځې پېښې',
  stepGroup: 'پېښه په پېښه',
  previousEvent: 'مخکینۍ پېښه',
  nextEvent: 'بله پېښه',
  // «له ۴۹ څخه ۱۲»: the whole comes first, as in `matches`.
  stepPosition: (n, total) => `له ${num(L, total, NUM)} څخه ${num(L, n, NUM)}`,
  viewImage: 'انځور کتل',
  // «په … کې»: the service's name sits inside the circumposition.
  watchOn: (name) => `په ${name} کې یې وګورئ`,
  listenOn: (name) => `په ${name} کې یې واورئ`,
  viewOn: (name) => `په ${name} کې یې پرانیزئ`,
  showHere: (name) => `دلته یې وښیئ (له ${name} څخه راځي)`,
  player: (name) => `د ${name} غږولی`,
  status: (status) => statusWord(status, 'تایید شوی|راپور شوی|متنازع|بېرته اخیستل شوی'),
  archivedCopy: 'ارشیف',
  accessed: (date) => `کتل شوی ${date}`,
  sourcesDisagree: 'سرچینې سره همغږې نه دي.',
  corrections: 'سمونونه',
  updated: (time) => (time ? `تازه شوی ${time}` : 'تازه شوی'),
  year: (y) => (y < 1 ? `${years(1 - y)} له میلاد مخکې` : `${years(y)} میلادي`),
  about: (date) => `شاوخوا ${date}`,
  possibly: (date) => `ښايي ${date}`,
  // «د … ترمنځ»: the ends sit inside the circumposition, whose «د» a month as Intl writes it («د … د لړم») may already begin with.
  between: (ends) => `د ${ends(' او ').replace(/^د /, '')} ترمنځ`,
  orLater: (date) => `${date} یا وروسته`,
  orEarlier: (date) => `${date} یا مخکې`,
  // Unspecified digits and seasons are of the Gregorian calendar (EDTF's), so their years are named as such.
  someYears: (y, span) => (span === 10 ? `د ${years(y)} میلادي لسیزه` : `${years(y)}–${years(y + 99)} میلادي`),
  season: (n, year) => `${['پسرلی', 'اوړی', 'مني', 'ژمی'][n - 21]} ${year}`,
  newEvent: 'نوې',
  updatesPaused: 'تازه کول ودرول شول',
  liveChanges: (added, changed, removed) =>
    [
      added && forms(added, '# نوې پېښه', '# نوې پېښې'),
      changed && `${num(L, changed, NUM)} تازه شوې`,
      removed && `${num(L, removed, NUM)} لرې شوې`,
    ].filter(Boolean).join('، '),
};
