/// <reference types="node" />
// The README's promises that CI depends on: the test command it shows is the
// one .ci/run runs, and the two quick-start commands exist as npm scripts.
// And the README read outside GitHub (on npm, unpkg or jsDelivr, from the
// tarball): each link and image is absolute or names a file in the package.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

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

/** The repository's files on GitHub, as package.json's `repository` names it. */
const REPOSITORY_FILE = /^https:\/\/(?:github\.com\/news-timeline\/news-timeline\/(?:blob|raw)|raw\.githubusercontent\.com\/news-timeline\/news-timeline)\/main\/([^#?]+)/;

/** Every link and image target of the README's prose (code blocks left out). */
function readmeTargets(): string[] {
  const prose = readme.replace(/```[\s\S]*?```/g, '').replace(/`[^`\n]*`/g, (code) => (code.includes('](') ? code : ''));
  const markdown = Array.from(prose.matchAll(/!?\[[^\]]*\]\(([^)\s]+)[^)]*\)/g), (match) => match[1]);
  const tags = Array.from(prose.matchAll(/<(?:img|a|source)\b[^>]*\b(?:src|href|srcset)="([^"]+)"/g), (match) => match[1]);
  return [...markdown, ...tags];
}

test('every link and image in the README is absolute or ships in the package', async () => {
  assert.equal(pkg.repository.url, 'git+https://github.com/news-timeline/news-timeline.git');
  const {stdout} = await promisify(execFile)('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {cwd: fileURLToPath(root), maxBuffer: 16 << 20});
  const packed = new Set((JSON.parse(stdout) as [{files: {path: string}[]}])[0].files.map((file) => file.path));
  const targets = readmeTargets();
  assert.ok(targets.length >= 5, `found only ${targets.length} links and images in the README`);
  for (const target of targets) {
    if (target.startsWith('#')) continue;
    if (/^https?:\/\//.test(target)) {
      // A link into this repository must name a file that exists here, so it does not rot.
      const file = REPOSITORY_FILE.exec(target)?.[1];
      if (file) assert.ok(existsSync(new URL(file, root)), `README.md links to ${target}, but ${file} does not exist`);
      continue;
    }
    const path = target.replace(/^\.\//, '').replace(/[#?].*$/, '');
    assert.ok(packed.has(path), `README.md links to ${target}, which is not in the package: make it absolute or ship it`);
  }
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
