/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {describeJsonError} from '../../src/data/json-error.js';
import {parseTimelineText} from '../../src/data/parse-timeline-text.js';

/** The one problem of a text that is not JSON, as the reader sees it. */
function messageOf(text: string): string {
  const {problems, timeline} = parseTimelineText(text);
  expect(timeline).to.equal(undefined);
  expect(problems).to.have.length(1);
  return problems[0].message;
}

describe('describeJsonError: what was found where, and the likely cause', () => {
  const cases: Array<[string, string, string]> = [
    ['a missing comma between members', '{\n  "title": "T"\n  "events": []\n}\n', 'unexpected "events" at line 3, column 3; a comma may be missing before it'],
    ['a missing comma between elements', '{"title": "T", "events": [\n  {"id": "a"}\n  {"id": "b"}\n]}', 'unexpected "{" at line 3, column 3; a comma may be missing before it'],
    ['a missing comma between numbers', '[10 20]', 'unexpected 20 at line 1, column 5; a comma may be missing before it'],
    ['a trailing comma in an object', '{\n  "title": "T",\n  "events": [],\n}\n', 'unexpected "}" at line 4, column 1; remove the comma before it'],
    ['a trailing comma in an array', '{"events": [1, 2, ]}', 'unexpected "]" at line 1, column 19; remove the comma before it'],
    ['an unclosed string', '{\n  "title": "T,\n  "events": []\n}\n', 'unclosed string at line 2, column 12: no closing quote on its line'],
    ['an unclosed string at the end of the file', '{"title": "T', 'unclosed string at line 1, column 11: no closing quote before the end; is it cut off?'],
    ['an unquoted key', '{\n  "title": "T",\n  events: []\n}\n', 'unexpected events at line 3, column 3; expected a key in double quotes'],
    ['a single-quoted string', "{\n  \"title\": 'T',\n  \"events\": []\n}\n", `unexpected "'" at line 2, column 12; use double quotes`],
    ['a single-quoted key', "{'title': 'T'}", `unexpected "'" at line 1, column 2; use double quotes`],
    ['the end of the file inside an array', '{"title": "T", "events": [', 'it ends at line 1, column 27 before the JSON is complete; is it cut off?'],
    ['the end of the file after a key', '{\n  "title": "T",\n  "events"', 'it ends at line 3, column 11 before the JSON is complete; is it cut off?'],
    ['a second document after the first', '{"title": "T", "events": []}\n{"x": 1}', 'unexpected "{" at line 2, column 1; the JSON ended before it'],
    ['text after the end', '{"title": "T", "events": []} x', 'unexpected "x" at line 1, column 30; the JSON ended before it'],
    ['two commas in an object', '{"events": [{"id": "a",, "date": "2001"}]}', 'unexpected "," at line 1, column 24; expected a key in double quotes'],
    ['two commas in an array', '[1,, 2]', 'unexpected "," at line 1, column 4; expected a value'],
    ['a missing colon', '{"a" 1}', 'unexpected "1" at line 1, column 6; expected ":"'],
    ['a bracket closed with a brace', '{"events": [1, 2}', 'unexpected "}" at line 1, column 17; expected "," or "]"'],
    ['a misspelt literal', '{"draft": tru}', 'unexpected tru at line 1, column 11; expected a value'],
    ['a number with a leading zero', '{"a": 01}', 'unexpected 01 at line 1, column 7; expected a value'],
    ['an unknown escape', '{"a": "C:\\path"}', 'unexpected "\\" at line 1, column 10; escape it, as in \\t'],
    ['a raw tab in a string', '{"a": "x\ty"}', 'unexpected "\t" at line 1, column 9; escape it, as in \\t'],
  ];
  for (const [name, text, message] of cases) {
    it(name, () => {
      expect(() => JSON.parse(text), 'the case must be invalid JSON').to.throw(SyntaxError);
      expect(describeJsonError(text)?.message).to.equal(message);
      // The reader's message is the same, after the file's verdict.
      expect(messageOf(text)).to.equal(`the file is not valid JSON: ${message}`);
    });
  }

  it('gives the offset of the fault', () => {
    const text = '{\n  "title": "T"\n  "events": []\n}\n';
    expect(describeJsonError(text)?.offset).to.equal(text.indexOf('"events"'));
    expect(describeJsonError('[1, 2')?.offset).to.equal(5);
  });

  it('finds nothing wrong in valid JSON, however it is laid out', () => {
    for (const text of ['{}', '[]', ' {"a": [1, -2.5e3, true, false, null, "x\\u00e9\\n"], "b": {}} ', '"text"', '0', '[[[[]]]]']) {
      expect(describeJsonError(text), text).to.equal(undefined);
    }
  });

  it('reads 100,000 levels of nesting without overflowing', () => {
    const text = '['.repeat(100_000);
    expect(describeJsonError(text)?.message).to.equal('it ends at line 1, column 100001 before the JSON is complete; is it cut off?');
  });
});
