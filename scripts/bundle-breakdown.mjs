// Prints what each package and each folder of src/ contributes to a built
// self-contained bundle, from the bundle's source map (run after `npm run build`):
//   node scripts/bundle-breakdown.mjs [dist/news-timeline.bundle.js] [--files]
// Without a file: the script-tag bundle's core, then each part it loads when
// needed (every file in dist/size.json).
// Every byte of the minified output is charged to the source the map points
// at. Gzip does not add up per part, so each group gets two gzip figures:
// its own bytes compressed alone, and that figure scaled so that the groups
// sum to the whole bundle's gzip size (the fairer "share").
import {readFileSync} from 'node:fs';
import {gzipSize} from './report-size.mjs';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ) into its numbers. */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/**
 * Which source index each character of `code` came from (-1: before the first
 * mapping or after an unmapped segment). A segment runs until the next one
 * starts, across line breaks: terser maps no lines inside a template literal.
 */
function sourceOfEachChar(code, mappings) {
  const owners = new Int32Array(code.length).fill(-1);
  let lineStart = 0;
  let source = 0;
  let from = 0;
  let owner = -1;
  for (const line of mappings.split(';')) {
    let column = 0;
    for (const segment of line ? line.split(',').map(decodeSegment) : []) {
      column += segment[0];
      owners.fill(owner, from, lineStart + column);
      if (segment.length > 1) source += segment[1];
      owner = segment.length > 1 ? source : -1;
      from = lineStart + column;
    }
    const lineEnd = code.indexOf('\n', lineStart);
    lineStart = lineEnd < 0 ? code.length : lineEnd + 1;
  }
  owners.fill(owner, from, code.length);
  return owners;
}

/** A package name for node_modules paths, a folder of src/ for ours. */
function groupOf(path) {
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (inPackage) return inPackage[1];
  const inSrc = /(?:^|\/)src\/(.*)$/.exec(path);
  if (!inSrc) return path;
  const parts = inSrc[1].split('/');
  if (parts.length === 1) return 'src/';
  return `src/${parts.slice(0, parts[0] === 'elements' ? 2 : 1).join('/')}/`;
}

const args = process.argv.slice(2);
const byFile = args.includes('--files');
const named = args.find((a) => !a.startsWith('--'));
const files = named ? [named] : Object.keys(JSON.parse(readFileSync('dist/size.json', 'utf8'))).map((name) => `dist/${name}`);
files.forEach((file, i) => {
  if (i > 0) console.log('');
  breakDown(file);
});

/** Prints the parts of one built file. */
function breakDown(file) {
  const code = readFileSync(file, 'utf8');
  const map = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
  const owners = sourceOfEachChar(code, map.mappings);

  const pieces = new Map();
  for (let start = 0, i = 1; i <= code.length; i++) {
    if (i < code.length && owners[i] === owners[start]) continue;
    const owner = owners[start];
    const key = owner < 0 ? '(unmapped)' : byFile ? map.sources[owner] : groupOf(map.sources[owner]);
    pieces.set(key, [...(pieces.get(key) ?? []), code.slice(start, i)]);
    start = i;
  }
  const texts = new Map([...pieces].map(([key, list]) => [key, list.join('')]));

  const total = gzipSize(code);
  const rows = [...texts].map(([name, text]) => ({name, bytes: Buffer.byteLength(text), alone: gzipSize(text)}));
  const aloneSum = rows.reduce((sum, row) => sum + row.alone, 0);
  rows.sort((a, b) => b.alone - a.alone);

  const kb = (n) => (n / 1024).toFixed(1).padStart(6);
  console.log(`${file}: ${kb(Buffer.byteLength(code))} KB minified, ${kb(total)} KB gzip\n`);
  console.log(`${'part'.padEnd(44)} ${'min KB'.padStart(6)} ${'gz alone'.padStart(8)} ${'gz share'.padStart(8)}`);
  for (const row of rows) {
    console.log(`${row.name.padEnd(44)} ${kb(row.bytes)} ${kb(row.alone).padStart(8)} ${kb((row.alone / aloneSum) * total).padStart(8)}`);
  }
}
