/// <reference types="node" />
// `news-timeline validate` on update times and corrections: every problem named by its path, the events kept.
import assert from 'node:assert/strict';
import {readFile} from 'node:fs/promises';
import {join} from 'node:path';
import {test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {run} from '../../src/cli/main.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaFixture = (kind: string, name: string) => join(root, 'test/fixtures/schema', kind, name);

async function validate(file: string): Promise<{code: number; stdout: string}> {
  let stdout = '';
  const code = await run(['validate', file], {
    stdout: {write: (text: string) => (stdout += text)},
    stderr: {write: () => undefined},
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: async () => '',
  });
  return {code, stdout};
}

test('validate: bad update times and corrections are errors at their paths, and no event is left out', async () => {
  const file = schemaFixture('invalid', 'update-times-bad.json');
  const {code, stdout} = await validate(file);
  assert.equal(code, 1);
  const lines = stdout.trimEnd().split('\n');
  assert.ok(lines.includes(`${file}: events[0].updated: expected a date-time with its zone like 2021-10-20T14:05Z or a date, got "2021-10-20T14:05"; the update time was left out`), stdout);
  assert.ok(lines.includes(`${file}: updated: expected a date-time with its zone like 2021-10-20T14:05Z or a date, got "yesterday"; the update time was left out`), stdout);
  assert.ok(lines.includes(`${file}: events[0].corrections[0].date: is missing; the correction was left out`), stdout);
  assert.match(lines.at(-1)!, /^2 events, 8 errors, 1 warning$/);
});

test('validate: valid update times and corrections give no problem', async () => {
  const {code, stdout} = await validate(schemaFixture('valid', 'update-times.json'));
  assert.equal(code, 0);
  assert.equal(stdout, '2 events, 0 problems\n');
});
