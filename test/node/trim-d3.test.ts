/// <reference types="node" />
// The d3 trims of the self-contained bundle (scripts/trim-d3.mjs): the pure
// marks go where rollup needs them, and the built bundle no longer carries
// the modules they are there to leave out.
import assert from 'node:assert/strict';
import {readFileSync} from 'node:fs';
import {test} from 'node:test';

import {markPureTopLevelCalls, trimSelectionPrototype} from '../../scripts/trim-d3.mjs';

test('marks top-level factory calls and IIFEs pure, and nothing else', () => {
  const source = [
    'var rgb = (function rgbGamma(y) {',
    '  var color = gamma(y);',
    '  return color;',
    '})(1);',
    'var hslLong = hsl(nogamma);',
    'var degrees = 180 / Math.PI;',
    'var reA = /x/g, reB = new RegExp(reA.source, "g");',
    'function f() {',
    '  var inner = g(1);',
    '}',
  ].join('\n');
  const {code, count} = markPureTopLevelCalls(source);
  assert.equal(count, 2);
  assert.match(code, /^var rgb = \/\*#__PURE__\*\/\(function rgbGamma/m);
  assert.match(code, /^var hslLong = \/\*#__PURE__\*\/hsl\(nogamma\);$/m);
  assert.match(code, /^ {2}var inner = g\(1\);$/m);
  assert.equal(code.replaceAll('/*#__PURE__*/', ''), source);
});

test('keeps only the named selection methods, on the same lines', () => {
  const source = [
    'function selection_on() {}',
    'Selection.prototype = selection.prototype = {',
    '  constructor: Selection,',
    '  select: selection_select,',
    '  on: selection_on,',
    '  [Symbol.iterator]: selection_iterator',
    '};',
    'function select() {}',
  ].join('\n');
  assert.equal(trimSelectionPrototype(source, ['constructor', 'on']), [
    'function selection_on() {}',
    'Selection.prototype = selection.prototype = {',
    '  constructor: Selection,',
    '',
    '  on: selection_on,',
    '',
    '};',
    'function select() {}',
  ].join('\n'));
});

test('refuses a d3-selection laid out otherwise', () => {
  assert.throws(() => trimSelectionPrototype('Selection.prototype = {\n  on: selection_on\n};', ['on']), /no `Selection.prototype/);
  const literal = (body: string) => `Selection.prototype = selection.prototype = {\n${body}\n};`;
  assert.throws(() => trimSelectionPrototype(literal('  on: function() {}'), ['on']), /unexpected prototype entry/);
  assert.throws(() => trimSelectionPrototype(literal('  on: selection_on'), ['on', 'style']), /no style/);
});

test('the bundle and its parts carry no d3 transitions, colours, eases or timers', () => {
  // d3-zoom is in the horizontal view's part: look at every file of the script-tag bundle.
  const files = Object.keys(JSON.parse(readFileSync(new URL('../../dist/size.json', import.meta.url), 'utf8')) as object);
  const sources = files.flatMap((file) =>
    (JSON.parse(readFileSync(new URL(`../../dist/${file}.map`, import.meta.url), 'utf8')) as {sources: string[]}).sources);
  const map = {sources};
  const packages = new Set(map.sources.map((source) => /node_modules\/([^/]+)/.exec(source)?.[1]).filter(Boolean));
  for (const gone of ['d3-color', 'd3-ease', 'd3-timer']) assert.ok(!packages.has(gone), `${gone} is back in the bundle`);
  // Of d3-transition, only interrupt() (d3-zoom calls it) and the constants it reads.
  const transition = map.sources.filter((source) => source.includes('node_modules/d3-transition/')).map((source) => source.replace(/.*d3-transition\//, ''));
  assert.deepEqual(transition.sort(), ['src/interrupt.js', 'src/transition/schedule.js']);
});
