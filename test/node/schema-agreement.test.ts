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
 */
import assert from 'node:assert/strict';
import {existsSync, readdirSync, readFileSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import Ajv2020, {type ErrorObject} from 'ajv/dist/2020.js';
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
