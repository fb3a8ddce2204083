import {csvHeaderColumns} from './csv.js';
/**
 * What is wrong with a JSON text that `JSON.parse` refused, said the way a
 * person fixes it: what was found, where, and the likely cause. Engines word
 * this differently or not at all (WebKit and some Chromium messages name no
 * position and no cause), so the text is scanned again here; this runs only
 * after a parse has already failed. It ships in the standalone bundle, so it
 * names the common faults in few words and leaves the rare ones (a comment,
 * NaN, a leading zero) at "expected a value".
 */
export interface JsonSyntaxError {
  /** Character offset of the fault; `text.length` when the text ends too early. */
  readonly offset: number;
  /** For example `unexpected "}" at line 5, column 65; a comma may be missing before it`. */
  readonly message: string;
}

/** A token as a message shows it: a string or word as written (clipped), a lone character in quotes. */
const TOKEN = /"[^"\n]{0,30}"?|[\w$.+-]{1,30}|[^]/y;
/** A value that is not an object, array or string. The lookahead refuses `01` and `truex`. */
const SCALAR = /(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)(?![\w.])/y;
/** One character of a string's content: an escape, or anything but a backslash or a control character. */
const STRING_PART = /\\(?:["\\/bfnrt]|u[\da-fA-F]{4})|[^\\\0-\x1f]/y;

/**
 * Finds and explains the first place `text` breaks the JSON grammar, or
 * returns `undefined` when it does not. One loop with an explicit stack, so
 * deep nesting cannot overflow.
 */
export function describeJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  /** Offsets of the open brackets, innermost last. */
  const open: number[] = [];
  /** The last thing read: "" at the start, a bracket, "," or ":", or "v" after a value. */
  let previous = '';

  /** "line 3, column 5", counting every line of the text. */
  const where = (offset: number) => {
    const before = text.slice(0, offset);
    return `line ${before.split('\n').length}, column ${offset - before.lastIndexOf('\n')}`;
  };
  const fail = (offset: number, message: string): JsonSyntaxError => ({offset, message});
  const unexpected = (offset: number, why: string) => {
    TOKEN.lastIndex = offset;
    const token = TOKEN.exec(text)![0];
    return fail(offset, `unexpected ${token.length > 1 ? token : `"${token}"`} at ${where(offset)}; ${why}`);
  };
  const cutOff = () => fail(text.length, `it ends at ${where(text.length)} before the JSON is complete; is it cut off?`);
  /** Reads the string whose quote is at `i`; its fault, if any. */
  const string = () => {
    const start = i++;
    while (i < text.length && text[i] !== '\n' && text[i] !== '\r') {
      if (text[i] === '"') {
        i++;
        return undefined;
      }
      STRING_PART.lastIndex = i;
      if (!STRING_PART.test(text)) return unexpected(i, 'escape it, as in \\t');
      i = STRING_PART.lastIndex;
    }
    return fail(start, `unclosed string at ${where(start)}: no closing quote ${i < text.length ? 'on its line' : 'before the end; is it cut off?'}`);
  };

  for (;;) {
    while (' \t\n\r'.includes(text[i] ?? '.')) i++;
    const top = text[open[open.length - 1] ?? -1];
    const closer = top === '{' ? '}' : ']';
    if (i >= text.length) return previous === 'v' && !top ? undefined : cutOff();
    const char = text[i]!;
    if (previous === 'v') {
      if (!top) return unexpected(i, 'the JSON ended before it');
      if (char === closer) open.pop();
      else if (char === ',') previous = ',';
      else return unexpected(i, /["'{[\w-]/.test(char) ? 'a comma may be missing before it' : `expected "," or "${closer}"`);
      i++;
      continue;
    }
    if (char === '}' || char === ']') {
      if (previous === ',') return unexpected(i, 'remove the comma before it');
      if (char !== closer || previous !== top) return unexpected(i, 'expected a value');
      open.pop();
      i++;
      previous = 'v';
      continue;
    }
    if (char === "'") return unexpected(i, 'use double quotes');
    if (top === '{' && previous !== ':') {
      // A key, after "{" or a comma.
      if (char !== '"') return unexpected(i, 'expected a key in double quotes');
      const fault = string();
      if (fault) return fault;
      while (' \t\n\r'.includes(text[i] ?? '.')) i++;
      if (i >= text.length) return cutOff();
      if (text[i] !== ':') return unexpected(i, 'expected ":"');
      i++;
      previous = ':';
      continue;
    }
    if (char === '{' || char === '[') {
      open.push(i++);
      previous = char;
      continue;
    }
    if (char === '"') {
      const fault = string();
      if (fault) return fault;
    } else {
      SCALAR.lastIndex = i;
      if (!SCALAR.test(text)) return unexpected(i, 'expected a value');
      i = SCALAR.lastIndex;
    }
    previous = 'v';
  }
}

/**
 * What is wrong in a text that is not valid JSON, for the message "the file
 * is not valid JSON: …": a CSV file read as JSON says so and how to read it,
 * anything else says what was found where.
 */
export function explainInvalidJson(text: string): string {
  return csvHint(text) ?? describeJsonError(text)?.message ?? 'it could not be read';
}

/**
 * When text that was read as JSON starts with a CSV header row (names a
 * spreadsheet column news-timeline reads), how to read it as CSV instead: an
 * export address without an extension, served as `text/plain`, lands here.
 */
function csvHint(text: string): string | undefined {
  const firstLine = /^\s*([^\r\n]*)/.exec(text)?.[1] ?? '';
  const columns = csvHeaderColumns(firstLine);
  if (!columns) return undefined;
  return `it looks like CSV (columns ${columns.join(', ')}); read it with type="csv" (--format csv on the command line)`;
}
