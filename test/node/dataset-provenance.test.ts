/**
 * Provenance checks for the default dataset, `data/afghanistan-2001-2021.json`,
 * against the fact sheet and source article it was written from
 * (`../shared/sources/` next to the repository).
 *
 * Run with: node --import tsx --test test/node/*.test.ts
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { SOURCE_STATUSES, type TimelineDocument } from '../../src/data/types.js';
import {
  DISAGREEMENT,
  OWN_DATE_IN_NAME,
  OWN_DATE_IN_NOTE,
  URL_STAMP,
  dayExtent,
  statusFromSheet,
  writesDay,
  type FactSheet,
  type SheetDateNote,
  type SheetEvent,
} from './fact-sheet-notes.js';
import { sharedRoot, skipWithoutShared } from './shared-files.js';

const ARTICLE_FILE = 'moscow-talks-article.txt';
const ARTICLE_NAME = 'News Desk report on the Moscow talks';
const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#15171a';
const MIN_CONTRAST = 3;
/** A summary sharing this many consecutive words with the sheet's is not in our own words. */
const MAX_SHARED_RUN = 8;

const repoRoot = new URL('../../', import.meta.url);
const sourcesDir = pathToFileURL(`${sharedRoot}/sources/`);
const skip = skipWithoutShared('the dataset provenance check', [`sources/afghanistan-facts.json`, `sources/${ARTICLE_FILE}`]);

function readRequired(url: URL, what: string): string {
  const path = fileURLToPath(url);
  if (!existsSync(path)) {
    throw new Error(`Missing ${what}: expected a file at ${path}`);
  }
  return readFileSync(path, 'utf8');
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The longest run of consecutive words that two texts share. */
function longestSharedRun(a: string, b: string): { length: number; run: string } {
  const x = words(a);
  const y = words(b);
  let best = { length: 0, run: '' };
  // Dynamic programming over common suffixes.
  let prev = new Array<number>(y.length + 1).fill(0);
  for (let i = 1; i <= x.length; i++) {
    const row = new Array<number>(y.length + 1).fill(0);
    for (let j = 1; j <= y.length; j++) {
      if (x[i - 1] === y[j - 1]) {
        row[j] = prev[j - 1] + 1;
        if (row[j] > best.length) {
          best = { length: row[j], run: x.slice(i - row[j], i).join(' ') };
        }
      }
    }
    prev = row;
  }
  return best;
}

/** WCAG 2 relative luminance of a `#rrggbb` colour. */
function relativeLuminance(hex: string): number {
  const channel = (offset: number): number => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((p, q) => q - p);
  return (hi + 0.05) / (lo + 0.05);
}

// The readings themselves, on notes written like the sheet's: they need no shared files.
describe('reading the fact sheet’s notes', () => {
  const fact: SheetEvent = { id: 'x', date: '2001-11-30', end: '2001-12-17', title: '', summary: '', category: '', sources: [] };

  test('finds the days written in each of the sheet’s forms, with their years where given', () => {
    assert.ok(writesDay('Same-day wire report dated 13 Nov.', '2001-11-13'));
    assert.ok(!writesDay('Same-day wire report dated 13 Nov.', '2001-11-13', true), 'no year was written');
    assert.ok(writesDay("Kabul 'fell on November 12'", '2001-11-12'));
    assert.ok(writesDay('page dated 22.12.2001', '2001-12-22', true));
    assert.ok(writesDay('URL dated 130618; a Tuesday', '2013-06-18', true));
    assert.ok(writesDay('URL dated 2015jul30 (Thursday)', '2015-07-30', true));
    assert.ok(!writesDay('Gives assembly dates 11-19 June 2002.', '2002-06-13'));
    assert.ok(!writesDay('Shows a contact in July 2018.', '2018-07-20'), 'a month and year is not a day');
  });

  test('gives each kind of note its status', () => {
    const status = (confirms: string): string => statusFromSheet({ name: 'n', url: 'https://x', confirms }, fact);
    assert.equal(status('Gives the span 30 Nov - 17 Dec 2001.'), 'confirmed');
    assert.equal(status('Supports the end date of the span (17 Dec 2001).'), 'confirmed');
    assert.equal(status('States date explicitly.'), 'confirmed');
    assert.equal(status('Independent same-day report.'), 'confirmed');
    assert.equal(status("Confirms the escape; gives a later start date (6 Dec)."), 'disputed');
    assert.equal(status('Gives the overall total.'), 'reported');
    assert.equal(status('Confirms the freeze; does not date the freeze.'), 'reported');
    assert.equal(statusFromSheet({ name: 'n', document: 'a.txt', excerpt: 'quoted' }, fact), 'reported');
  });

  test('reads the extent of an exact day, an uncertain day and an interval of days', () => {
    assert.deepEqual(dayExtent('2001-11-13'), ['2001-11-13', '2001-11-13']);
    assert.deepEqual(dayExtent('2001-11-13?'), ['2001-11-13', '2001-11-13']);
    assert.deepEqual(dayExtent('2001-11-12/2001-11-13'), ['2001-11-12', '2001-11-13']);
    assert.equal(dayExtent('2001-11-13/2001-11-12'), undefined, 'an interval that ends before it starts');
    assert.equal(dayExtent('2001-11~'), undefined);
  });
});

describe('data/afghanistan-2001-2021.json provenance', { skip }, () => {
  let sheet: FactSheet;
  let article: string;
  let doc: TimelineDocument;
  let sheetById: Map<string, SheetEvent>;
  /** Events whose date notes report a disagreement between accounts, with those notes. */
  let disputedDates: Map<string, SheetDateNote[]>;

  before(() => {
    sheet = JSON.parse(
      readRequired(new URL('afghanistan-facts.json', sourcesDir), 'fact sheet'),
    ) as FactSheet;
    article = readRequired(new URL(ARTICLE_FILE, sourcesDir), 'source article');
    doc = JSON.parse(
      readRequired(new URL('data/afghanistan-2001-2021.json', repoRoot), 'dataset'),
    ) as TimelineDocument;
    sheetById = new Map(sheet.events.map((e) => [e.id, e]));
    disputedDates = new Map();
    for (const note of sheet.date_notes.filter((n) => DISAGREEMENT.test(n.why))) {
      for (const id of note.event.split(' / ')) {
        disputedDates.set(id, [...(disputedDates.get(id) ?? []), note]);
      }
    }
  });

  test('the fact sheet is the one this test was written for', () => {
    assert.equal(sheet.events.length, 49);
    assert.equal(sheetById.size, 49, 'fact sheet ids are unique');
  });

  test('has exactly the fact sheet’s event ids', () => {
    const ids = doc.events.map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'dataset ids are unique');
    assert.deepEqual([...ids].sort(), [...sheetById.keys()].sort());
  });

  test('categories match the fact sheet exactly', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id);
      assert.ok(fact, `${event.id} is not in the fact sheet`);
      assert.equal(event.category, fact.category, `${event.id}: category`);
    }
  });

  test('the sheet’s notes of disagreement include the three the issue names', () => {
    for (const id of ['fall-of-kabul-2001', 'battle-of-tora-bora', 'operation-anaconda']) {
      assert.ok(disputedDates.has(id), `${id}: its date note should read as a disagreement`);
    }
  });

  test('an event whose date the sheet calls disputed has a soft date around the settled one, and a note', () => {
    for (const [id, notes] of disputedDates) {
      const event = doc.events.find((e) => e.id === id);
      const fact = sheetById.get(id)!;
      assert.ok(event, `${id}: missing`);
      const said = [...notes.map((n) => n.why), fact.date_check ?? ''].join(' ');
      let soft = 0;
      for (const key of ['date', 'end'] as const) {
        const value: string | undefined = event[key];
        const settled = fact[key];
        if (value === settled) continue;
        assert.ok(value !== undefined && settled !== undefined, `${id}: ${key} added or dropped`);
        const extent = dayExtent(value);
        assert.ok(extent, `${id}: ${key} "${value}" is neither an uncertain day nor an interval of days`);
        assert.ok(
          extent[0] <= settled && settled <= extent[1],
          `${id}: ${key} ${value} does not contain the settled ${settled}`,
        );
        for (const bound of extent.filter((day) => day !== settled)) {
          assert.ok(writesDay(said, bound), `${id}: ${key} bound ${bound} is a day the sheet's note does not give`);
        }
        soft++;
      }
      assert.ok(soft > 0, `${id}: the sheet reports a disagreement but the date is exact`);
      const note = event.dateNote ?? '';
      assert.match(note, /^[^.!?]+[.!?]$/, `${id}: dateNote should be one sentence`);
      const shared = longestSharedRun(note, `${said} ${fact.sources.map((src) => src.confirms ?? '').join(' ')}`);
      assert.ok(shared.length < MAX_SHARED_RUN, `${id}: dateNote copies the sheet: "${shared.run}"`);
    }
  });

  test('every other event keeps exactly the fact sheet’s date and end, with no note', () => {
    for (const event of doc.events.filter((e) => !disputedDates.has(e.id))) {
      const fact = sheetById.get(event.id)!;
      assert.equal(event.date, fact.date, `${event.id}: date`);
      assert.equal(event.end, fact.end, `${event.id}: end`);
      assert.equal(event.dateNote, undefined, `${event.id}: dateNote without a disagreement in the sheet`);
    }
  });

  test('every source of the sheet is there, once, and nothing else', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id)!;
      const key = (src: { name: string; url?: string; excerpt?: string }): string =>
        `${src.name}\n${src.url ?? ''}\n${src.excerpt ?? ''}`;
      assert.deepEqual(
        (event.sources ?? []).map(key).sort(),
        fact.sources.map(key).sort(),
        `${event.id}: sources`,
      );
    }
  });

  test('each source’s status follows from the sheet’s note on it', () => {
    const counts = new Map<string, number>();
    for (const event of doc.events) {
      const fact = sheetById.get(event.id)!;
      for (const source of event.sources ?? []) {
        const sheetSource = fact.sources.find(
          (s) => s.name === source.name && s.url === source.url && s.excerpt === source.excerpt,
        )!;
        assert.ok(SOURCE_STATUSES.includes(source.status!), `${event.id}: "${source.name}" status ${source.status}`);
        assert.equal(
          source.status,
          statusFromSheet(sheetSource, fact),
          `${event.id}: "${source.name}" (${sheetSource.confirms ?? 'article excerpt'})`,
        );
        counts.set(source.status!, (counts.get(source.status!) ?? 0) + 1);
      }
    }
    // The rule must tell sources apart, or it says nothing.
    assert.ok((counts.get('confirmed') ?? 0) > 0 && (counts.get('reported') ?? 0) > 0, JSON.stringify([...counts]));
  });

  test('a published date only where the sheet states the page’s own date, and that date', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id)!;
      for (const source of event.sources ?? []) {
        assert.equal(source.archived, undefined, `${event.id}: the sheet gives no archived copies`);
        assert.equal(source.accessed, undefined, `${event.id}: the sheet gives no access dates`);
        if (source.url === undefined) {
          // The article carries no date of its own (its only dates are of events).
          assert.equal(source.published, undefined, `${event.id}: the article states no publication date`);
          continue;
        }
        const sheetSource = fact.sources.find((s) => s.name === source.name && s.url === source.url)!;
        const statements = [
          OWN_DATE_IN_NOTE.exec(sheetSource.confirms ?? ''),
          OWN_DATE_IN_NAME.exec(sheetSource.name),
          URL_STAMP.exec(sheetSource.confirms ?? ''),
        ].flatMap((m) => (m ? [m[0]] : []));
        if (statements.length === 0) {
          assert.equal(source.published, undefined, `${event.id}: "${source.name}" has no stated date of its own`);
          continue;
        }
        assert.match(source.published ?? '', /^\d{4}-\d\d-\d\d$/, `${event.id}: "${source.name}" published`);
        for (const statement of statements) {
          assert.ok(
            writesDay(statement, source.published!, true),
            `${event.id}: "${source.name}" published ${source.published} but the sheet says "${statement}"`,
          );
        }
      }
    }
  });

  test('every linked source of the sheet is cited with the same name and url, and no other', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id)!;
      const expected = fact.sources
        .filter((s) => s.url !== undefined)
        .map((s) => `${s.name}\n${s.url}`)
        .sort();
      const actual = (event.sources ?? [])
        .filter((s) => s.url !== undefined)
        .map((s) => `${s.name}\n${s.url}`)
        .sort();
      assert.deepEqual(actual, expected, `${event.id}: linked sources`);
      for (const source of event.sources ?? []) {
        assert.ok(
          source.url !== undefined || source.excerpt !== undefined,
          `${event.id}: source "${source.name}" has neither url nor excerpt`,
        );
      }
    }
  });

  test('excerpts are verbatim from the article and assigned as in the sheet', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id)!;
      const sheetExcerpts = fact.sources
        .filter((s) => s.document === ARTICLE_FILE && s.excerpt !== undefined)
        .map((s) => s.excerpt!);
      const excerptSources = (event.sources ?? []).filter((s) => s.excerpt !== undefined);
      for (const source of excerptSources) {
        assert.ok(
          article.includes(source.excerpt!),
          `${event.id}: excerpt not found verbatim in ${ARTICLE_FILE}: ${source.excerpt}`,
        );
        assert.ok(
          sheetExcerpts.includes(source.excerpt!),
          `${event.id}: excerpt is not one the sheet gives for this event: ${source.excerpt}`,
        );
        assert.equal(source.name, ARTICLE_NAME, `${event.id}: excerpt source name`);
        assert.equal(source.url, undefined, `${event.id}: excerpt source must carry no url`);
      }
      assert.deepEqual(
        excerptSources.map((s) => s.excerpt).sort(),
        [...sheetExcerpts].sort(),
        `${event.id}: every excerpt of the sheet is present exactly once`,
      );
    }
  });

  test('titles and summaries are in our own words', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id)!;
      assert.ok(event.title.trim().length > 0, `${event.id}: empty title`);
      assert.ok((event.summary ?? '').trim().length > 0, `${event.id}: empty summary`);
      assert.notEqual(event.title, fact.title, `${event.id}: title copied from the sheet`);
      assert.notEqual(event.summary, fact.summary, `${event.id}: summary copied from the sheet`);
      const shared = longestSharedRun(event.summary ?? '', fact.summary);
      assert.ok(
        shared.length < MAX_SHARED_RUN,
        `${event.id}: summary shares ${shared.length} consecutive words with the sheet: "${shared.run}"`,
      );
    }
  });

  test('eras use only dates found in the fact sheet', () => {
    const known = new Set<string>();
    for (const e of sheet.events) {
      known.add(e.date);
      if (e.end !== undefined) known.add(e.end);
    }
    const eras = doc.eras ?? [];
    assert.ok(eras.length >= 4 && eras.length <= 6, `expected 4–6 eras, found ${eras.length}`);
    for (const era of eras) {
      assert.ok(era.title.trim().length > 0, 'era without a title');
      assert.ok(known.has(era.start), `era "${era.title}": start ${era.start} is not a sheet date`);
      assert.ok(known.has(era.end), `era "${era.title}": end ${era.end} is not a sheet date`);
      assert.ok(era.start <= era.end, `era "${era.title}" ends before it starts`);
    }
  });

  test('categories: one per category used, each with a contrasting 6-digit hex colour', () => {
    const categories = doc.categories ?? [];
    const used = new Set(doc.events.map((e) => e.category));
    assert.deepEqual(new Set(categories.map((c) => c.id)), used);
    for (const category of categories) {
      assert.ok(category.label.trim().length > 0, `${category.id}: empty label`);
      const color = category.color ?? '';
      assert.match(color, /^#[0-9a-fA-F]{6}$/, `${category.id}: colour must be #rrggbb`);
      for (const background of [LIGHT_BACKGROUND, DARK_BACKGROUND]) {
        const ratio = contrastRatio(color, background);
        assert.ok(
          ratio >= MIN_CONTRAST,
          `${category.id}: ${color} on ${background} has contrast ${ratio.toFixed(2)}:1, below ${MIN_CONTRAST}:1`,
        );
      }
    }
  });
});
