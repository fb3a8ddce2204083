/// <reference types="node" />
// The browser test of the HTML form (test/embed/html-form.test.ts) round-trips
// every valid schema fixture, from a list it cannot read off the disk: this
// keeps the list complete when a fixture is added.
import assert from 'node:assert/strict';
import {readdirSync} from 'node:fs';
import {test} from 'node:test';
import {VALID_FIXTURES} from '../embed/html-form-cases.js';

test('the HTML form test names every valid schema fixture', () => {
  const folder = new URL('../fixtures/schema/valid/', import.meta.url);
  const onDisk = readdirSync(folder).filter((name) => name.endsWith('.json')).sort();
  assert.deepEqual([...VALID_FIXTURES].sort(), onDisk);
});
