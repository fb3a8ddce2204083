import type {UiStrings} from '../strings.js';
import {num, plural} from './plural.js';
import {statusWord} from './status-word.js';
import {yearNumber} from './year-number.js';

const L = 'ru';

/** Russian. Counted nouns take the one/few/many forms (1 событие, 2 события, 5 событий, 21 событие). */
export const RU: UiStrings = {
  loading: 'Загрузка хронологии…',
  retry: 'Повторить',
  empty: 'В этой хронологии пока нет событий.',
  zoomGroup: 'Масштаб',
  zoomIn: 'Увеличить',
  zoomOut: 'Уменьшить',
  fit: 'Показать всё',
  legend: 'Категории',
  events: 'События',
  close: 'Закрыть',
  sources: 'Источники',
  newTab: 'откроется в новой вкладке',
  eventCount: (n) => plural(L, n, {one: '# событие', few: '# события', many: '# событий', other: '# события'}),
  count: (n) => num(L, n),
  separator: ', ',
  loadFailed: (reason) => `Не удалось загрузить хронологию: ${reason}`,
  publishSheet: 'Google-таблица не опубликована. В ней: «Файл > Поделиться > Опубликовать в интернете», выберите лист (или «Весь документ») и CSV, «Опубликовать», затем вставьте новый адрес.',
  eventsLeftOut: (n) =>
    plural(L, n, {
      one: '# событие пропущено из-за ошибок в данных.',
      few: '# события пропущены из-за ошибок в данных.',
      many: '# событий пропущено из-за ошибок в данных.',
      other: '# события пропущено из-за ошибок в данных.',
    }),
  showing: (range) => `Показан период: ${range}`,
  problemsSummary: (n) =>
    plural(L, n, {one: '# ошибка в данных', few: '# ошибки в данных', many: '# ошибок в данных', other: '# ошибки в данных'}),
  wheelHint: 'Чтобы изменить масштаб хронологии, используйте Ctrl + прокрутку',
  search: 'Поиск событий',
  // «из N …» takes the genitive: из 1 события, из 21 события, but из 2, 5, 49 событий.
  matches: (shown, total) => `Показано ${num(L, shown)} из ${plural(L, total, {one: '# события', other: '# событий'})}`,
  sameDay: 'События этого дня',
  stepGroup: 'По событиям',
  previousEvent: 'Предыдущее событие',
  nextEvent: 'Следующее событие',
  stepPosition: (n, total) => `${num(L, n)} из ${num(L, total)}`,
  viewImage: 'Открыть изображение',
  // «на YouTube»: the service's name is not declined.
  watchOn: (name) => `Смотреть на ${name}`,
  listenOn: (name) => `Слушать на ${name}`,
  viewOn: (name) => `Открыть на ${name}`,
  showHere: (name) => `Показать здесь (загрузка с ${name})`,
  player: (name) => `Проигрыватель ${name}`,
  status: (status) => statusWord(status, 'подтверждено|сообщается|оспорено|отозвано'),
  archivedCopy: 'архив',
  accessed: (date) => `просмотрено ${date}`,
  sourcesDisagree: 'Источники расходятся.',
  corrections: 'Исправления',
  updated: (time) => (time ? `Обновлено ${time}` : 'Обновлено'),
  year: (y) => (y < 1 ? `${yearNumber(L, 1 - y)} до н. э.` : `${yearNumber(L, y)} г.`),
  // «около» and «между» would decline a month Intl writes in the nominative (ноябрь 2001 г.): phrasings that need no case.
  about: (date) => `приблизительно: ${date}`,
  possibly: (date) => `возможно, ${date}`,
  // Days and years read after «между» as Intl writes them (между 12 и 13 ноября 2001 г., между 2001 и 2003); months would not.
  between: (ends, nominal) => (nominal ? `${ends(' – ')} (точная дата неизвестна)` : `между ${ends(' и ')}`),
  orLater: (date) => `${date} или позже`,
  orEarlier: (date) => `${date} или раньше`,
  someYears: (y, span) => (span === 10 ? `${yearNumber(L, y)}-е гг.` : `${yearNumber(L, y)}–${yearNumber(L, y + 99)} гг.`),
  season: (n, year) => `${['весна', 'лето', 'осень', 'зима'][n - 21]} ${year}`,
  newEvent: 'Новое',
  updatesPaused: 'Обновления приостановлены',
  liveChanges: (added, changed, removed) =>
    [
      added && plural(L, added, {one: '# новое событие', few: '# новых события', many: '# новых событий', other: '# новых события'}),
      changed && `обновлено: ${num(L, changed)}`,
      removed && `удалено: ${num(L, removed)}`,
    ].filter(Boolean).join(', '),
};
