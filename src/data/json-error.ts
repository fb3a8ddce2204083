/**
 * Where a JSON text first breaks the grammar, as a character offset, or -1 if
 * it does not. Engines report this differently or not at all (WebKit and
 * some Chromium messages name no position), so the parser finds it itself;
 * it runs only after `JSON.parse` has already failed.
 */
export function findJsonError(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i])) i++;
  };
  const literal = (word: string) => {
    for (const char of word) {
      if (text[i] !== char) return false;
      i++;
    }
    return true;
  };
  const string = () => {
    i++; // opening quote
    while (i < text.length) {
      const char = text[i];
      if (char === '"') {
        i++;
        return true;
      }
      if (char < ' ') return false;
      if (char === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) return false;
          i += 5;
          continue;
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? '')) return false;
      }
      i++;
    }
    return false;
  };
  const number = () => {
    const match = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) return false;
    i += match[0].length;
    return true;
  };
  const key = () => {
    space();
    if (text[i] !== '"' || !string()) return false;
    space();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const closer = (open: string) => (open === '{' ? '}' : ']');
  // A loop with an explicit stack rather than recursion, so deep nesting cannot overflow.
  const stack: string[] = [];
  let expectValue = true;
  for (;;) {
    space();
    if (expectValue) {
      const char = text[i];
      if (char === '{' || char === '[') {
        stack.push(char);
        i++;
        space();
        if (text[i] === closer(char)) {
          stack.pop();
          i++;
          expectValue = false;
        } else if (char === '{' && !key()) {
          return i;
        }
        continue;
      }
      const ok = char === '"' ? string() : char === 't' ? literal('true') : char === 'f' ? literal('false') : char === 'n' ? literal('null') : number();
      if (!ok) return i;
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (top === undefined) break;
    if (text[i] === ',') {
      i++;
      if (top === '{' && !key()) return i;
      expectValue = true;
    } else if (text[i] === closer(top)) {
      stack.pop();
      i++;
    } else {
      return i;
    }
  }
  return i < text.length ? i : -1;
}

/** " (line 3, column 5)" where a text that is not valid JSON breaks, a note that it stops early, or nothing. */
export function whereJsonFails(text: string): string {
  const position = findJsonError(text);
  if (position < 0) return '';
  if (position >= text.length) return ' (it ends too early: is it cut off?)';
  const before = text.slice(0, position);
  const line = before.split('\n').length;
  const column = position - before.lastIndexOf('\n');
  return ` (line ${line}, column ${column})`;
}
