/// <reference types="node" />
// parseJsonSteps must be JSON.parse in slices: the same value for every JSON
// text, a SyntaxError for every text JSON.parse rejects. Run with:
//   node --import tsx --test test/node/parse-json-steps.test.ts
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import fc from 'fast-check';
import {parseJsonSteps} from '../../src/data/parse-json-steps.js';
import type {Steps} from '../../src/steps/steps.js';

const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const settings = (numRuns: number) => ({numRuns, ...(seed !== undefined && {seed})});

/** Runs the steps to the end, counting the yields. */
function run<T>(steps: Steps<T>): {value: T; yields: number} {
  let yields = 0;
  for (;;) {
    const next = steps.next();
    if (next.done) return {value: next.value, yields};
    yields++;
  }
}

/** What JSON.parse makes of the text: the value, or that it threw a SyntaxError. */
function expected(text: string): {value: unknown} | 'throws' {
  try {
    return {value: JSON.parse(text)};
  } catch (error) {
    assert.ok(error instanceof SyntaxError);
    return 'throws';
  }
}

function actual(text: string, sliceLength: number): {value: unknown} | 'throws' {
  try {
    return {value: run(parseJsonSteps(text, sliceLength)).value};
  } catch (error) {
    assert.ok(error instanceof SyntaxError, `threw ${String(error)}, not a SyntaxError`);
    return 'throws';
  }
}

/** JSON white space, any amount, between tokens. */
const space = fc.stringMatching(/^[ \t\n\r]{0,3}$/);

/** JSON.stringify with random white space around every structural character. */
const spaced = (value: unknown) =>
  fc.array(space, {minLength: 1, maxLength: 64}).map((spaces) => {
    let n = 0;
    // Only outside strings: a stringified string has no raw quote but the delimiters.
    return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"|[[\]{},:]/g, (token) =>
      token.startsWith('"') ? token : `${spaces[n++ % spaces.length]}${token}${spaces[n++ % spaces.length]}`,
    );
  });

/** Documents shaped like timelines: an object whose members include arrays of objects. */
const timelineLike = fc.dictionary(
  fc.oneof(fc.constantFrom('events', 'eras', '__proto__', 'title', 'a"b', 'x\\'), fc.string()),
  fc.oneof(fc.array(fc.jsonValue({maxDepth: 3}), {maxLength: 12}), fc.jsonValue({maxDepth: 2})),
  {maxKeys: 5},
);

describe('parseJsonSteps', () => {
  it('gives what JSON.parse gives for any JSON text, however it is sliced', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.jsonValue(), timelineLike, fc.array(fc.jsonValue({maxDepth: 2}))).chain((value) => spaced(value)),
        fc.integer({min: 1, max: 64}),
        (text, sliceLength) => {
          assert.deepEqual(actual(text, sliceLength), expected(text));
        },
      ),
      settings(3000),
    );
  });

  it('throws a SyntaxError for every text JSON.parse rejects', () => {
    // Valid documents with one character dropped, doubled or replaced by a structural one.
    const mutated = fc
      .tuple(timelineLike.map((value) => JSON.stringify(value)), fc.nat(), fc.constantFrom('drop', 'double', ',', ']', '}', '[', '{', '"', ':', '\\', ' x'))
      .map(([text, at, change]) => {
        const i = at % Math.max(1, text.length);
        if (change === 'drop') return text.slice(0, i) + text.slice(i + 1);
        if (change === 'double') return text.slice(0, i) + text[i] + text.slice(i);
        return text.slice(0, i) + change + text.slice(i);
      });
    let rejected = 0;
    fc.assert(
      fc.property(mutated, fc.integer({min: 1, max: 32}), (text, sliceLength) => {
        const want = expected(text);
        if (want === 'throws') rejected++;
        assert.deepEqual(actual(text, sliceLength), want, text);
      }),
      settings(5000),
    );
    // The property is only worth something if many of the texts were broken.
    assert.ok(rejected > 1000, `only ${rejected} of the texts were invalid`);
  });

  it('rejects the shapes a batch boundary could hide', () => {
    for (const text of ['[1,]', '[1,2,]', '[1,  ]', '[,1]', '[1}', '[1},2]', '{"a":[1,2],}', '{"a":1 2}', '{"a" 1}', '{a:1}', '[1]]', '{"a":1}}', '[1', '{"a":[1,2', '[1,2] x', '{"a":"b\\"}']) {
      for (const sliceLength of [1, 2, 1000]) {
        assert.equal(expected(text), 'throws', `JSON.parse accepts ${text}`);
        assert.throws(() => run(parseJsonSteps(text, sliceLength)), SyntaxError, `${text} at slice length ${sliceLength}`);
      }
    }
  });

  it('makes "__proto__" a member, as JSON.parse does, not the prototype', () => {
    const value = run(parseJsonSteps('{"__proto__": {"polluted": true}, "events": []}')).value as Record<string, unknown>;
    assert.equal(Object.getPrototypeOf(value), Object.prototype);
    assert.deepEqual(Object.keys(value), ['__proto__', 'events']);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
  });

  it('yields between batches of a long array, and only there', () => {
    const events = Array.from({length: 2000}, (_, i) => ({id: `e${i}`, date: '2021-08-15', title: `Event, "number" ${i} [of 2000]`}));
    const text = JSON.stringify({title: 'T', events});
    const {value, yields} = run(parseJsonSteps(text, 4096));
    assert.deepEqual(value, JSON.parse(text));
    // About one yield per 4096 characters of the events array.
    const expectedYields = Math.floor(JSON.stringify(events).length / 4096);
    assert.ok(Math.abs(yields - expectedYields) <= 2, `${yields} yields, expected about ${expectedYields}`);
    assert.equal(run(parseJsonSteps('{"title": "short", "events": [1, 2, 3]}')).yields, 0);
  });
});
