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

import type { TimelineDocument } from '../../src/data/types.js';
import { sharedRoot, skipWithoutShared } from './shared-files.js';

const ARTICLE_FILE = 'moscow-talks-article.txt';
const ARTICLE_NAME = 'News Desk report on the Moscow talks';
const LIGHT_BACKGROUND = '#ffffff';
const DARK_BACKGROUND = '#15171a';
const MIN_CONTRAST = 3;
/** A summary sharing this many consecutive words with the sheet's is not in our own words. */
const MAX_SHARED_RUN = 8;

interface SheetSource {
  name: string;
  url?: string;
  document?: string;
  excerpt?: string;
  confirms?: string;
}

interface SheetEvent {
  id: string;
  date: string;
  end?: string;
  title: string;
  summary: string;
  category: string;
  sources: SheetSource[];
}

interface FactSheet {
  events: SheetEvent[];
}

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

describe('data/afghanistan-2001-2021.json provenance', { skip }, () => {
  let sheet: FactSheet;
  let article: string;
  let doc: TimelineDocument;
  let sheetById: Map<string, SheetEvent>;

  before(() => {
    sheet = JSON.parse(
      readRequired(new URL('afghanistan-facts.json', sourcesDir), 'fact sheet'),
    ) as FactSheet;
    article = readRequired(new URL(ARTICLE_FILE, sourcesDir), 'source article');
    doc = JSON.parse(
      readRequired(new URL('data/afghanistan-2001-2021.json', repoRoot), 'dataset'),
    ) as TimelineDocument;
    sheetById = new Map(sheet.events.map((e) => [e.id, e]));
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

  test('dates, ends and categories match the fact sheet exactly', () => {
    for (const event of doc.events) {
      const fact = sheetById.get(event.id);
      assert.ok(fact, `${event.id} is not in the fact sheet`);
      assert.equal(event.date, fact.date, `${event.id}: date`);
      assert.equal(event.end, fact.end, `${event.id}: end`);
      assert.equal(event.category, fact.category, `${event.id}: category`);
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
        assert.equal(source.published, undefined, `${event.id}: no invented publication date`);
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
