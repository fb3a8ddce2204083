/// <reference types="node" />
// What `npm pack` ships, and that it works once installed: the file list, the
// exports, a bundler build of the three entry points, every entry imported in
// plain Node (as a server-rendered page does), the types, and the bin.
//
// The tarball is installed into a scratch project with `npm install --offline`:
// the dependencies (lit, d3-*) come from the npm cache that `npm ci` filled, so
// no network is used. When the cache lacks them, the tarball is unpacked by
// hand and the repository's node_modules are linked beside it instead.
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync} from 'node:fs';
import {mkdir, mkdtemp, readFile, readdir, rm, symlink, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {after, before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const exec = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** What the build must have produced for the package to be complete. */
const BUILT = [
  'dist/index.js', 'dist/index.d.ts', 'dist/news-timeline.js', 'dist/news-timeline.d.ts', 'dist/data.js', 'dist/data.d.ts',
  'dist/fallback.js', 'dist/fallback.d.ts', 'dist/news-timeline.bundle.js', 'dist/news-timeline.csv.js',
  'dist/news-timeline.timelinejs.js', 'dist/news-timeline.horizontal.js', 'dist/news-timeline.vertical.js', 'dist/news-timeline.languages.js',
  'dist/news-timeline.json-error.js', 'dist/cli.js', 'dist/embed-child.js',
  'dist/embed-resizer.js', 'dist/embed.html', 'dist/embed.css', 'dist/builder.js', 'dist/builder.html', 'dist/builder.css', 'custom-elements.json',
  'dist/news-timeline.bundle.d.ts', 'dist/embed-child.d.ts', 'dist/embed-resizer.d.ts',
];
const ALSO_SHIPPED = ['package.json', 'README.md', 'LICENSE', 'data/timeline.schema.json', 'data/afghanistan-2001-2021.json', 'data/template.csv'];
const ALLOWED = [/^dist\/.+\.(js|js\.map|d\.ts|d\.ts\.map)$/, ...[...BUILT, ...ALSO_SHIPPED].map((path) => new RegExp(`^${path.replace(/\./g, '\\.')}$`))];

let scratch: string;
let tarball: string;
let files: string[];
let installedWithNpm = false;
const installed = () => join(scratch, 'node_modules/news-timeline');

before(async () => {
  if (BUILT.some((path) => !existsSync(join(root, path)))) {
    await exec(npm, ['run', 'build'], {cwd: root, maxBuffer: 64 << 20});
  }
  scratch = await mkdtemp(join(tmpdir(), 'news-timeline-pack-'));
  // --ignore-scripts: the build is done above; prepack would build again.
  const {stdout} = await exec(npm, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {cwd: root, maxBuffer: 64 << 20});
  const [packed] = JSON.parse(stdout) as [{filename: string; files: {path: string}[]}];
  tarball = join(scratch, packed.filename);
  files = packed.files.map((file) => file.path).sort();

  await writeFile(join(scratch, 'package.json'), JSON.stringify({name: 'scratch', private: true, type: 'module'}));
  try {
    await exec(npm, ['install', tarball, '--no-save', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], {cwd: scratch, timeout: 60_000});
    installedWithNpm = true;
  } catch {
    await mkdir(installed(), {recursive: true});
    await exec('tar', ['-xzf', tarball, '-C', installed(), '--strip-components=1']);
    for (const name of await readdir(join(root, 'node_modules'))) {
      if (name.startsWith('.') || name === 'news-timeline') continue;
      await symlink(join(root, 'node_modules', name), join(scratch, 'node_modules', name));
    }
  }
}, {timeout: 600_000});

after(async () => {
  if (scratch) await rm(scratch, {recursive: true, force: true});
});

test('the tarball holds only what users need', () => {
  const unexpected = files.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
  assert.deepEqual(unexpected, [], 'files that should not be in the package');
  for (const path of [...BUILT, ...ALSO_SHIPPED]) assert.ok(files.includes(path), `${path} is missing from the package`);
  assert.ok(!files.some((path) => /^(src|test|demo|bench|scripts|docs)\//.test(path)));
  assert.ok(!files.some((path) => path.includes('node_modules')));
  assert.ok(!files.some((path) => /^dist\/(cli|embed|builder)\//.test(path)), 'declarations of the programs are not shipped');
});

test('every export, type and bin of package.json points at a file in the tarball', async () => {
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  const targets: string[] = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, ...Object.values(pkg.bin as Record<string, string>)];
  assert.equal(pkg.unpkg, './dist/news-timeline.bundle.js', 'CDNs serve the self-contained bundle');
  assert.equal(pkg.jsdelivr, pkg.unpkg);
  for (const paths of Object.values(pkg.typesVersions['*'] as Record<string, string[]>)) targets.push(...paths);
  for (const value of Object.values(pkg.exports as Record<string, string | Record<string, string>>)) {
    targets.push(...(typeof value === 'string' ? [value] : Object.values(value)));
  }
  for (const target of targets) {
    const path = target.replace(/^\.\//, '');
    assert.ok(files.includes(path), `package.json names ${target}, which is not in the package`);
  }
});

test('the packaged embed page loads only files that are packaged next to it', async () => {
  const page = await readFile(join(installed(), 'dist/embed.html'), 'utf8');
  const refs = Array.from(page.matchAll(/(?:src|href)="\.\/([^"]+)"/g), (m) => `dist/${m[1]}`);
  assert.deepEqual(refs.sort(), ['dist/embed-child.js', 'dist/embed.css']);
  for (const ref of refs) assert.ok(files.includes(ref), `${ref} is not in the package`);
  assert.doesNotMatch(page, /<script(?![^>]*\bsrc=)[^>]*>/, 'an inline script');
});

test('a bundler builds an app importing news-timeline, news-timeline/news-timeline.js and news-timeline/data.js', {timeout: 120_000}, async () => {
  const entry = join(scratch, 'app.js');
  await writeFile(
    entry,
    [
      "import {NewsTimeline, formatPartialDate} from 'news-timeline';",
      "import 'news-timeline/news-timeline.js';",
      "import {parseTimelineText} from 'news-timeline/data.js';",
      "import {timelineToHtml} from 'news-timeline/fallback.js';",
      'export const app = {NewsTimeline, formatPartialDate, parseTimelineText, timelineToHtml};',
      '',
    ].join('\n'),
  );
  const {rollup} = await import('rollup');
  const {nodeResolve} = await import('@rollup/plugin-node-resolve');
  const warnings: string[] = [];
  const bundle = await rollup({
    input: entry,
    plugins: [nodeResolve({rootDir: scratch})],
    onwarn: (warning) => {
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warnings.push(`${warning.code}: ${warning.message}`);
    },
  });
  const {output} = await bundle.generate({format: 'es'});
  await bundle.close();
  assert.deepEqual(warnings, [], 'the build warned (an import that did not resolve?)');
  // The element imports its file readers dynamically, so the app may come out in more than one chunk.
  const chunks = output.filter((file) => file.type === 'chunk');
  const code = chunks.map((chunk) => chunk.code).join('\n');
  const modules = chunks.flatMap((chunk) => Object.keys(chunk.modules));
  assert.ok(modules.some((id) => id.includes('node_modules/news-timeline/dist/')), 'the app was built from the installed package');
  assert.ok(modules.some((id) => /node_modules\/lit-html\//.test(id)), 'lit came from the app\'s node_modules');
  assert.match(code, /customElements\.define/, 'registering the tags was kept (sideEffects)');
  assert.ok(code.includes("'news-timeline-event'") || code.includes('"news-timeline-event"'));
});

test('news-timeline/data.js works in Node: the default dataset parses to 49 events', async () => {
  const script = [
    "const {parseTimelineText, formatProblem} = await import('news-timeline/data.js');",
    "const {readFile} = await import('node:fs/promises');",
    "const text = await readFile('node_modules/news-timeline/data/afghanistan-2001-2021.json', 'utf8');",
    'const result = parseTimelineText(text);',
    'console.log(JSON.stringify({events: result.timeline.events.length, problems: result.problems.map((p) => formatProblem(p))}));',
  ].join('\n');
  const {stdout} = await exec(process.execPath, ['--input-type=module', '-e', script], {cwd: scratch});
  assert.deepEqual(JSON.parse(stdout), {events: 49, problems: []});
  const fallback = await exec(process.execPath, ['--input-type=module', '-e', "const m = await import('news-timeline/fallback.js'); console.log(typeof m.timelineToHtml);"], {cwd: scratch});
  assert.equal(fallback.stdout.trim(), 'function');
});

test('every JavaScript entry point imports in plain Node without touching browser globals (server rendering)', async () => {
  const specifiers = ['news-timeline', 'news-timeline/news-timeline.js', 'news-timeline/data.js', 'news-timeline/fallback.js'];
  for (const specifier of specifiers) {
    const script = `await import(${JSON.stringify(specifier)}); console.log(typeof HTMLElement, typeof window, typeof document);`;
    type Outcome = {stdout: string; stderr: string; code?: number};
    const result: Outcome = await exec(process.execPath, ['--input-type=module', '-e', script], {cwd: scratch}).catch((error: Outcome) => error);
    assert.ok(!result.code, `import('${specifier}') failed in Node:\n${result.stderr}`);
    assert.equal(result.stdout, 'undefined undefined undefined\n', `import('${specifier}') added browser globals`);
    assert.equal(result.stderr, '', `import('${specifier}') wrote to stderr`);
  }
  // The exact command a server-side framework user would try first.
  const plain = await exec(process.execPath, ['-e', "import('news-timeline').then((m) => console.log(typeof m.NewsTimeline))"], {cwd: scratch});
  assert.equal(plain.stdout, 'function\n');
});

test('TypeScript finds the types of every entry point', {timeout: 120_000}, async () => {
  await writeFile(
    join(scratch, 'consumer.ts'),
    [
      "import type {NewsTimeline, NewsTimelineSelectEvent} from 'news-timeline';",
      "import 'news-timeline/news-timeline.js';",
      "import {parseTimeline, type Timeline} from 'news-timeline/data.js';",
      "import {timelineToHtml} from 'news-timeline/fallback.js';",
      "import type {NewsTimeline as BundledTimeline} from 'news-timeline/bundle';",
      "import {reportHeight} from 'news-timeline/embed-child.js';",
      "import 'news-timeline/embed-resizer.js';",
      'export const stop: () => void = reportHeight(undefined, window);',
      'const timeline: Timeline | undefined = parseTimeline({title: "t", events: []}).timeline;',
      'export const html: string = timeline ? timelineToHtml(timeline, {lang: "en-GB"}) : "";',
      'export type Used = [NewsTimeline, NewsTimelineSelectEvent, BundledTimeline];',
      '',
    ].join('\n'),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const args = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--module', 'esnext', '--moduleResolution', 'bundler', '--lib', 'es2022,dom', 'consumer.ts'];
  const result = await exec(process.execPath, [tsc, ...args], {cwd: scratch}).catch((error: {stdout: string}) => error);
  assert.equal(result.stdout, '', 'tsc reported errors');
});

test('the bin runs from the installed package', async (t) => {
  t.diagnostic(installedWithNpm ? 'installed with npm install --offline' : 'npm could not install offline: unpacked and linked to the repository\'s node_modules');
  const cli = installedWithNpm ? join(scratch, 'node_modules/.bin/news-timeline') : join(installed(), 'dist/cli.js');
  const args = ['validate', 'node_modules/news-timeline/data/afghanistan-2001-2021.json'];
  const {stdout} = installedWithNpm ? await exec(cli, args, {cwd: scratch}) : await exec(process.execPath, [cli, ...args], {cwd: scratch});
  // Its only problems are the warnings about sources without a publication date or address.
  const lines = stdout.trimEnd().split('\n');
  assert.match(lines.pop()!, /^49 events, (0 problems|\d+ warnings?)$/);
  for (const line of lines) assert.match(line, /\.sources\[\d+\]\.(published|url): is missing/);
});
