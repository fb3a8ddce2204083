import {parseArgs as parseArgsUtil} from 'node:util';
import {registerStrings} from '../format/strings.js';
import {BUILT_IN_STRINGS} from '../format/strings/languages.js';
import {formatProblem} from '../data/problems.js';
import {parseTimelineSource} from '../data/parse-timeline-text.js';
import type {SourceChecks} from '../data/parse-native.js';
import type {ParseResult} from '../data/types.js';
import {timelineToHtml} from '../fallback/timeline-to-html.js';

/** Where the CLI writes and how it reads files; `process.stdout`/`stderr` fit. */
export interface CliIo {
  stdout: {write(text: string): unknown};
  stderr: {write(text: string): unknown};
  /** Reads a file as UTF-8 text; rejects (with `code: 'ENOENT'` and so on) when it cannot. */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 text, for the file `-`. */
  readStdin(): Promise<string>;
}

/** The file argument that means standard input. */
const STDIN = '-';
/** What messages call standard input unless `--name` says otherwise. */
export const STDIN_NAME = '<stdin>';

export const USAGE = `Usage: news-timeline <command> <file> [options]

Commands (a file is news-timeline JSON, TimelineJS3 JSON or CSV; - reads
standard input):
  validate <file>   Check a timeline file and print every problem as
                    "file: path: message", then a summary line.
                    Exits 1 when there are errors, 0 when only warnings.
                    A source without a publication date ("published") or
                    an address ("url") is a warning.
  html <file>       Print the timeline as <news-timeline> markup with one
                    <news-timeline-event> per event: the fallback for readers
                    without JavaScript and for search engines.

Options:
  --json            (validate) Print the result as JSON instead.
  --strict          (validate) A source without a publication date or an
                    address is an error, not a warning.
  --format <f>      json or csv; by default from the file name (.json, .csv),
                    else from the text.
  --title <text>    The timeline's title, for CSV (which has no place for one).
  --name <name>     (with -) What messages call standard input (default
                    <stdin>); a name ending in .csv or .json sets the format.
  --lang <tag>      (html) Locale of the dates, a BCP 47 tag (default en-GB);
                    also set as the element's lang attribute.
  --src <url>       (html) Set the element's src attribute, so that with
                    JavaScript it loads the full file (a relative or http(s) address).
  -h, --help        Show this help.

Examples:
  npx news-timeline validate data.json
  npx news-timeline html data.json --lang en-GB > fallback.html
  curl -s https://example.org/sheet.csv | npx news-timeline validate - --name sheet.csv
`;

/** The options, as `node:util`'s parseArgs reads them. */
const OPTIONS = {
  json: {type: 'boolean'},
  strict: {type: 'boolean'},
  help: {type: 'boolean', short: 'h'},
  format: {type: 'string'},
  title: {type: 'string'},
  name: {type: 'string'},
  lang: {type: 'string'},
  src: {type: 'string'},
} as const;
const OPTIONS_BY_COMMAND: Record<string, readonly string[]> = {
  validate: ['--json', '--strict', '--format', '--title', '--name'],
  html: ['--lang', '--src', '--format', '--title', '--name'],
};

class UsageError extends Error {}

interface Args {
  command?: string;
  file?: string;
  /** By their written names (`--lang`), as the messages and OPTIONS_BY_COMMAND name them. */
  options: Map<string, string | true>;
}

function parseArgs(argv: readonly string[]): Args {
  let parsed: ReturnType<typeof parseArgsWith>;
  try {
    parsed = parseArgsWith(argv);
  } catch (error) {
    // node:util's messages name the option and what it wanted; they end with hints of their own.
    throw new UsageError(String((error as Error).message).split('. ')[0]);
  }
  const options = new Map<string, string | true>();
  for (const [name, value] of Object.entries(parsed.values)) {
    if (value === undefined || value === false) continue;
    if (value === '') throw new UsageError(`--${name} needs a value`);
    options.set(`--${name}`, value);
  }
  const positional = parsed.positionals;
  if (positional.length > 2) throw new UsageError(`unexpected argument ${positional[2]}`);
  return {command: positional[0], file: positional[1], options};
}

const parseArgsWith = (argv: readonly string[]) => parseArgsUtil({args: [...argv], options: OPTIONS, allowPositionals: true, strict: true});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "49 events, 0 problems" or "46 events, 2 errors, 1 warning; 3 events left out". */
export function summaryLine(result: ParseResult): string {
  const events = result.timeline?.events.length ?? 0;
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  const warnings = result.problems.length - errors;
  const problems = result.problems.length
    ? [errors && plural(errors, 'error'), warnings && plural(warnings, 'warning')].filter(Boolean).join(', ')
    : '0 problems';
  const leftOut = result.eventsLeftOut ? `; ${plural(result.eventsLeftOut, 'event')} left out` : '';
  return `${plural(events, 'event')}, ${problems}${leftOut}`;
}

function canonicalLocale(tag: string): string {
  try {
    const [canonical] = Intl.getCanonicalLocales(tag);
    if (canonical) return canonical;
  } catch {
    // reported below
  }
  throw new UsageError(`--lang "${tag}" is not a BCP 47 language tag such as "en-GB" or "fr"`);
}

/** The text of `file`, or of standard input for `-`. */
async function read(file: string, io: CliIo): Promise<string> {
  try {
    return await (file === STDIN ? io.readStdin() : io.readFile(file));
  } catch (error) {
    const code = (error as {code?: string}).code;
    const reason =
      code === 'ENOENT' ? 'no such file' :
      code === 'EISDIR' ? 'it is a directory, not a file' :
      code === 'EACCES' ? 'permission denied' :
      (error as Error).message ?? String(error);
    throw new ReadError(`news-timeline: cannot read ${file === STDIN ? 'standard input' : file}: ${reason}\n`);
  }
}

class ReadError extends Error {}

/** JSON (news-timeline or TimelineJS3) or CSV, by `--format`, the file name or the text. */
function parse(text: string, file: string, args: Args, sourceChecks?: SourceChecks): ParseResult {
  const format = args.options.get('--format');
  const title = args.options.get('--title');
  if (format !== undefined && format !== 'json' && format !== 'csv') {
    throw new UsageError(`--format "${format}" is not json or csv`);
  }
  return parseTimelineSource(text, {
    file,
    ...(format !== undefined && {format}),
    ...(typeof title === 'string' && {title}),
    sourceChecks,
  });
}

/** The name of `file` in messages: `<stdin>` (or `--name`) for `-`. */
function displayName(file: string, args: Args): string {
  const name = args.options.get('--name');
  if (file !== STDIN) {
    if (name !== undefined) throw new UsageError('--name applies only to standard input (the file -)');
    return file;
  }
  return typeof name === 'string' ? name : STDIN_NAME;
}

async function validate(input: string, args: Args, io: CliIo): Promise<number> {
  const file = displayName(input, args);
  const result = parse(await read(input, io), file, args, args.options.has('--strict') ? 'error' : 'warning');
  const errors = result.problems.filter((p) => p.severity === 'error').length;
  if (args.options.has('--json')) {
    const report = {
      file,
      valid: errors === 0,
      events: result.timeline?.events.length ?? 0,
      errors,
      warnings: result.problems.length - errors,
      eventsLeftOut: result.eventsLeftOut,
      problems: result.problems.map(({severity, path, message}) => ({severity, path, message})),
    };
    io.stdout.write(JSON.stringify(report, null, 2) + '\n');
  } else {
    for (const problem of result.problems) io.stdout.write(formatProblem(problem, file) + '\n');
    io.stdout.write(summaryLine(result) + '\n');
  }
  return errors ? 1 : 0;
}

async function html(input: string, args: Args, io: CliIo): Promise<number> {
  const lang = args.options.get('--lang');
  const src = args.options.get('--src');
  const locale = typeof lang === 'string' ? canonicalLocale(lang) : undefined;
  const file = displayName(input, args);
  const result = parse(await read(input, io), file, args);
  for (const problem of result.problems) io.stderr.write(formatProblem(problem, file) + '\n');
  if (!result.timeline) {
    io.stderr.write(`news-timeline: ${file} is not a timeline; no markup was written\n`);
    return 1;
  }
  // Years beyond the calendar are written in the language's own words (UiStrings.year), which Intl cannot
  // give; in Node the translations are bundled in, not loaded as the browser's part.
  for (const [tag, strings] of Object.entries(BUILT_IN_STRINGS)) registerStrings(tag, strings);
  let markup: string;
  try {
    markup = timelineToHtml(result.timeline, {
      ...(locale !== undefined && {lang: locale}),
      ...(typeof src === 'string' && {src}),
    });
  } catch (error) {
    throw new UsageError(`--src: ${(error as Error).message}`);
  }
  if (result.problems.length) io.stderr.write(summaryLine(result) + '\n');
  io.stdout.write(markup);
  return 0;
}

/**
 * Runs the command line `news-timeline <command> <file> [options]` (the
 * file `-` is standard input) and
 * resolves to its exit code: 0 done, 1 the file has errors (validate) or is
 * not a timeline, 2 a usage error or a file that cannot be read.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let args: Args;
  try {
    args = parseArgs(argv);
  } catch (error) {
    io.stderr.write(`news-timeline: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (args.options.has('--help') || args.command === 'help') {
    io.stdout.write(USAGE);
    return 0;
  }
  const {command, file} = args;
  if (command === undefined) {
    io.stderr.write(USAGE);
    return 2;
  }
  const allowed = OPTIONS_BY_COMMAND[command];
  if (!allowed) {
    io.stderr.write(`news-timeline: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  const misplaced = [...args.options.keys()].find((name) => !allowed.includes(name));
  if (misplaced) {
    io.stderr.write(`news-timeline: ${misplaced} does not apply to ${command}\n\n${USAGE}`);
    return 2;
  }
  if (file === undefined) {
    io.stderr.write(`news-timeline: ${command} needs a file, e.g. news-timeline ${command} data.json\n\n${USAGE}`);
    return 2;
  }
  try {
    return command === 'validate' ? await validate(file, args, io) : await html(file, args, io);
  } catch (error) {
    if (error instanceof ReadError) {
      io.stderr.write(error.message);
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr.write(`news-timeline: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
}
