// A rollup plugin that prints the size of each emitted chunk, raw, gzip and brotli,
// and writes them to dist/size.json for the README and the size budget.
import {writeFileSync, mkdirSync} from 'node:fs';
import {brotliCompressSync, gzipSync, constants} from 'node:zlib';

export function gzipSize(code) {
  return gzipSync(code, {level: 9}).length;
}

export function brotliSize(code) {
  return brotliCompressSync(code, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
}

export function reportSize() {
  return {
    name: 'report-size',
    generateBundle(_, bundle) {
      const sizes = {};
      for (const [name, chunk] of Object.entries(bundle)) {
        if (chunk.type !== 'chunk') continue;
        sizes[name] = {bytes: Buffer.byteLength(chunk.code), gzip: gzipSize(chunk.code), brotli: brotliSize(chunk.code)};
        const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
        console.log(`${name}: ${kb(sizes[name].bytes)} minified, ${kb(sizes[name].gzip)} gzip, ${kb(sizes[name].brotli)} brotli`);
      }
      mkdirSync('dist', {recursive: true});
      writeFileSync('dist/size.json', JSON.stringify(sizes, null, 2) + '\n');
    },
  };
}
