/// <reference types="node" />
/**
 * Our EDTF reader (src/data/edtf.ts) against the npm `edtf` package, the
 * reference implementation, on a few thousand generated dates of every form.
 * `edtf` gives inclusive `min`/`max` in ms; our `end` is exclusive, so its
 * `max` is our `end - 1`.
 *
 * Deliberate differences, each tested below:
 * - Seasons 25–41 are level 2, which we do not read.
 * - A season as an end of an interval: `edtf` v4 rejects it; we read it.
 * - A season, or an unspecified month or day, of a negative year: `edtf`
 *   gives it an extent outside the year written.
 * - An unknown or open end: `edtf` stretches the extent to its epoch or to
 *   infinity; we keep the extent of the end given (the moment lies there or
 *   beyond, and a timeline cannot draw infinity).
 */
import assert from 'node:assert/strict';
import {test} from 'node:test';
import edtf from 'edtf';
import {parseEdtf} from '../../src/data/edtf.js';
import type {PartialDate} from '../../src/data/types.js';

/** mulberry32: a small seeded PRNG, so a failure can be reproduced. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(16);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
const int = (low: number, high: number) => low + Math.floor(next() * (high - low + 1));
const pad = (n: number, width: number) => String(n).padStart(width, '0');
const year = () => (next() < 0.15 ? `-${pad(int(1, 9999), 4)}` : pad(pick([int(1, 9999), 2000, 1900, 2024, 1600]), 4));
const isLeap = (y: number) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);

/** A level 0/1 date (not an interval) with no qualifier. */
function plainDate(): string {
  const y = year();
  switch (int(0, 6)) {
    case 0: return y;
    case 1: return `${y}-${pad(int(1, 12), 2)}`;
    case 2: {
      const leap = isLeap(Number(y));
      const day = next() < 0.2 ? (leap ? 29 : 28) : int(1, 28);
      return `${y}-${next() < 0.2 ? '02' : pad(int(1, 12), 2)}-${pad(day, 2)}`;
    }
    case 3: return `${y}-${int(21, 24)}`;
    case 4: return `${y.slice(0, -1)}X`;
    case 5: return pick([`${y}-XX`, `${y}-${pad(int(1, 12), 2)}-XX`, `${y}-XX-XX`, `${y.slice(0, -2)}XX`]);
    default: return `${y}-${pad(int(1, 12), 2)}-${pad(int(1, 28), 2)}`;
  }
}

const qualified = () => plainDate() + pick(['', '', '?', '~', '%']);

/** edtf reads a season, or an unspecified month or day, of a negative year with a bogus extent; we read it as written. */
const negativeSeason = (text: string) => /(^|\/)-\d{4}-2[1-4]/.test(text) || /(^|\/)-\d{4}-(XX|\d\d-XX)/.test(text);

/**
 * edtf v4 takes no season and some unspecified digits as an end of an
 * interval; we do (`2021-21/2021-22`, `200X/2024?`), as level 1 lets each end be a level 1 date.
 */
const seasonInInterval = (text: string) => text.includes('/') && (text.includes('X') || /(^|\/)-?\d{4}-2[1-4]($|\/)/.test(text));

function generate(): string {
  if (next() < 0.3) {
    const a = qualified();
    const b = qualified();
    const [first, second] = (parsed(a)?.start ?? 0) <= (parsed(b)?.start ?? 0) ? [a, b] : [b, a];
    return `${first}/${second}`;
  }
  // Open (`..`) and unknown (empty) ends, at either side.
  if (next() < 0.1) return next() < 0.5 ? `${qualified()}/${pick(['', '..'])}` : `${pick(['', '..'])}/${qualified()}`;
  return qualified();
}

function parsed(text: string): PartialDate | undefined {
  const date = parseEdtf(text);
  return typeof date === 'string' ? undefined : date;
}

const flags = (date: PartialDate) => ({uncertain: Boolean(date.uncertain), approximate: Boolean(date.approximate)});

test('generated EDTF dates agree with the edtf package on extent, qualifiers and iso', () => {
  let compared = 0;
  for (let i = 0; i < 6000; i++) {
    const text = generate();
    if (negativeSeason(text)) continue;
    const ours = parseEdtf(text);
    // Reject what the reference rejects: a season of a negative year, for one, which edtf reads.
    let reference: ReturnType<typeof edtf>;
    try {
      reference = edtf(text);
    } catch {
      if (seasonInInterval(text)) continue;
      assert.equal(typeof ours, 'string', `edtf rejects "${text}", and so must we`);
      continue;
    }
    assert.notEqual(typeof ours, 'string', `"${text}": ${String(ours)}`);
    const date = ours as PartialDate;
    assert.equal(date.iso, text);
    // Where an end is open or unknown, edtf stretches the extent (tested below); the end given must agree.
    if (!date.between || date.between.from) assert.equal(date.start, reference.min, `start of "${text}"`);
    if (!date.between || date.between.to) assert.equal(date.end - 1, reference.max, `end of "${text}"`);
    if (date.between) {
      const ends = [date.between.from, date.between.to];
      const [lower, upper] = [reference.lower, reference.upper] as Array<{uncertain: {value: number}; approximate: {value: number}}>;
      if (ends[0]) assert.deepEqual(flags(ends[0]), {uncertain: Boolean(lower.uncertain.value), approximate: Boolean(lower.approximate.value)}, `from of "${text}"`);
      if (ends[1]) assert.deepEqual(flags(ends[1]), {uncertain: Boolean(upper.uncertain.value), approximate: Boolean(upper.approximate.value)}, `to of "${text}"`);
    } else {
      const r = reference as unknown as {uncertain: {value: number}; approximate: {value: number}};
      assert.deepEqual(flags(date), {uncertain: Boolean(r.uncertain.value), approximate: Boolean(r.approximate.value)}, `qualifiers of "${text}"`);
    }
    compared++;
  }
  assert.ok(compared > 3000, `compared ${compared}`);
});

test('invalid dates are rejected by both', () => {
  for (const text of ['2021-02-30', '2021-02-30?', '2021-13', '201X?', '2021-XX~', '2021-21%', '2021?~', '2001-11-13/2001-11-12', '2021//2022', 'Y12', '1985-04-12T23:20:30Z?']) {
    assert.throws(() => edtf(text), `edtf accepts "${text}"`);
    assert.equal(typeof parseEdtf(text), 'string', `we accept "${text}"`);
  }
});

test('level 2 forms are not read: seasons 25 to 41 (edtf reads them)', () => {
  assert.equal(edtf('2021-25').min, Date.UTC(2021, 0));
  assert.match(String(parseEdtf('2021-25')), /not a valid date/);
  assert.equal(edtf('2X21').min, Date.UTC(2021, 0));
  assert.match(String(parseEdtf('2X21')), /unspecified digits are written/);
  assert.equal(edtf('2021-XX-12').min, Date.UTC(2021, 0, 12));
  assert.match(String(parseEdtf('2021-XX-12')), /day of an unspecified month/);
});

test('a season or unspecified digits may end an interval (edtf v4 rejects them)', () => {
  assert.throws(() => edtf('2021-21/2021-22'));
  assert.throws(() => edtf('200X/2024?'));
  assert.deepEqual([parsed('200X/2024?')!.start, parsed('200X/2024?')!.end], [Date.UTC(2000, 0), Date.UTC(2025, 0)]);
  assert.deepEqual([parsed('2021-21/2021-22')!.start, parsed('2021-21/2021-22')!.end], [Date.UTC(2021, 0), Date.UTC(2021, 6)]);
});

test('a season of a negative year covers its quarter of that year (edtf misreads it), and so is a negative year\'s unspecified month', () => {
  const date = parsed('-2021-22')!;
  assert.deepEqual([date.start, date.end], [Date.UTC(-2021, 3), Date.UTC(-2021, 6)]);
  assert.notEqual(edtf('-2021-22').max, date.end - 1);
  const month = parsed('-3658-XX')!;
  assert.equal(month.start, Date.UTC(-3658, 0));
  assert.notEqual(edtf('-3658-XX').min, month.start);
});

test('open and unknown ends keep the extent of the end given (edtf stretches it)', () => {
  const open = parsed('2021-08/..')!;
  assert.equal(edtf('2021-08/..').max, Infinity);
  assert.equal(open.end, Date.UTC(2021, 8));
  assert.equal(parsed('/2021')!.start, Date.UTC(2021, 0));
  assert.equal(edtf('../2021').min, -Infinity);
  assert.deepEqual([parsed('../2021')!.start, parsed('../2021')!.end], [Date.UTC(2021, 0), Date.UTC(2022, 0)]);
});
