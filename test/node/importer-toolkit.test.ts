/// <reference types="node" />
// The helpers the three readers share (JSON: parse-native.ts, TimelineJS3:
// timelinejs.ts, CSV: csv.ts): ids, categories, clipping, the text checks and
// the reading of a converted file; and that the readers use them, so that the
// same input gets the same id, category and message from each.
// Run with: node --import tsx --test test/node/importer-toolkit.test.ts
import assert from 'node:assert/strict';
import {readdirSync, readFileSync} from 'node:fs';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {clip, clipText} from '../../src/data/clip.js';
import {parseTimelineCsv} from '../../src/data/parse-timeline-text.js';
import {emptyOrHtml, withoutBom} from '../../src/data/file-text.js';
import {createCategoryList, createUniqueIds, deriveEventId, slug} from '../../src/data/ids.js';
import {isObject} from '../../src/data/is-object.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {fromTimelineJS} from '../../src/data/timelinejs.js';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const settings = (numRuns: number) => ({numRuns, ...(seed !== undefined && {seed})});

const isHighSurrogate = (unit: string | undefined) => unit !== undefined && /[\uD800-\uDBFF]/.test(unit);

describe('clipText', () => {
  it('returns text within the limit as it is', () => {
    fc.assert(fc.property(fc.string({maxLength: 40}), fc.integer({min: 0, max: 40}), (text, extra) => {
      assert.equal(clipText(text, text.length + extra), text);
      assert.equal(clipText(text, text.length + extra, true), text);
    }), settings(200));
  });

  it('keeps a prefix of at most the limit, ends in an ellipsis, and never splits a surrogate pair', () => {
    fc.assert(fc.property(fc.string({unit: 'binary', minLength: 2, maxLength: 80}), fc.integer({min: 1, max: 79}), fc.boolean(), (text, limit, atWord) => {
      fc.pre(text.length > limit);
      const clipped = clipText(text, limit, atWord);
      assert.ok(clipped.endsWith('…'), clipped);
      const kept = clipped.slice(0, -1);
      assert.ok(kept.length <= limit);
      assert.ok(text.startsWith(kept));
      assert.ok(!isHighSurrogate(kept[kept.length - 1]) || !/[\uDC00-\uDFFF]/.test(text[kept.length]), 'a surrogate pair was split');
    }), settings(500));
  });

  it('cuts a pair before it rather than through it', () => {
    const text = `${'a'.repeat(9)}\u{1F4F0}bc`;
    assert.equal(clipText(text, 10), `${'a'.repeat(9)}…`);
    assert.equal(clipText(text, 11), `${'a'.repeat(9)}\u{1F4F0}…`);
  });

  it('with atWord, cuts at the last space in the second half and drops the punctuation before it', () => {
    const words = 'The Taliban take Kabul, and the president leaves the country; the airlift begins';
    assert.equal(clipText(words, 40, true), 'The Taliban take Kabul, and the…');
    assert.equal(clipText(words, 24, true), 'The Taliban take Kabul…');
    // No space in the second half: cut at the limit, as without atWord.
    assert.equal(clipText('a b'.padEnd(30, 'x'), 10, true), clipText('a b'.padEnd(30, 'x'), 10));
  });
});

describe('clip', () => {
  it('quotes on one line, at most 60 units by default', () => {
    fc.assert(fc.property(fc.string({maxLength: 200}), (text) => {
      const quoted = clip(text);
      assert.ok(!/\s\s|[\n\r\t]/.test(quoted), JSON.stringify(quoted));
      assert.equal(quoted, clipText(text.replace(/\s+/g, ' '), 60));
    }), settings(300));
  });
});

describe('slug and deriveEventId', () => {
  it('makes lower-case ASCII words joined by hyphens, at most 60 characters, or the fallback', () => {
    fc.assert(fc.property(fc.string({maxLength: 100}), fc.constantFrom('event', 'group', 'category'), (text, fallback) => {
      const made = slug(text, fallback);
      assert.ok(made === fallback || /^[a-z0-9]+(-[a-z0-9]+)*-?$/.test(made), made);
      assert.ok(made.length <= 60);
    }), settings(300));
    assert.equal(slug('Доха', 'group'), 'group');
    assert.equal(deriveEventId('2020-02-29', 'Doha Agreement'), slug('2020-02-29 Doha Agreement'));
  });
});

describe('createUniqueIds', () => {
  it('gives the base when free, else the first free numbered one', () => {
    fc.assert(fc.property(fc.integer({min: 0, max: 6}), fc.integer({min: 1, max: 6}), (before, gap) => {
      const given = ['base', ...Array.from({length: before}, (_, i) => `base-${i + 2}`), `base-${before + 2 + gap}`];
      const claim = createUniqueIds(given);
      assert.equal(claim('base'), `base-${before + 2}`);
      assert.equal(claim('other'), 'other');
      assert.equal(claim('other'), 'other-2');
    }), settings(100));
  });

  it('never gives an id that was given or claimed before', () => {
    const title = fc.constantFrom('Doha', 'Kabul falls', 'Kabul falls!', '');
    fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom('2020', '2021-08-15'), title), {maxLength: 30}), fc.array(fc.string({maxLength: 8})), (events, extra) => {
      const given = [...extra, '2020-doha', '2020-doha-2'];
      const claim = createUniqueIds(given);
      const made = events.map(([date, t]) => claim(deriveEventId(date, t)));
      assert.equal(new Set(made).size, made.length, 'made twice');
      for (const id of made) assert.ok(!given.includes(id), `${id} was given`);
      made.forEach((id, i) => assert.ok(id.startsWith(deriveEventId(...events[i])), id));
    }), settings(200));
  });
});

describe('createCategoryList', () => {
  it('declares each id once, in the order first added, and says which adds were new', () => {
    const categories = createCategoryList();
    const labels = ['Diplomacy', 'Military', 'diplomacy', 'Военные', 'Diplomacy', 'Гуманитарные'];
    const added = labels.map((label) => categories.add({id: slug(label, 'category'), label}));
    const ids = labels.map((label) => slug(label, 'category'));
    assert.deepEqual(added, ids.map((id, i) => ids.indexOf(id) === i));
    assert.deepEqual(categories.categories.map((c) => c.id), [...new Set(ids)]);
    for (const category of categories.categories) assert.equal(category.label, labels[ids.indexOf(category.id)]);
  });
});

describe('the text checks', () => {
  it('withoutBom drops a leading byte order mark only', () => {
    assert.equal(withoutBom('\uFEFFa\uFEFF'), 'a\uFEFF');
    assert.equal(withoutBom('a'), 'a');
  });

  it('emptyOrHtml names an empty file and an HTML page, and nothing else', () => {
    fc.assert(fc.property(fc.string({maxLength: 30}), fc.constantFrom('JSON', 'CSV') as fc.Arbitrary<'JSON' | 'CSV'>, (text, format) => {
      const problem = emptyOrHtml(text, format, 'a timeline');
      const start = text.trimStart();
      if (!start) assert.equal(problem, 'the file is empty; expected a timeline');
      else if (start.startsWith('<')) assert.match(problem ?? '', new RegExp(`HTML page, not ${format}`));
      else assert.equal(problem, undefined);
    }), settings(200));
  });

  it('isObject is true for objects only', () => {
    for (const value of [null, [], 'x', 1, undefined, true]) assert.equal(isObject(value), false, String(value));
    assert.equal(isObject({}), true);
  });
});

describe('the three readers share the toolkit', () => {
  it('make the same id for an event without one, and the same category id for a label', () => {
    fc.assert(fc.property(
      fc.constantFrom('2001-10-07', '2021-08', '1996'),
      fc.string({minLength: 1, maxLength: 40}).filter((t) => /[A-Za-z]/.test(t) && !/[",\n\r<>&;]/.test(t)),
      fc.constantFrom('Diplomacy', 'Military Action', 'Аid'),
      (date, title, label) => {
        const json = parseTimeline({title: 'T', events: [{date, title: title.trim()}]}).timeline!.events[0];
        const csv = parseTimelineCsv(`date,title,category\n${date},${title},${label}\n`, {title: 'T'}).timeline!.events[0];
        const [year, month, day] = date.split('-').map(Number);
        const tjs = fromTimelineJS({events: [{start_date: {year, ...(month && {month}), ...(day && {day})}, text: {headline: title}, group: label}]}).document.events[0];
        assert.equal(csv.id, json.id);
        assert.equal(tjs.id, json.id);
        assert.equal(csv.category, slug(label, 'category'));
        assert.equal(tjs.category, slug(label, 'group'));
      },
    ), settings(100));
  });

  it('quote a long bad address the same way, on one line', () => {
    const url = `ftp://example.org/${'x'.repeat(100)}\nmore`;
    const json = parseTimeline({title: 'T', events: [{date: '2020', title: 'A', sources: [{name: 'S', url}]}]});
    const tjs = fromTimelineJS({events: [{start_date: {year: 2020}, text: {headline: 'A'}, media: {url}}]});
    const quoted = `"${clip(url)}"`;
    assert.ok(json.problems.some((p) => p.message.startsWith(`${quoted} is not an http(s) address`)), JSON.stringify(json.problems));
    assert.ok(tjs.problems.some((p) => p.message.startsWith(`${quoted} is not an http(s) address`)), JSON.stringify(tjs.problems));
  });

  it('keep no URL pattern, clipping or id-numbering of their own', () => {
    const dir = new URL('../../src/data/', import.meta.url);
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const source = readFileSync(new URL(file, dir), 'utf8');
      if (file !== 'links.ts') assert.doesNotMatch(source, /https\?/, `${file} checks links itself; use isHttpUrl or hostName from links.ts`);
      if (file !== 'clip.ts') assert.doesNotMatch(source, /function clip|\.slice\(0, \d+\)\}…/, `${file} clips text itself; use clip.ts`);
      if (file !== 'ids.ts') assert.doesNotMatch(source, /`\$\{\w+\}-\$\{n\}`/, `${file} numbers ids itself; use createUniqueIds`);
      if (file !== 'is-object.ts') assert.doesNotMatch(source, /const isObject =/, `${file} has its own isObject`);
    }
  });
});
