/**
 * What is wrong with a JSON text that `JSON.parse` refused, said the way a
 * person fixes it: what was found, where, and the likely cause. Engines word
 * this differently or not at all (WebKit and some Chromium messages name no
 * position and no cause), so the text is scanned again here; this runs only
 * after a parse has already failed.
 */
export interface JsonSyntaxError {
  /** Character offset of the fault; `text.length` when the text ends too early. */
  readonly offset: number;
  /** 1-based line and column of `offset`, counting every line of the text. */
  readonly line: number;
  readonly column: number;
  /** For example `unexpected "}" at line 5, column 65; a comma may be missing before it`. */
  readonly message: string;
}

/** Line and column (1-based) of a character offset. */
export function lineAndColumn(text: string, offset: number): {line: number; column: number} {
  const before = text.slice(0, offset);
  return {line: before.split('\n').length, column: offset - before.lastIndexOf('\n')};
}

const at = (text: string, offset: number) => {
  const {line, column} = lineAndColumn(text, offset);
  return `line ${line}, column ${column}`;
};

const WORD = /[A-Za-z_$][\w$]*/y;
const NUMBER_LIKE = /[-+.\d][-+.\deE]*/y;

/** The match of a sticky pattern at `offset`, or `undefined`. */
function matchAt(pattern: RegExp, text: string, offset: number): string | undefined {
  pattern.lastIndex = offset;
  return pattern.exec(text)?.[0];
}
const VALID_NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const NOT_JSON_WORDS: Record<string, string> = {
  NaN: 'JSON has no NaN; write null',
  Infinity: 'JSON has no Infinity; write null or a number',
  undefined: 'JSON has no undefined; write null or leave the member out',
  True: 'JSON writes true in lower case',
  False: 'JSON writes false in lower case',
  None: 'JSON writes null',
  Null: 'JSON writes null in lower case',
};

/** A short description of the token at `offset`: `"}"`, `string "events"`, `number 01`, `tru`. */
function token(text: string, offset: number): string {
  const clip = (s: string) => (s.length > 30 ? `${s.slice(0, 30)}…` : s);
  const char = text[offset] ?? '';
  if (char === '"') {
    const close = text.indexOf('"', offset + 1);
    const lineEnd = text.slice(offset, offset + 60).search(/[\r\n]/);
    const end = close > 0 && (lineEnd < 0 || close < offset + lineEnd) ? close + 1 : offset + (lineEnd < 0 ? 60 : lineEnd);
    return `string ${clip(text.slice(offset, end))}`;
  }
  const word = matchAt(WORD, text, offset);
  if (word !== undefined) return clip(word);
  const number = matchAt(NUMBER_LIKE, text, offset);
  if (number !== undefined && /\d/.test(number)) return `number ${clip(number)}`;
  if (char < ' ' || char === '\u007f') return `control character U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
  return `"${String.fromCodePoint(text.codePointAt(offset) ?? 0)}"`;
}

/**
 * Finds and explains the first place `text` breaks the JSON grammar, or
 * returns `undefined` when it does not. Reads with a loop and an explicit
 * stack, so deep nesting cannot overflow.
 */
export function describeJsonError(text: string): JsonSyntaxError | undefined {
  let i = 0;
  /** The open brackets, innermost last, with where each opened. */
  const open: Array<{char: '{' | '['; offset: number}> = [];
  /** The last token read that matters for what comes next. */
  let previous: 'start' | 'open' | 'comma' | 'colon' | 'value' = 'start';
  let documentEnd = -1;

  const fail = (offset: number, message: string): JsonSyntaxError => ({...lineAndColumn(text, offset), offset, message});
  const unexpected = (offset: number, why: string) => fail(offset, `unexpected ${token(text, offset)} at ${at(text, offset)}; ${why}`);
  const endOfFile = (): JsonSyntaxError => {
    const inner = open[open.length - 1];
    const still = inner ? `, with the "${inner.char}" opened at ${at(text, inner.offset)} still open` : '';
    return fail(text.length, `the file ends at ${at(text, text.length)} before the JSON is complete${still}; is it cut off?`);
  };
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };

  /** Reads a string at `i`; an error when it is not closed or holds what JSON forbids. */
  const string = (): JsonSyntaxError | undefined => {
    const start = i++;
    while (i < text.length) {
      const char = text[i]!;
      if (char === '"') {
        i++;
        return undefined;
      }
      if (char === '\n' || char === '\r') {
        return fail(start, `unclosed string at ${at(text, start)}: it has no closing double quote before the end of its line`);
      }
      if (char === '\t') return fail(i, `unescaped tab at ${at(text, i)} in the string that opens at ${at(text, start)}; write it as \\t`);
      if (char < ' ') return unexpected(i, `a control character inside a string must be written as an escape such as \\u0001`);
      if (char === '\\') {
        const next = text[i + 1] ?? '';
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            return fail(i, `"\\u" at ${at(text, i)} must be followed by four hexadecimal digits`);
          }
          i += 6;
          continue;
        }
        if (i + 1 >= text.length) break;
        if (!'"\\/bfnrt'.includes(next)) {
          return fail(i, `unknown escape "\\${next}" at ${at(text, i)}; a backslash is written "\\\\", and escapes are \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX`);
        }
        i += 2;
        continue;
      }
      i++;
    }
    return fail(start, `unclosed string at ${at(text, start)}: the file ends inside it; is it cut off?`);
  };

  /** Reads a value at `i` that is not an object or array. */
  const scalar = (): JsonSyntaxError | undefined => {
    const char = text[i]!;
    if (char === '"') return string();
    if (char === "'") return unexpected(i, 'JSON strings and keys need double quotes');
    if (char === '/') return unexpected(i, 'JSON allows no comments');
    const word = matchAt(WORD, text, i);
    if (word !== undefined) {
      if (word === 'true' || word === 'false' || word === 'null') {
        i += word.length;
        return undefined;
      }
      const meant = ['true', 'false', 'null'].find((literal) => literal.startsWith(word) || word.startsWith(literal));
      if (meant) return unexpected(i, `did you mean ${meant}?`);
      return unexpected(i, NOT_JSON_WORDS[word] ?? 'text needs double quotes; other values are numbers, true, false, null, objects and arrays');
    }
    const number = matchAt(NUMBER_LIKE, text, i);
    if (number !== undefined && /\d/.test(number)) {
      if (!VALID_NUMBER.test(number)) {
        return unexpected(i, 'a JSON number has no leading zeros, plus sign or bare decimal point, as in 0.5, -3 or 1e6');
      }
      i += number.length;
      return undefined;
    }
    if (char === ',') {
      return unexpected(i, previous === 'comma' ? 'there are two commas in a row' : previous === 'colon' ? 'a value is missing after the colon' : 'a value is missing before it');
    }
    if (char === '}' || char === ']') {
      const top = open[open.length - 1];
      if (previous === 'open' && top) return unexpected(i, `the "${top.char}" opened at ${at(text, top.offset)} must be closed with "${top.char === '{' ? '}' : ']'}"`);
      if (previous === 'comma') return unexpected(i, 'remove the comma before it: JSON allows no comma after the last item');
      if (previous === 'colon') return unexpected(i, 'a value is missing after the colon');
    }
    return unexpected(i, 'expected a value: a string in double quotes, a number, true, false, null, an object or an array');
  };

  /** Reads `"key":` at `i`, after `{` or a comma in an object. */
  const key = (): JsonSyntaxError | undefined => {
    space();
    if (i >= text.length) return endOfFile();
    const char = text[i]!;
    if (char === '}' && previous === 'comma') return unexpected(i, 'remove the comma before it: JSON allows no comma after the last member');
    if (char === "'") return unexpected(i, 'JSON keys and strings need double quotes');
    if (char !== '"') {
      const word = matchAt(WORD, text, i);
      if (word !== undefined) return unexpected(i, `keys need double quotes, as in "${word}"`);
      if (char === ',') return unexpected(i, 'there are two commas in a row');
      if (char === '/') return unexpected(i, 'JSON allows no comments');
      return unexpected(i, 'expected a key in double quotes');
    }
    const start = i;
    const bad = string();
    if (bad) return bad;
    space();
    if (i >= text.length) return endOfFile();
    if (text[i] !== ':') return unexpected(i, `a colon may be missing after the key ${text.slice(start, i).trim()}`);
    i++;
    previous = 'colon';
    return undefined;
  };

  for (;;) {
    space();
    const top = open[open.length - 1];
    if (previous !== 'value') {
      if (i >= text.length) return endOfFile();
      const char = text[i]!;
      if (char === '{' || char === '[') {
        open.push({char, offset: i});
        i++;
        previous = 'open';
        space();
        if (text[i] === (char === '{' ? '}' : ']')) {
          open.pop();
          i++;
          previous = 'value';
        } else if (char === '{') {
          const bad = key();
          if (bad) return bad;
        }
        continue;
      }
      const bad = scalar();
      if (bad) return bad;
      previous = 'value';
      continue;
    }
    if (top === undefined) {
      documentEnd = i;
      break;
    }
    if (i >= text.length) return endOfFile();
    const char = text[i]!;
    const closer = top.char === '{' ? '}' : ']';
    if (char === ',') {
      i++;
      previous = 'comma';
      if (top.char === '{') {
        const bad = key();
        if (bad) return bad;
      }
    } else if (char === closer) {
      open.pop();
      i++;
    } else if (char === '}' || char === ']') {
      return unexpected(i, `the "${top.char}" opened at ${at(text, top.offset)} must be closed with "${closer}" first`);
    } else if (char === '/') {
      return unexpected(i, 'JSON allows no comments');
    } else if (char === ':' && top.char === '{') {
      return unexpected(i, 'a key must be a string in double quotes, followed by one colon');
    } else if (/["'{[\w$-]/.test(char)) {
      return unexpected(i, 'a comma may be missing before it');
    } else {
      return unexpected(i, `expected "," or "${closer}"`);
    }
  }
  if (documentEnd >= text.length) return undefined;
  return unexpected(documentEnd, 'it follows the end of the JSON value; remove it, or put the values in an array');
}
