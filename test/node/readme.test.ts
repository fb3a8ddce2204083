/// <reference types="node" />
// The README's promises that CI depends on: the test command it shows is the
// one .ci/run runs, and the two quick-start commands exist as npm scripts.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const ci = readFileSync(new URL('.ci/run', root), 'utf8');
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));

function readmeTestCommand(): string {
  const match = /<!-- test-command -->\s*```sh\n(.+)\n```/.exec(readme);
  assert.ok(match, 'README.md has no ```sh block after <!-- test-command -->');
  return match[1].trim();
}

test('.ci/run runs the test command written in the README', () => {
  const command = readmeTestCommand();
  const lines = ci.split('\n').map((line) => line.trim());
  assert.ok(lines.includes(command), `.ci/run does not contain the README's test command:\n  ${command}`);
});

test('the quick-start commands name npm scripts that exist', () => {
  assert.match(readme, /npm ci && npm start/);
  assert.ok(pkg.scripts.start, 'package.json has no start script');
  assert.ok(pkg.scripts.test, 'package.json has no test script');
  assert.match(readmeTestCommand(), /npm test$/);
});

test('the README names the Node version of .nvmrc, which the engines field accepts', () => {
  const pinned = readFileSync(new URL('.nvmrc', root), 'utf8').trim();
  assert.match(pinned, /^\d+\.\d+\.\d+$/, '.nvmrc holds one exact version');
  assert.ok(readme.includes(pinned), `README.md does not mention Node ${pinned} from .nvmrc`);
  const minimum = /^>=(\d+)$/.exec(pkg.engines.node);
  assert.ok(minimum, `engines.node is "${pkg.engines.node}", expected ">=<major>"`);
  assert.ok(Number(pinned.split('.')[0]) >= Number(minimum[1]), `.nvmrc ${pinned} is below engines.node ${pkg.engines.node}`);
});
