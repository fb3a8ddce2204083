/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {at, createProblemLog, describeType, formatProblem} from '../../src/data/problems.js';
import type {TimelineProblem} from '../../src/data/types.js';

describe('formatProblem', () => {
  const dateProblem: TimelineProblem = {severity: 'error', path: 'events[12].date', message: '"2021-13-01" is not a valid date'};
  const rootProblem: TimelineProblem = {severity: 'error', path: '', message: 'the file is empty; expected a JSON timeline'};
  const cases: Array<[string, TimelineProblem, string | undefined, string]> = [
    ['with a file name', dateProblem, 'events.json', 'events.json: events[12].date: "2021-13-01" is not a valid date'],
    ['without a file name', dateProblem, undefined, 'events[12].date: "2021-13-01" is not a valid date'],
    ['with an empty file name', dateProblem, '', 'events[12].date: "2021-13-01" is not a valid date'],
    ['root path with a file name', rootProblem, 'events.json', 'events.json: the file is empty; expected a JSON timeline'],
    ['root path without a file name', rootProblem, undefined, 'the file is empty; expected a JSON timeline'],
  ];
  for (const [name, problem, file, expected] of cases) {
    it(name, () => {
      expect(formatProblem(problem, file)).to.equal(expected);
    });
  }
});

describe('at', () => {
  const cases: Array<[string, string | number, string]> = [
    ['', 'events', 'events'],
    ['events', 3, 'events[3]'],
    ['events[3]', 'date', 'events[3].date'],
    ['events[3].sources', 0, 'events[3].sources[0]'],
    ['', 0, '[0]'],
  ];
  for (const [path, key, expected] of cases) {
    it(`at(${JSON.stringify(path)}, ${JSON.stringify(key)}) → ${expected}`, () => {
      expect(at(path, key)).to.equal(expected);
    });
  }
});

describe('describeType', () => {
  const cases: Array<[unknown, string]> = [
    [null, 'null'],
    [[], 'an array'],
    [{}, 'an object'],
    ['x', 'a string'],
    ['   ', 'an empty string'],
    ['', 'an empty string'],
    [42, 'a number'],
    [true, 'a boolean'],
    [undefined, 'nothing'],
  ];
  for (const [value, expected] of cases) {
    it(`${JSON.stringify(value) ?? 'undefined'} → ${expected}`, () => {
      expect(describeType(value)).to.equal(expected);
    });
  }
});

describe('createProblemLog', () => {
  it('records errors and warnings in order', () => {
    const log = createProblemLog();
    log.error('a', 'first');
    log.warning('b', 'second');
    expect(log.problems).to.deep.equal([
      {severity: 'error', path: 'a', message: 'first'},
      {severity: 'warning', path: 'b', message: 'second'},
    ]);
  });
});
