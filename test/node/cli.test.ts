/// <reference types="node" />
// The `news-timeline` command: `run()` called in-process with captured output,
// and once through the built dist/cli.js to prove the bin works.
import assert from 'node:assert/strict';
import {execFile, spawnSync} from 'node:child_process';
import {readFile, readdir, stat} from 'node:fs/promises';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath, pathToFileURL} from 'node:url';
import {promisify} from 'node:util';
import {run} from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataset = join(root, 'data/afghanistan-2001-2021.json');
const fixture = (name: string) => join(root, 'test/fixtures/cli', name);

interface Outcome {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process with `stdin` as standard input (none: reading it fails the test). */
async function cliWithInput(stdin: string | undefined, ...argv: string[]): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, {
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: (text: string) => (stderr += text)},
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => {
      if (stdin === undefined) throw new Error('this test gives no standard input');
      return stdin;
    },
  });
  return {code, stdout, stderr};
}

const cli = (...argv: string[]) => cliWithInput(undefined, ...argv);

const count = (text: string, needle: string) => text.split(needle).length - 1;

/** How many warnings validate gives the sources of a news-timeline JSON file: one for each missing `published`, one for each missing `url`. */
async function sourceWarnings(file: string): Promise<number> {
  const doc = JSON.parse(await readFile(file, 'utf8')) as {events: {sources?: Record<string, unknown>[]}[]};
  return doc.events.flatMap((event) => event.sources ?? []).reduce((n, source) => n + Number(source.published === undefined) + Number(source.url === undefined), 0);
}

/** The summary line validate prints for the default dataset: its only problems are sources without a date or an address. */
async function datasetSummary(): Promise<string> {
  const n = await sourceWarnings(dataset);
  return `49 events, ${n ? `${n} warning${n === 1 ? '' : 's'}` : '0 problems'}\n`;
}

test('validate: the default dataset has 49 events and no problems but sources without a date or address', async () => {
  const {code, stdout, stderr} = await cli('validate', dataset);
  assert.equal(code, 0);
  const lines = stdout.trimEnd().split('\n');
  assert.equal(lines.pop() + '\n', await datasetSummary());
  for (const line of lines) assert.match(line, /: events\[\d+\]\.sources\[\d+\]\.(published|url): is missing/);
  assert.equal(stderr, '');
});

test('validate: prints every problem as "file: path: message", a summary, and exits 1 on errors', async () => {
  const file = fixture('bad.json');
  const {code, stdout} = await cli('validate', file);
  assert.equal(code, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.deepEqual(lines.slice(0, -1).map((line) => line.slice(0, line.indexOf(':', file.length + 2))), [
    `${file}: events[1].date`,
    `${file}: events[2].title`,
    `${file}: events[3].id`,
  ]);
  assert.match(lines[0]!, /"2020-13-01" is not a valid date/);
  assert.match(lines[2]!, /renamed "good-2"/);
  assert.equal(lines.at(-1), '2 events, 2 errors, 1 warning; 2 events left out');
});

test('validate: exits 0 when there are only warnings', async () => {
  const {code, stdout} = await cli('validate', fixture('warnings.json'));
  assert.equal(code, 0);
  assert.match(stdout, /warnings\.json: events\[0\]\.category: "undeclared" is not declared/);
  assert.match(stdout, /\n2 events, 1 warning\n$/);
});

test('validate: a file that is not JSON is one error saying what was found where', async () => {
  const {code, stdout} = await cli('validate', fixture('broken.json'));
  assert.equal(code, 1);
  assert.match(stdout, /broken\.json: the file is not valid JSON: it ends at line 2, column 1 before the JSON is complete; is it cut off\?\n/);
  assert.match(stdout, /0 events, 1 error\n$/);
});

test('validate --json: machine-readable result with the same exit code', async () => {
  const {code, stdout} = await cli('validate', '--json', fixture('bad.json'));
  assert.equal(code, 1);
  const report = JSON.parse(stdout);
  assert.equal(report.file, fixture('bad.json'));
  assert.equal(report.valid, false);
  assert.equal(report.events, 2);
  assert.equal(report.errors, 2);
  assert.equal(report.warnings, 1);
  assert.equal(report.eventsLeftOut, 2);
  assert.deepEqual(report.problems.map((p: {severity: string; path: string}) => [p.severity, p.path]), [
    ['error', 'events[1].date'],
    ['error', 'events[2].title'],
    ['warning', 'events[3].id'],
  ]);
  const ok = await cli('validate', dataset, '--json');
  assert.equal(ok.code, 0);
  assert.equal(JSON.parse(ok.stdout).valid, true);
});

test('html: one <news-timeline-event> per event, in date order, with each date at its precision', async () => {
  const {code, stdout, stderr} = await cli('html', dataset);
  assert.equal(code, 0);
  assert.equal(stderr, '');
  assert.match(stdout, /^<news-timeline>\n  <h2>Afghanistan 2001–2021/);
  assert.equal(count(stdout, '<news-timeline-event '), 49);
  assert.equal(count(stdout, '</news-timeline-event>'), 49);
  const dates = Array.from(stdout.matchAll(/<news-timeline-event [^>]*date="([^"]+)"/g), (m) => m[1]!);
  assert.deepEqual(dates, [...dates].sort());
  assert.match(stdout, /<time datetime="2001-10-07">7 October 2001<\/time>/);
  // A range with exact ends shares what they have in common; a soft start is said in words, with no machine date (EDTF is not one).
  assert.match(stdout, /date="2001-12-20" end="2014-12-28"[^]*?<time datetime="2001-12-20">20 December 2001\s*–\s*28 December 2014<\/time>/);
  assert.match(stdout, /date="2001-11-30\/2001-12-06" end="2001-12-17" date-note="[^"]+"[^]*?<time>between 30 November and 6 December 2001 – 17 December 2001<\/time>/);
  // The whole timeline, not only the events: description, categories with their colours, eras.
  assert.match(stdout, /^  <h2>[^<]+<\/h2>\n  <p>[^<]+<\/p>\n  <ul>\n    <li><news-timeline-category name="[^"]+" color="[^"]+">/m);
  assert.equal(count(stdout, '<news-timeline-category '), 6);
  assert.equal(count(stdout, '<news-timeline-era start="'), 6);
});

test('html --lang: dates in that language, and the lang attribute set', async () => {
  const {code, stdout} = await cli('html', dataset, '--lang', 'fr');
  assert.equal(code, 0);
  assert.match(stdout, /^<news-timeline lang="fr">/);
  assert.match(stdout, /<time datetime="2001-10-07">7 octobre 2001<\/time>/);
  const bad = await cli('html', dataset, '--lang=not a tag');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--lang "not a tag" is not a BCP 47 language tag/);
  assert.equal(bad.stdout, '');
});

test('html: years beyond the calendar in the words of --lang, the date attribute as written', async () => {
  const doc = JSON.stringify({
    scale: 'cosmological',
    title: {text: {headline: 'Deep'}},
    events: [{start_date: {year: '-13800000000'}, text: {headline: 'Big Bang'}}, {start_date: {year: 1969}, text: {headline: 'Moon'}}],
  });
  const ru = await cliWithInput(doc, 'html', '-', '--lang', 'ru');
  assert.equal(ru.code, 0, ru.stderr);
  assert.match(ru.stdout, /<time datetime="-13800000000">13,8 миллиарда до н\. э\.<\/time>/);
  const en = await cliWithInput(doc, 'html', '-', '--lang', 'en');
  assert.match(en.stdout, /<time datetime="-13800000000">13\.8 billion BC<\/time>/);
  assert.match(en.stdout, /date="-13800000000"/);
});

test('html --src: sets the address; refuses a non-http one', async () => {
  const ok = await cli('html', dataset, '--src', 'https://cdn.example/a.json?x=1&y=2');
  assert.match(ok.stdout, /^<news-timeline src="https:\/\/cdn\.example\/a\.json\?x=1&amp;y=2">/);
  const bad = await cli('html', dataset, '--src', 'javascript:alert(1)');
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /src must be a relative or http\(s\) address/);
});

test('html: escapes every text and attribute, and writes only http(s) links', async () => {
  const {code, stdout, stderr} = await cli('html', fixture('hostile.json'));
  assert.equal(code, 0);
  assert.match(stderr, /hostile\.json: events\[0\]\.sources\[1\]\.url: "javascript:alert\(1\)" is not an http\(s\) address/);
  assert.ok(stdout.includes('<h3>&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;</h3>'), stdout);
  assert.ok(stdout.includes('<h2>Tom &amp; Jerry&#39;s &lt;b&gt;&quot;timeline&quot;&lt;/b&gt;</h2>'));
  assert.ok(stdout.includes('id="x&quot; onmouseover=&quot;alert(1)"'));
  assert.ok(stdout.includes('category="a&#39;b"'));
  assert.ok(stdout.includes('<p>&lt;img src=x onerror=alert(1)&gt;</p>'));
  assert.ok(stdout.includes('<blockquote cite="https://example.org/?a=1&amp;b=&quot;2&quot;">&lt;/blockquote&gt;&lt;script&gt;x()&lt;/script&gt;</blockquote>'));
  assert.ok(stdout.includes('<p><cite>Script link</cite></p>'));
  assert.doesNotMatch(stdout, /<script|<img|<b>|javascript:/);
});

test('html: a file that is not a timeline writes no markup and exits 1', async () => {
  const {code, stdout, stderr} = await cli('html', fixture('broken.json'));
  assert.equal(code, 1);
  assert.equal(stdout, '');
  assert.match(stderr, /broken\.json is not a timeline/);
});

test('reads CSV (by its name, or --format) with --title, and TimelineJS3 JSON', async () => {
  const csv = await cli('validate', fixture('events.csv'));
  assert.equal(csv.code, 0);
  assert.match(csv.stdout, /events\.csv: title: a CSV file has no title/);
  // And the two sources without a publication date.
  assert.match(csv.stdout, /events\.csv: rows\[2\]\.published: is missing/);
  assert.match(csv.stdout, /\n3 events, 3 warnings\n$/);
  const titled = await cli('html', fixture('events.csv'), '--title', 'Kabul & after');
  assert.equal(titled.code, 0);
  assert.equal(titled.stderr, '');
  assert.match(titled.stdout, /<h2>Kabul &amp; after<\/h2>/);
  assert.equal(count(titled.stdout, '<news-timeline-event '), 3);
  assert.match(titled.stdout, /<a href="https:\/\/example\.org\/moscow">Example Wire<\/a>/);
  // Read as JSON when told so, a CSV file is not valid JSON.
  const forced = await cli('validate', fixture('events.csv'), '--format', 'json');
  assert.equal(forced.code, 1);
  assert.match(forced.stdout, /not valid JSON: it looks like CSV \(columns date, title, .*--format csv/);
  assert.equal((await cli('validate', fixture('events.csv'), '--format', 'xml')).code, 2);

  const tl = await cli('html', fixture('timelinejs.json'));
  assert.equal(tl.code, 0);
  assert.match(tl.stdout, /<h2>A TimelineJS3 story<\/h2>/);
  assert.match(tl.stdout, /date="2020-02-29"[^]*<h3>Doha agreement<\/h3>[^]*<p>Signed in Doha\.<\/p>/);
  assert.match(tl.stdout, /<time datetime="2021-08">August 2021<\/time>/);
  assert.equal((await cli('validate', fixture('timelinejs.json'))).stdout, '2 events, 0 problems\n');
});

test('usage: --help on stdout; no command, an unknown command or option on stderr with exit 2', async () => {
  const help = await cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.stdout, /^Usage: news-timeline <command> <file>/);
  for (const argv of [[], ['frobnicate', dataset], ['validate', dataset, '--frob'], ['html', dataset, '--json'], ['validate', dataset, 'extra']]) {
    const {code, stdout, stderr} = await cli(...argv);
    assert.equal(code, 2, argv.join(' '));
    assert.equal(stdout, '');
    assert.match(stderr, /Usage: news-timeline/);
  }
  assert.match((await cli('frobnicate', dataset)).stderr, /unknown command "frobnicate"/);
});

test('a missing file or no file at all is a clear message and exit 2', async () => {
  const missing = await cli('validate', join(root, 'no-such-file.json'));
  assert.equal(missing.code, 2);
  assert.equal(missing.stdout, '');
  assert.equal(missing.stderr, `news-timeline: cannot read ${join(root, 'no-such-file.json')}: no such file\n`);
  const directory = await cli('html', root);
  assert.equal(directory.code, 2);
  assert.match(directory.stderr, /it is a directory/);
  const none = await cli('validate');
  assert.equal(none.code, 2);
  assert.match(none.stderr, /validate needs a file/);
});

test('validate -: reads standard input and calls it <stdin>', async () => {
  const ok = await cliWithInput(await readFile(dataset, 'utf8'), 'validate', '-');
  assert.equal(ok.code, 0);
  assert.ok(ok.stdout.endsWith(await datasetSummary()));
  assert.match(ok.stdout, /^<stdin>: events\[/);
  const broken = await cliWithInput('{"title": "T"\n "events": []}', 'validate', '-');
  assert.equal(broken.code, 1);
  assert.equal(broken.stdout, '<stdin>: the file is not valid JSON: unexpected "events" at line 2, column 2; a comma may be missing before it\n0 events, 1 error\n');
  const report = JSON.parse((await cliWithInput(await readFile(fixture('bad.json'), 'utf8'), 'validate', '-', '--json')).stdout);
  assert.equal(report.file, '<stdin>');
  assert.equal(report.errors, 2);
});

test('validate - --name: names standard input, and a .csv name reads it as CSV', async () => {
  const csv = await readFile(fixture('events.csv'), 'utf8');
  const named = await cliWithInput(csv, 'validate', '-', '--name', 'sheet.csv', '--title', 'Sheet');
  assert.equal(named.code, 0);
  assert.match(named.stdout, /^sheet\.csv: rows\[2\]\.published: is missing/);
  assert.match(named.stdout, /\n3 events, 2 warnings\n$/);
  const untitled = await cliWithInput(csv, 'validate', '-', '--name=export');
  assert.match(untitled.stdout, /^export: title: a CSV file has no title/);
  // A name for a file that has one already is a usage error.
  const misplaced = await cli('validate', dataset, '--name', 'x.json');
  assert.equal(misplaced.code, 2);
  assert.match(misplaced.stderr, /--name applies only to standard input/);
});

test('html -: writes the markup of the timeline read from standard input', async () => {
  const {code, stdout, stderr} = await cliWithInput(await readFile(dataset, 'utf8'), 'html', '-');
  assert.equal(code, 0);
  assert.equal(stderr, '');
  assert.equal(count(stdout, '<news-timeline-event '), 49);
  const notTimeline = await cliWithInput('[]', 'html', '-');
  assert.equal(notTimeline.code, 1);
  assert.match(notTimeline.stderr, /news-timeline: <stdin> is not a timeline/);
});

// --- the built bin ------------------------------------------------------------

/** Newest modification time of the files under `dir`, recursively. */
async function newest(dir: string): Promise<number> {
  let latest = 0;
  for (const entry of await readdir(dir, {withFileTypes: true, recursive: true})) {
    if (entry.isFile()) latest = Math.max(latest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return latest;
}

/** Builds dist/cli.js with its entry of rollup.config.mjs when it is missing or older than the sources. */
async function ensureCliBuilt(): Promise<string> {
  const cliPath = join(root, 'dist/cli.js');
  const built = await stat(cliPath).then((s) => s.mtimeMs, () => 0);
  if (built > (await newest(join(root, 'src')))) return cliPath;
  const {rollup} = await import('rollup');
  const configs = (await import(pathToFileURL(join(root, 'rollup.config.mjs')).href)).default as Array<{output: {file?: string}}>;
  const config = configs.find((c) => c.output.file === 'dist/cli.js');
  assert.ok(config, 'rollup.config.mjs has no build for dist/cli.js');
  const cwd = process.cwd();
  process.chdir(root);
  try {
    const bundle = await rollup(config as never);
    await bundle.write(config.output as never);
    await bundle.close();
  } finally {
    process.chdir(cwd);
  }
  return cliPath;
}

test('the built dist/cli.js runs as a program', {timeout: 180_000}, async () => {
  const cliPath = await ensureCliBuilt();
  assert.match(await readFile(cliPath, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  const exec = promisify(execFile);
  const ok = await exec(process.execPath, [cliPath, 'validate', dataset]);
  assert.ok(ok.stdout.endsWith(await datasetSummary()));
  const html = await exec(process.execPath, [cliPath, 'html', dataset]);
  assert.equal(count(html.stdout, '<news-timeline-event '), 49);
  await assert.rejects(exec(process.execPath, [cliPath, 'validate', fixture('bad.json')]), (error: {code?: number; stdout?: string}) => {
    assert.equal(error.code, 1);
    assert.match(error.stdout ?? '', /2 errors, 1 warning; 2 events left out/);
    return true;
  });
  const piped = spawnSync(process.execPath, [cliPath, 'validate', '-'], {input: await readFile(dataset, 'utf8'), encoding: 'utf8'});
  assert.equal(piped.status, 0);
  assert.ok(piped.stdout.endsWith(await datasetSummary()));
  const pipedCsv = spawnSync(process.execPath, [cliPath, 'html', '-', '--name', 'events.csv'], {input: await readFile(fixture('events.csv'), 'utf8'), encoding: 'utf8'});
  assert.equal(pipedCsv.status, 0);
  assert.equal(count(pipedCsv.stdout, '<news-timeline-event '), 3);
  assert.match(pipedCsv.stderr, /^events\.csv: title: a CSV file has no title/);
  await assert.rejects(exec(process.execPath, [cliPath, 'nonsense']), (error: {code?: number; stderr?: string}) => {
    assert.equal(error.code, 2);
    assert.match(error.stderr ?? '', /Usage: news-timeline/);
    return true;
  });
});

test('validate: a source without a publication date or an address is a warning, and an error with --strict', async () => {
  const file = fixture('provenance.json');
  const loose = await cli('validate', file);
  // The archived copy that is not http(s) is an error either way.
  assert.equal(loose.code, 1);
  assert.match(loose.stdout, /provenance\.json: events\[0\]\.sources\[1\]\.published: is missing\n/);
  assert.match(loose.stdout, /provenance\.json: events\[0\]\.sources\[2\]\.url: is missing\n/);
  assert.match(loose.stdout, /events\[0\]\.sources\[2\]\.archived: "javascript:alert\(1\)" is not an http\(s\) address/);
  assert.match(loose.stdout, /\n1 event, 1 error, 2 warnings\n$/);
  const strict = await cli('validate', file, '--strict', '--json');
  assert.equal(strict.code, 1);
  const report = JSON.parse(strict.stdout) as {errors: number; warnings: number; problems: {severity: string; path: string}[]};
  assert.deepEqual(report.problems.filter((p) => p.severity === 'error').map((p) => p.path).sort(), [
    'events[0].sources[1].published', 'events[0].sources[2].archived', 'events[0].sources[2].url',
  ]);
  assert.equal(report.warnings, 0);
  // A source with both is never reported, and --strict belongs to validate alone.
  assert.doesNotMatch(loose.stdout, /sources\[0\]/);
  assert.equal((await cli('html', file, '--strict')).code, 2);
  assert.match((await cli('--help')).stdout, /--strict +\(validate\) A source without a publication date/);
});

test('html: writes each source\'s status, archived copy and access date, in the language of --lang, and reads back the same', async () => {
  const file = fixture('provenance.json');
  const {code, stdout} = await cli('html', file, '--lang', 'en-GB');
  assert.equal(code, 0);
  assert.match(stdout, /<p><cite data-status="confirmed"><a href="https:\/\/example\.org\/fall">Wire &amp; Co<\/a><\/cite>, <time datetime="2001-11-13">13 November 2001<\/time> · confirmed · <a data-archived href="https:\/\/web\.archive\.org\/web\/2001\/https:\/\/example\.org\/fall">archived copy<\/a> · accessed <time data-accessed datetime="2024-05-03">3 May 2024<\/time><\/p>/);
  assert.match(stdout, /<figcaption><cite data-status="retracted"><a href="https:\/\/example\.com\/daily">Daily<\/a><\/cite> · retracted<\/figcaption>/);
  // The address that is not http(s) was left out by the parser, and is not written.
  assert.doesNotMatch(stdout, /javascript/);
  const russian = await cli('html', file, '--lang', 'ru');
  assert.match(russian.stdout, / · подтверждено · <a data-archived [^>]+>архив<\/a> · просмотрено <time data-accessed datetime="2024-05-03">3 мая 2024/);
});
