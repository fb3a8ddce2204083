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

test('"In an iframe" names every file to host: what embed.html loads, the resizer, and every embed file the package ships', () => {
  const section = /### In an iframe\n([^]*?)\n### /.exec(readme)?.[1];
  assert.ok(section, 'README.md has no "### In an iframe" section');
  // demo/embed.html is dist/embed.html before the build swaps the source script for the built one.
  const page = readFileSync(new URL('demo/embed.html', root), 'utf8');
  const loaded = Array.from(page.matchAll(/(?:href|src)="\.\.?\/(?:[^"]*\/)?([^"/]+)"/g), (m) => m[1]!.replace(/\.ts$/, '.js'));
  const shipped = JSON.stringify(pkg).match(/dist\/embed[\w.-]*\.(?:html|css|js)\b/g)?.map((path) => path.slice('dist/'.length)) ?? [];
  const files = new Set(['embed.html', ...loaded, ...shipped]);
  assert.ok(files.has('embed-child.js') && files.has('embed.css') && files.has('embed-resizer.js'), [...files].join(', '));
  // The list of files to host: one "- `name`: what it is" line each.
  const listed = Array.from(section.matchAll(/^- `([^`]+)`:/gm), (m) => m[1]);
  for (const file of files) assert.ok(listed.includes(file), `"In an iframe" does not list ${file} among the files to host (it lists ${listed.join(', ') || 'none'})`);
});
