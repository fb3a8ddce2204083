/// <reference types="node" />
// The bundle's CSS squeezer: it must find the literals in what TypeScript
// emits ("css `…`"), keep the CSS meaning the same, and refuse a styles file
// in which it finds nothing to do.
import assert from 'node:assert/strict';
import {test} from 'node:test';

import {minifyCssInCode, minifyCssLiterals, squeezeCss} from '../../scripts/minify-css-literals.mjs';

const cases: Array<[string, string, string]> = [
  ['drops comments and runs of space', '\n  /* a note */\n  .a   .b {\n    color: red;\n  }\n', '.a .b{color:red;}'],
  ['keeps the space of descendant and pseudo-class selectors', ':host(:not([x])) .a :focus-visible {top: 0}', ':host(:not([x])) .a :focus-visible{top:0}'],
  ['keeps spaces that calc() needs', 'width: min(26rem, calc(100vw - 16px));', 'width:min(26rem,calc(100vw - 16px));'],
  ['keeps "and" in media queries', '@media (hover: hover) and (pointer: fine) { .a { top: 0; } }', '@media (hover:hover) and (pointer:fine){.a{top:0;}}'],
  ['keeps attribute values', ".a[aria-pressed='false'] { content: ''; }", ".a[aria-pressed='false']{content:'';}"],
];
for (const [name, input, expected] of cases) {
  test(`squeezeCss ${name}`, () => {
    assert.equal(squeezeCss(input), expected);
  });
}

test('finds literals written "css `" as TypeScript emits them, and "css`"', () => {
  const emitted = "import { css } from 'lit';\nexport const a = css `\n  .a {\n    top: 0;\n  }\n`;\nexport const b = css`.b {  left: 1px; }`;\n";
  const {code, count} = minifyCssInCode(emitted);
  assert.equal(count, 2);
  assert.equal(code, "import { css } from 'lit';\nexport const a = css`.a{top:0;}`;\nexport const b = css`.b{left:1px;}`;\n");
});

test('leaves other template literals alone', () => {
  const source = 'const t = html`<p>  a  </p>`; const u = `css  {  }`;';
  assert.deepEqual(minifyCssInCode(source), {code: source, count: 0});
});

test('the plugin squeezes *.styles.ts files, skips others, and fails on a styles file without a literal', () => {
  const plugin = minifyCssLiterals();
  const errors: string[] = [];
  const context = {error: (message: string) => errors.push(message)};
  const styled = plugin.transform.call(context, 'export const s = css `\n  .a { top: 0; }\n`;', '/repo/src/elements/x/x.styles.ts');
  assert.equal(styled?.code, 'export const s = css`.a{top:0;}`;');
  assert.equal(plugin.transform.call(context, 'const s = css`.a { top: 0; }`;', '/repo/src/elements/x/x.ts'), null);
  plugin.transform.call(context, 'export const s = 1;', '/repo/src/elements/x/x.styles.ts');
  assert.equal(errors.length, 1);
  assert.match(errors[0], /no css/);
});
