/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {SOURCE_STATUSES} from '../../src/data/types.js';
import {BUILT_IN_TAGS, EN, loadStrings, needsBuiltInStrings, registerStrings, stringsFor, type UiStrings} from '../../src/format/strings.js';
import {FA_AF} from '../../src/format/strings/fa.js';
import {BUILT_IN_STRINGS} from '../../src/format/strings/languages.js';
import {num, plural} from '../../src/format/strings/plural.js';
import {PS} from '../../src/format/strings/ps.js';
import {RU} from '../../src/format/strings/ru.js';

const LANGUAGES: Record<string, UiStrings> = {ru: RU, 'fa-AF': FA_AF, ps: PS};

/**
 * Keys whose value may equal the English one in a given language. None today:
 * add `{lang: ['key']}` here, with a reason, when identical text is right.
 */
const SAME_AS_ENGLISH: Record<string, readonly string[]> = {
  // Russian writes Latin digits and separates with a comma, as English does.
  ru: ['count', 'separator'],
};

/** Calls every function key with sample arguments, so its output can be compared. */
function rendered(strings: UiStrings): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string') out[key] = value;
    else if (key === 'matches') out[key] = strings.matches(12, 49);
    else if (key === 'status') out[key] = SOURCE_STATUSES.map((status) => strings.status(status)).join('|');
    else if (key === 'loadFailed' || key === 'showing' || key === 'about' || key === 'possibly' || key === 'orLater' || key === 'orEarlier') {
      out[key] = (value as (s: string) => string)('«X»');
    } else if (key === 'between') out[key] = strings.between((and) => `«X»${and}«Y»`, false) + strings.between((and) => `«X»${and}«Y»`, true);
    else if (key === 'someYears') out[key] = strings.someYears(2010, 10) + strings.someYears(2000, 100);
    else if (key === 'season') out[key] = [21, 22, 23, 24].map((n) => strings.season(n, '«Y»')).join();
    else if (key === 'updated') out[key] = `${strings.updated('«T»')}|${strings.updated(undefined)}`;
    else if (key === 'liveChanges') out[key] = strings.liveChanges(2, 1, 1);
    else out[key] = (value as (n: number) => string)(3);
  }
  return out;
}

const LATIN_DIGITS = /[0-9]/;
const PERSIAN_DIGITS = /[۰-۹]/;

describe('UI strings', () => {
  for (const [lang, strings] of Object.entries(LANGUAGES)) {
    describe(lang, () => {
      it('has exactly the keys of English, each of the same kind', () => {
        expect(Object.keys(strings).sort()).to.deep.equal(Object.keys(EN).sort());
        for (const key of Object.keys(EN) as (keyof UiStrings)[]) {
          expect(typeof strings[key], key).to.equal(typeof EN[key]);
        }
      });

      it('leaves nothing empty or in English', () => {
        const english = rendered(EN);
        const own = rendered(strings);
        const allowed = SAME_AS_ENGLISH[lang] ?? [];
        for (const [key, text] of Object.entries(own)) {
          expect(text.trim(), key).not.to.equal('');
          if (!allowed.includes(key)) expect(text, key).not.to.equal(english[key]);
        }
      });

      it('has a word of its own for every source status', () => {
        const words = SOURCE_STATUSES.map((status) => strings.status(status));
        for (const [i, word] of words.entries()) {
          expect(word, SOURCE_STATUSES[i]).to.be.a('string').and.not.equal(SOURCE_STATUSES[i]);
          expect(word.trim(), SOURCE_STATUSES[i]).not.to.equal('');
        }
        expect(new Set(words).size).to.equal(SOURCE_STATUSES.length);
      });

      it('writes no digits into its fixed strings', () => {
        for (const [key, value] of Object.entries(strings)) {
          if (typeof value === 'string') expect(value, key).not.to.match(/[0-9۰-۹٠-٩]/);
        }
      });

      it('passes the reason and range through untouched', () => {
        expect(strings.loadFailed('HTTP 404 /data.json')).to.contain('HTTP 404 /data.json');
        expect(strings.showing('2001–2021')).to.contain('2001–2021');
      });

      it('passes the date through untouched in the words of a soft date', () => {
        for (const key of ['about', 'possibly', 'orLater', 'orEarlier'] as const) expect(strings[key]('«X»'), key).to.contain('«X»');
        for (const nominal of [false, true]) {
          const text = strings.between((and) => `«X»${and}«Y»`, nominal);
          expect(text).to.match(/«X».+«Y»/);
        }
        for (const n of [21, 22, 23, 24]) expect(strings.season(n, '«Y»')).to.contain('«Y»').and.not.contain('undefined');
        expect(new Set([21, 22, 23, 24].map((n) => strings.season(n, '')))).to.have.length(4);
      });

      it('keeps "Ctrl +" in the wheel hint', () => {
        expect(strings.wheelHint).to.contain('Ctrl +');
      });
    });
  }

  describe('English', () => {
    it('counts as before', () => {
      expect(EN.eventCount(1)).to.equal('1 event');
      expect(EN.eventCount(1200)).to.equal('1,200 events');
      expect(EN.eventsLeftOut(1)).to.equal('1 event was left out because of errors in the data.');
      expect(EN.eventsLeftOut(2)).to.equal('2 events were left out because of errors in the data.');
      expect(EN.problemsSummary(1)).to.equal('1 problem in the data');
      expect(EN.matches(12, 49)).to.equal('12 of 49 events shown');
      expect(EN.matches(1, 1)).to.equal('1 of 1 event shown');
    });
  });

  describe('live update words', () => {
    it('says only the counts that are not zero, in the order new, updated, removed', () => {
      expect(EN.liveChanges(2, 1, 1)).to.equal('2 new events, 1 updated, 1 removed');
      expect(EN.liveChanges(1, 0, 0)).to.equal('1 new event');
      expect(EN.liveChanges(0, 3, 0)).to.equal('3 updated');
      expect(EN.liveChanges(0, 0, 2)).to.equal('2 removed');
      expect(EN.updated('14:05')).to.equal('Updated 14:05');
      expect(EN.updated(undefined)).to.equal('Updated');
    });

    it('counts new events with Russian plural forms', () => {
      expect(RU.liveChanges(1, 0, 0)).to.equal('1 новое событие');
      expect(RU.liveChanges(3, 0, 0)).to.equal('3 новых события');
      expect(RU.liveChanges(5, 2, 1)).to.equal('5 новых событий, обновлено: 2, удалено: 1');
    });

    it('writes Persian digits and the Arabic comma in Dari and Pashto', () => {
      for (const strings of [FA_AF, PS]) {
        const text = strings.liveChanges(2, 1, 1);
        expect(text).not.to.match(LATIN_DIGITS);
        expect(text.split('، ')).to.have.length(3);
      }
      expect(PS.liveChanges(1, 0, 0)).to.equal('۱ نوې پېښه');
      expect(PS.liveChanges(2, 0, 0)).to.equal('۲ نوې پېښې');
    });
  });

  describe('Russian plural forms', () => {
    it('counts events with событие / события / событий', () => {
      const expected: [number, string][] = [
        [1, '1 событие'], [2, '2 события'], [5, '5 событий'], [11, '11 событий'],
        [21, '21 событие'], [22, '22 события'], [25, '25 событий'], [0, '0 событий'], [111, '111 событий'],
      ];
      for (const [n, text] of expected) expect(RU.eventCount(n), String(n)).to.equal(text);
    });

    it('agrees the verb and puts "из N" in the genitive', () => {
      expect(RU.eventsLeftOut(1)).to.equal('1 событие пропущено из-за ошибок в данных.');
      expect(RU.eventsLeftOut(3)).to.equal('3 события пропущены из-за ошибок в данных.');
      expect(RU.eventsLeftOut(5)).to.equal('5 событий пропущено из-за ошибок в данных.');
      expect(RU.problemsSummary(2)).to.equal('2 ошибки в данных');
      expect(RU.problemsSummary(11)).to.equal('11 ошибок в данных');
      expect(RU.matches(12, 49)).to.equal('Показано 12 из 49 событий');
      expect(RU.matches(1, 21)).to.equal('Показано 1 из 21 события');
      expect(RU.matches(2, 2)).to.equal('Показано 2 из 2 событий');
    });

    it('groups thousands the Russian way', () => {
      // A no-break space (U+00A0 or U+202F, by engine) between thousands.
      expect(RU.eventCount(12345)).to.match(/^12[\u00a0\u202f ]345 событий$/);
    });
  });

  describe('Dari and Pashto numbers', () => {
    // Both engines give Eastern Arabic-Indic (Persian) digits for fa-AF. For ps,
    // Firefox does too, but Chromium has no Pashto number data (it falls back to
    // English, "49"), so ps.ts names the numbering system; the output is the same.
    it('formats 49 as ۴۹ in Dari through Intl', () => {
      expect((49).toLocaleString('fa-AF')).to.equal('۴۹');
      expect(FA_AF.eventCount(49)).to.equal('۴۹ رویداد');
      expect(FA_AF.matches(12, 49)).to.contain('۱۲').and.contain('۴۹');
    });

    it('formats 49 as ۴۹ in Pashto through Intl', () => {
      expect((49).toLocaleString('ps', {numberingSystem: 'arabext'})).to.equal('۴۹');
      expect(PS.eventCount(49)).to.equal('۴۹ پېښې');
      expect(PS.matches(12, 49)).to.contain('۱۲').and.contain('۴۹');
    });

    it('shows no Latin digits in any counted message', () => {
      for (const strings of [FA_AF, PS]) {
        for (const text of [strings.eventCount(49), strings.eventsLeftOut(1234), strings.problemsSummary(7), strings.matches(12, 49)]) {
          expect(text).not.to.match(LATIN_DIGITS);
          expect(text).to.match(PERSIAN_DIGITS);
        }
      }
    });

    it('uses the Pashto singular for one and the plural for more', () => {
      expect(PS.eventCount(1)).to.equal('۱ پېښه');
      expect(PS.eventCount(2)).to.equal('۲ پېښې');
      expect(PS.eventsLeftOut(1)).to.match(/شوه\.$/);
      expect(PS.eventsLeftOut(2)).to.match(/شوې\.$/);
      expect(PS.matches(1, 1)).to.contain('له ۱ پېښې څخه');
      expect(PS.matches(3, 5)).to.contain('له ۵ پېښو څخه');
    });
  });

  describe('plural()', () => {
    it('picks the form with Intl.PluralRules and falls back to other', () => {
      const forms = {one: '# one', few: '# few', many: '# many', other: '# other'};
      expect(plural('ru', 1, forms)).to.equal('1 one');
      expect(plural('ru', 3, forms)).to.equal('3 few');
      expect(plural('ru', 7, forms)).to.equal('7 many');
      expect(plural('ru', 1.5, forms)).to.equal('1,5 other');
      expect(plural('ru', 3, {other: '# only'})).to.equal('3 only');
      expect(plural('en', 2, {one: '# a', other: '#/#'})).to.equal('2/2');
    });
  });

  describe('num()', () => {
    it('keeps one formatter per locale and options, never mixing them', () => {
      expect(num('en', 1234.5)).to.equal('1,234.5');
      expect(num('en', 3, {minimumFractionDigits: 1})).to.equal('3.0');
      expect(num('en', 3)).to.equal('3');
      expect(num('ru', 1234.5)).to.equal((1234.5).toLocaleString('ru'));
      expect(num('fa-AF', 49)).to.equal('۴۹');
      expect(num('en', 49)).to.equal('49');
    });
  });

  // In this order: the built-in translations beyond English are not loaded until the second test.
  describe('stringsFor and loadStrings', () => {
    it('knows English and registered languages; the other built-ins wait for loadStrings', () => {
      expect(stringsFor('ru')).to.equal(EN);
      expect(stringsFor('fa-AF')).to.equal(EN);
      expect(needsBuiltInStrings('ru-RU')).to.equal(true);
      expect(needsBuiltInStrings('PRS')).to.equal(true);
      expect(needsBuiltInStrings('en-GB')).to.equal(false);
      expect(needsBuiltInStrings('de')).to.equal(false);
      expect(needsBuiltInStrings(undefined)).to.equal(false);
      // A page's own Pashto wins over the built-in one, before and after it loads.
      registerStrings('ps', {...PS, close: 'بندول (د پاڼې)'});
      expect(needsBuiltInStrings('ps-AF')).to.equal(false);
    });

    it('loads them, then finds the exact tag, then the primary subtag, then English', async () => {
      expect(await loadStrings('ru-RU')).to.equal(RU);
      expect(needsBuiltInStrings('fa')).to.equal(false);
      expect(stringsFor('ru')).to.equal(RU);
      expect(stringsFor('ru-RU')).to.equal(RU);
      expect(stringsFor('RU-ru')).to.equal(RU);
      expect(stringsFor('fa-AF')).to.equal(FA_AF);
      expect(stringsFor('fa')).to.equal(FA_AF);
      expect(stringsFor('prs')).to.equal(FA_AF);
      expect(stringsFor('prs-AF')).to.equal(FA_AF);
      expect(stringsFor('ps-AF').close).to.equal('بندول (د پاڼې)');
      expect(stringsFor('en-GB')).to.equal(EN);
      expect(stringsFor('de')).to.equal(EN);
      expect(stringsFor('')).to.equal(EN);
      expect(stringsFor(undefined)).to.equal(EN);
      expect(await loadStrings('de')).to.equal(EN);
    });

    it('lists in BUILT_IN_TAGS exactly the tags the part holds', () => {
      expect([...BUILT_IN_TAGS].sort()).to.deep.equal(Object.keys(BUILT_IN_STRINGS).sort());
    });
  });

  describe('registerStrings', () => {
    const tag = 'qaa'; // reserved for local use: no real language
    const made: UiStrings = {...EN, loading: 'Cargando…', eventCount: (n) => `${n.toLocaleString('es')} acontecimientos`};

    it('adds a language that a later stringsFor returns, by tag and by subtag', () => {
      expect(stringsFor(tag)).to.equal(EN);
      registerStrings(tag, made);
      expect(stringsFor(tag).loading).to.equal('Cargando…');
      expect(stringsFor(`${tag}-region`).eventCount(3)).to.equal('3 acontecimientos');
      expect(stringsFor('QAA').loading).to.equal('Cargando…');
    });

    it('fills keys a page left out with English', () => {
      registerStrings('qab', {loading: 'Laden…'} as unknown as UiStrings);
      const got = stringsFor('qab');
      expect(got.loading).to.equal('Laden…');
      expect(got.retry).to.equal(EN.retry);
      expect(got.eventCount(2)).to.equal('2 events');
    });

    it('can give a region its own strings without touching the others', () => {
      registerStrings('ru-UA', {...RU, close: 'Закрыть окно'});
      expect(stringsFor('ru-UA').close).to.equal('Закрыть окно');
      expect(stringsFor('ru').close).to.equal(RU.close);
    });

    it('refuses an empty tag', () => {
      expect(() => registerStrings('  ', EN)).to.throw(TypeError);
    });
  });
});

describe('cluster counts and name separators', () => {
  it('write counts in each language\'s digits and join with its comma', () => {
    expect(EN.count(1234)).to.equal('1,234');
    expect(RU.count(1234)).to.equal(1234 .toLocaleString('ru'));
    expect(FA_AF.count(22)).to.equal('۲۲');
    expect(PS.count(22)).to.equal('۲۲');
    expect(EN.separator).to.equal(', ');
    expect(FA_AF.separator).to.equal('، ');
    expect(PS.separator).to.equal('، ');
  });
});
