import type {Steps} from '../steps/steps.js';

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const COLON = 58;
const OPEN_ARRAY = 91;
const CLOSE_ARRAY = 93;
const OPEN_OBJECT = 123;
const CLOSE_OBJECT = 125;

/**
 * Parses JSON text to the value `JSON.parse(text)` gives, a slice at a time:
 * `JSON.parse` of a 30 MB timeline holds the page for over half a second in
 * one task. The top-level object's members, and the elements of arrays at the
 * top level or in a member of it (the events), are cut apart and parsed by
 * `JSON.parse` a batch of about `sliceLength` characters at a time, with a
 * yield after each batch. Text that is not JSON throws a SyntaxError, as
 * `JSON.parse` does, though with its own message: callers explain the error
 * with `describeJsonError`.
 */
export function* parseJsonSteps(text: string, sliceLength = 1 << 16): Steps<unknown> {
  const reader = new SliceReader(text, sliceLength);
  let start = reader.skipSpace(0);
  let value: unknown;
  const first = text.charCodeAt(start);
  if (first === OPEN_OBJECT) {
    [value, start] = yield* reader.object(start);
  } else if (first === OPEN_ARRAY) {
    [value, start] = yield* reader.array(start);
  } else {
    return JSON.parse(text);
  }
  if (reader.skipSpace(start) !== text.length) throw new SyntaxError(`Unexpected text after the JSON value at position ${start}`);
  return value;
}

class SliceReader {
  constructor(
    private readonly text: string,
    private readonly sliceLength: number,
  ) {}

  /** The members of the object opening at `start`, with where it ends. */
  *object(start: number): Generator<void, [Record<string, unknown>, number], void> {
    const {text} = this;
    const object: Record<string, unknown> = {};
    let at = this.skipSpace(start + 1);
    if (text.charCodeAt(at) === CLOSE_OBJECT) return [object, at + 1];
    for (;;) {
      if (text.charCodeAt(at) !== QUOTE) this.fail(at, 'a member name in quotes');
      const nameEnd = this.stringEnd(at);
      const name = JSON.parse(text.slice(at, nameEnd)) as string;
      at = this.skipSpace(nameEnd);
      if (text.charCodeAt(at) !== COLON) this.fail(at, '":"');
      at = this.skipSpace(at + 1);
      let value: unknown;
      if (text.charCodeAt(at) === OPEN_ARRAY) {
        [value, at] = yield* this.array(at);
      } else {
        const end = this.valueEnd(at);
        value = JSON.parse(text.slice(at, end));
        at = end;
      }
      // Defined, not assigned: JSON.parse makes "__proto__" a member like any other.
      Object.defineProperty(object, name, {value, writable: true, enumerable: true, configurable: true});
      at = this.skipSpace(at);
      const next = text.charCodeAt(at);
      if (next === CLOSE_OBJECT) return [object, at + 1];
      if (next !== COMMA) this.fail(at, '"," or "}"');
      at = this.skipSpace(at + 1);
    }
  }

  /** The elements of the array opening at `start`, parsed a batch at a time, with where it ends. */
  *array(start: number): Generator<void, [unknown[], number], void> {
    const {text} = this;
    const array: unknown[] = [];
    let batchStart = start + 1;
    let afterComma = false;
    for (;;) {
      // Whole elements up to about a slice's length, or to the end of the array.
      let end = batchStart;
      let closed = false;
      for (;;) {
        end = this.valueEnd(end);
        if (end >= text.length) this.fail(end, '"]"');
        const code = text.charCodeAt(end);
        if (code === CLOSE_ARRAY) {
          closed = true;
          break;
        }
        if (code !== COMMA) this.fail(end, '"," or "]"');
        if (end - batchStart >= this.sliceLength) break;
        end++;
      }
      const batch = JSON.parse(`[${text.slice(batchStart, end)}]`) as unknown[];
      // "[1," then "]" would parse as two good batches: a comma must be followed by an element.
      if (afterComma && batch.length === 0) this.fail(end, 'an element after ","');
      for (const element of batch) array.push(element);
      if (closed) return [array, end + 1];
      batchStart = end + 1;
      afterComma = true;
      yield;
    }
  }

  /**
   * Where the value starting at `start` ends: the first "," "]" or "}" outside
   * strings and brackets. Only finds the end; JSON.parse checks the value.
   */
  private valueEnd(start: number): number {
    const {text} = this;
    let depth = 0;
    for (let at = start; at < text.length; at++) {
      const code = text.charCodeAt(at);
      if (code === QUOTE) {
        at = this.stringEnd(at) - 1;
      } else if (code === OPEN_ARRAY || code === OPEN_OBJECT) {
        depth++;
      } else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
        if (depth === 0) return at;
        depth--;
      } else if (code === COMMA && depth === 0) {
        return at;
      }
    }
    return text.length;
  }

  /** Just past the closing quote of the string whose opening quote is at `start`. */
  private stringEnd(start: number): number {
    const {text} = this;
    let quote = start;
    for (;;) {
      quote = text.indexOf('"', quote + 1);
      if (quote < 0) this.fail(text.length, 'a closing quote');
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
    }
  }

  /** The first position from `start` that is not JSON white space. */
  skipSpace(start: number): number {
    const {text} = this;
    let at = start;
    for (;;) {
      const code = text.charCodeAt(at);
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) return at;
      at++;
    }
  }

  private fail(at: number, expected: string): never {
    throw new SyntaxError(`Expected ${expected} at position ${at} of the JSON text`);
  }
}
