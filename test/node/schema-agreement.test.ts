/// <reference types="node" />
/**
 * The JSON Schema (data/timeline.schema.json) and the parser
 * (src/data/parse-timeline.ts) must agree on what a valid timeline is, and
 * report structural problems at the same places.
 *
 *   node --import tsx --test test/node/*.test.ts
 *
 * Fixtures, in test/fixtures/schema/:
 * - valid/     valid by the schema; the parser reports no problems.
 * - invalid/   invalid by the schema; the set of places ajv reports equals the
 *              set of paths the parser reports. `invalid/expected.json` holds
 *              those places, so a fixture cannot fail for a reason nobody meant.
 * - semantic/  valid by the schema, but the parser must report a problem that
 *              JSON Schema cannot express (a day that does not exist, an end
 *              before its start, a duplicate id, an undeclared category), at
 *              the path given in `semantic/expected.json`.
 *
 * The date pattern (`$defs/isoDate`) and the date parser (src/data/edtf.ts)
 * are also held to each other directly, on generated EDTF texts and
 * near-misses of them.
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import Ajv2020, {type ErrorObject} from 'ajv/dist/2020.js';
import {parseEdtf} from '../../src/data/edtf.js';
import type {ParseResult} from '../../src/data/types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const fixtures = join(root, 'test/fixtures/schema');
const schemaFile = join(root, 'data/timeline.schema.json');
const exampleFile = join(root, 'data/afghanistan-2001-2021.json');

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

// The parser is imported dynamically so that the schema half of every test
// still runs (and reports) when the parser fails to load.
type Parse = (doc: unknown) => ParseResult;
let parseTimeline: Parse | undefined;
let parserLoadError: unknown;
try {
  ({parseTimeline} = await import('../../src/data/parse-timeline.js'));
} catch (error) {
  parserLoadError = error;
}

function parser(): Parse {
  if (!parseTimeline) throw new Error(`src/data/parse-timeline.ts could not be loaded: ${String(parserLoadError)}`);
  return parseTimeline;
}

const schema = readJson(schemaFile) as Record<string, unknown>;
// ajv's types for the default export do not survive NodeNext-style interop.
const AjvClass = (Ajv2020 as unknown as {default?: typeof Ajv2020}).default ?? Ajv2020;
const ajv = new AjvClass({allErrors: true, strict: true});
const validate = ajv.compile(schema);

/** Errors that only wrap other errors; the schema should not use them, but if it ever does they carry no place of their own. */
const WRAPPER_KEYWORDS = new Set(['if', 'then', 'else', 'anyOf', 'oneOf', 'allOf', 'not']);

/**
 * `/events/12/sources/0/url` → `events[12].sources[0].url`. A segment is an
 * index only where the value at that point really is an array, so an object
 * key that happens to be a number stays a property.
 */
function toPath(pointer: string, doc: unknown): string {
  if (pointer === '') return '';
  let path = '';
  let value: unknown = doc;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (Array.isArray(value)) {
      path += `[${segment}]`;
      value = value[Number(segment)];
    } else {
      path += path === '' ? segment : `.${segment}`;
      value = (value as Record<string, unknown> | undefined)?.[segment];
    }
  }
  return path;
}

const child = (path: string, key: string): string => (path === '' ? key : `${path}.${key}`);

/** The places ajv reports, in the parser's path notation, sorted and without duplicates. */
function ajvPaths(errors: readonly ErrorObject[], doc: unknown): string[] {
  const paths = new Set<string>();
  for (const error of errors) {
    if (WRAPPER_KEYWORDS.has(error.keyword)) continue;
    const at = toPath(error.instancePath, doc);
    if (error.keyword === 'required') {
      paths.add(child(at, (error.params as {missingProperty: string}).missingProperty));
    } else if (error.keyword === 'additionalProperties') {
      paths.add(child(at, (error.params as {additionalProperty: string}).additionalProperty));
    } else {
      paths.add(at);
    }
  }
  return [...paths].sort();
}

const describe = (problems: ParseResult['problems']): string =>
  problems.map((p) => `  ${p.severity} ${JSON.stringify(p.path)}: ${p.message}`).join('\n') || '  (none)';

/** One line per ajv error; the (long) pattern itself is left out, the keyword says enough. */
const describeAjv = (errors: readonly ErrorObject[] | null | undefined): string =>
  (errors ?? [])
    .map((e) => {
      const {pattern: _, ...params} = e.params as Record<string, unknown>;
      const shown = Object.keys(params).length > 0 ? ` ${JSON.stringify(params)}` : '';
      return `  ${JSON.stringify(e.instancePath)} ${e.keyword}${shown}${e.keyword === 'pattern' ? '' : `: ${e.message}`}`;
    })
    .join('\n') || '  (none)';

function fixtureFiles(folder: string): string[] {
  return readdirSync(join(fixtures, folder))
    .filter((name) => name.endsWith('.json') && name !== 'expected.json')
    .sort();
}

function expectedMap(folder: string): Record<string, unknown> {
  return readJson(join(fixtures, folder, 'expected.json')) as Record<string, unknown>;
}

test('the schema is a valid draft 2020-12 schema and compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(ajv.validateSchema(schema), true, ajv.errorsText(ajv.errors));
  assert.equal(typeof validate, 'function');
});

test('every property in the schema has a description', () => {
  const missing: string[] = [];
  const visit = (node: unknown, where: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const properties = (node as {properties?: Record<string, unknown>}).properties;
    for (const [key, value] of Object.entries(properties ?? {})) {
      if (typeof (value as {description?: unknown}).description !== 'string') missing.push(`${where}/properties/${key}`);
      visit(value, `${where}/properties/${key}`);
    }
    for (const [key, value] of Object.entries((node as {$defs?: Record<string, unknown>}).$defs ?? {})) {
      visit(value, `${where}/$defs/${key}`);
    }
  };
  visit(schema, '#');
  assert.deepEqual(missing, []);
});

test('the fixture folders have enough fixtures and the expected.json maps match them', () => {
  assert.ok(fixtureFiles('valid').length >= 6);
  assert.ok(fixtureFiles('invalid').length >= 14);
  assert.ok(fixtureFiles('semantic').length >= 5);
  assert.deepEqual(Object.keys(expectedMap('invalid')).sort(), fixtureFiles('invalid'));
  assert.deepEqual(Object.keys(expectedMap('semantic')).sort(), fixtureFiles('semantic'));
});

for (const name of fixtureFiles('valid')) {
  test(`valid/${name}`, async (t) => {
    const doc = readJson(join(fixtures, 'valid', name));
    await t.test('schema accepts it', () => {
      assert.equal(validate(doc), true, `ajv errors:\n${describeAjv(validate.errors)}`);
    });
    await t.test('parser reports no problems', () => {
      const result = parser()(doc);
      assert.ok(result.timeline, 'parser returned no timeline');
      assert.deepEqual(result.problems, [], `parser problems:\n${describe(result.problems)}`);
    });
  });
}

for (const name of fixtureFiles('invalid')) {
  test(`invalid/${name}`, async (t) => {
    const doc = readJson(join(fixtures, 'invalid', name));
    const expected = [...(expectedMap('invalid')[name] as string[])].sort();
    const valid = validate(doc);
    const errors = validate.errors ?? [];
    await t.test('schema rejects it, at the places the fixture means', () => {
      assert.equal(valid, false, 'ajv accepted the document');
      assert.deepEqual(ajvPaths(errors, doc), expected, `ajv errors:\n${describeAjv(errors)}`);
    });
    await t.test('parser reports problems at exactly the places ajv does', () => {
      const {problems} = parser()(doc);
      const parserPaths = [...new Set(problems.map((p) => p.path))].sort();
      assert.deepEqual(
        parserPaths,
        ajvPaths(errors, doc),
        `parser problems:\n${describe(problems)}\najv errors:\n${describeAjv(errors)}`,
      );
    });
  });
}

for (const name of fixtureFiles('semantic')) {
  test(`semantic/${name}`, async (t) => {
    const doc = readJson(join(fixtures, 'semantic', name));
    const expected = expectedMap('semantic')[name] as string;
    await t.test('schema accepts it', () => {
      assert.equal(validate(doc), true, `ajv errors:\n${describeAjv(validate.errors)}`);
    });
    await t.test(`parser reports a problem at ${expected}`, () => {
      const {problems} = parser()(doc);
      assert.ok(
        problems.some((p) => p.path === expected),
        `expected a problem at ${JSON.stringify(expected)}; parser problems:\n${describe(problems)}`,
      );
    });
  });
}

test('data/afghanistan-2001-2021.json validates against the schema', (t) => {
  if (!existsSync(exampleFile)) {
    t.skip('data/afghanistan-2001-2021.json does not exist yet; nothing to validate');
    return;
  }
  const doc = readJson(exampleFile);
  assert.equal(validate(doc), true, `ajv errors:\n${describeAjv(validate.errors)}`);
});

/** What the parser rejects that no pattern can see: the calendar and the order of an interval's ends. */
const SEMANTIC_DATE_REASON = /has \d+ days|its end is before its start|outside the range of dates/;

test('the date pattern accepts exactly the texts the EDTF parser reads, but for calendar checks', () => {
  const {pattern, examples} = (schema.$defs as Record<string, {pattern: string; examples: string[]}>).isoDate;
  const datePattern = new RegExp(pattern, 'u');
  // mulberry32, seeded: the same texts on every run.
  let seed = 16;
  const random = (): number => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  // Forms as EDTF writes them, and pieces that each break them somewhere.
  const good = {
    year: ['2001', '-0044', '0000', '1900', '2000', '201X', '20XX', '-201X'],
    rest: ['', '-01', '-02-29', '-02-28', '-12-31', '-04-31', '-XX', '-XX-XX', '-08-XX', '-21', '-24', '-10-07T16:30Z', '-10-07T21:00:00.5+04:30'],
    qualifier: ['', '', '?', '~', '%'],
  };
  const bad = {
    year: ['2X01', 'Y12345', 'Y-13800000000', 'Y1234', '+012021', '-13800000000', '20011', '1234567', '275760', '-271821', ' 2001'],
    rest: ['-13', '-00', '-25', '-1', '-01-32', '-01-00', '-XX-05', '-21-01', '-10-07T24:00', '-10T10:00', '-2'],
    qualifier: ['?~', ' ', '??', 'X'],
  };
  const single = (): string =>
    pick(random() < 0.8 ? good.year : bad.year) + pick(random() < 0.8 ? good.rest : bad.rest) + pick(random() < 0.9 ? good.qualifier : bad.qualifier);
  const texts = [...examples, '', '/', '..', '../..', '/..', '../', '2001//2002', '2001/2002/2003'];
  for (let i = 0; i < 3000; i++) {
    texts.push(pick([single, single, () => `${pick([single(), '', '..'])}/${pick([single(), '', '..'])}`])());
  }
  const disagreements: string[] = [];
  let read = 0;
  for (const text of texts) {
    const date = parseEdtf(text);
    if (typeof date !== 'string') read++;
    const matches = datePattern.test(text);
    // A calendar reason may come before a malformed second end is seen: then both reject, for different reasons.
    const agree = typeof date !== 'string' ? matches : !matches || SEMANTIC_DATE_REASON.test(date);
    if (!agree) disagreements.push(`${JSON.stringify(text)}: pattern ${matches}, parser ${JSON.stringify(date)}`);
  }
  assert.deepEqual(disagreements.slice(0, 20), []);
  // The texts must exercise both sides, or agreement would prove nothing.
  assert.ok(read > 500 && read < texts.length - 500, `${read} of ${texts.length} texts read`);
  for (const example of examples) assert.equal(typeof parseEdtf(example), 'object', example);
});
