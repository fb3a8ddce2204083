import type {UiStrings} from '../strings.js';
import {num, plural} from './plural.js';
import {statusWord} from './status-word.js';
import {yearNumber} from './year-number.js';

/**
 * Dari, as written in Afghanistan (also served for `fa` and `prs`). Numbers are
 * formatted for `fa-AF`, which gives Persian digits (۴۹). A noun after a
 * numeral stays singular in Dari (۳ رویداد), so every count has one form.
 */
const L = 'fa-AF';
const events = (n: number) => plural(L, n, {other: '# رویداد'});

export const FA_AF: UiStrings = {
  loading: 'خط زمانی در حال بارگذاری است…',
  retry: 'دوباره کوشش کنید',
  empty: 'این خط زمانی هنوز هیچ رویدادی ندارد.',
  zoomGroup: 'اندازهٔ نمایش',
  zoomIn: 'بزرگ‌نمایی',
  zoomOut: 'کوچک‌نمایی',
  fit: 'نمایش همه',
  legend: 'دسته‌ها',
  events: 'رویدادها',
  close: 'بستن',
  sources: 'منابع',
  newTab: 'در یک زبانهٔ نو باز می‌شود',
  eventCount: events,
  count: (n) => num(L, n),
  separator: '، ',
  loadFailed: (reason) => `خط زمانی بارگذاری نشد: ${reason}`,
  publishSheet: 'این شیت گوگل نشر نشده است. در آن: File > Share > Publish to web، شیت (یا Entire document) و CSV را انتخاب و Publish کنید، سپس آدرس نو را اینجا بگذارید.',
  eventsLeftOut: (n) => `${events(n)} به خاطر اشتباه در معلومات نشان داده نشد.`,
  showing: (range) => `در حال نمایش: ${range}`,
  problemsSummary: (n) => `${plural(L, n, {other: '# مشکل'})} در معلومات`,
  wheelHint: 'برای بزرگ‌نمایی یا کوچک‌نمایی خط زمانی، از Ctrl + اسکرول استفاده کنید',
  search: 'جستجو در رویدادها',
  matches: (shown, total) => `نمایش ${num(L, shown)} از ${events(total)}`,
  sameDay: 'رویدادهای این روز',
  stepGroup: 'رویداد به رویداد',
  previousEvent: 'رویداد قبلی',
  nextEvent: 'رویداد بعدی',
  stepPosition: (n, total) => `${num(L, n)} از ${num(L, total)}`,
  viewImage: 'دیدن تصویر',
  watchOn: (name) => `تماشا در ${name}`,
  listenOn: (name) => `شنیدن در ${name}`,
  viewOn: (name) => `دیدن در ${name}`,
  showHere: (name) => `نمایش در همین‌جا (از ${name} بارگذاری می‌شود)`,
  player: (name) => `پخش‌کنندهٔ ${name}`,
  status: (status) => statusWord(status, 'تأیید شده|گزارش شده|مورد اختلاف|پس گرفته شده'),
  archivedCopy: 'آرشیف',
  accessed: (date) => `دیده‌شده ${date}`,
  sourcesDisagree: 'منابع اختلاف دارند.',
  corrections: 'اصلاحات',
  updated: (time) => (time ? `تازه شده ${time}` : 'تازه شده'),
  // Years of the Gregorian era (Intl writes fa-AF calendar years in the solar hijri calendar), so it is named.
  year: (y) => (y < 1 ? `${yearNumber(L, 1 - y)} پیش از میلاد` : `${yearNumber(L, y)} میلادی`),
  about: (date) => `تقریباً ${date}`,
  possibly: (date) => `احتمالاً ${date}`,
  between: (ends) => `بین ${ends(' و ')}`,
  orLater: (date) => `${date} یا پس از آن`,
  orEarlier: (date) => `${date} یا پیش از آن`,
  // Unspecified digits and seasons are of the Gregorian calendar (EDTF's), so their years are named as such.
  someYears: (y, span) =>
    span === 10 ? `دههٔ ${yearNumber(L, y)} میلادی` : `${yearNumber(L, y)}–${yearNumber(L, y + 99)} میلادی`,
  season: (n, year) => `${['بهار', 'تابستان', 'خزان', 'زمستان'][n - 21]} ${year}`,
  newEvent: 'جدید',
  updatesPaused: 'به‌روزرسانی متوقف شد',
  liveChanges: (added, changed, removed) =>
    [added && `${num(L, added)} رویداد جدید`, changed && `${num(L, changed)} به‌روز شده`, removed && `${num(L, removed)} حذف شده`].filter(Boolean).join('، '),
};
