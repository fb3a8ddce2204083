// A rollup plugin for the self-contained bundles: squeezes the whitespace and
// comments out of Lit `css` template literals in our *.styles.ts files, which
// terser leaves alone because they are strings. Only whitespace that CSS does
// not need goes: runs become one space, and none is kept around { } ; or after
// , and : (no literal of ours has a string or a url() where that would matter).
//
// It sees the files after @rollup/plugin-typescript has compiled them (that
// plugin works in `load`), and TypeScript prints the tag as "css `": the
// pattern allows the space, and a styles file with no literal found is an
// error, so that a change in the compiler's output cannot quietly undo this.

/** Squeezes one literal's CSS text. */
export function squeezeCss(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([,:])\s+/g, '$1')
    .trim();
}

/** `code` with every css`…` literal squeezed, and how many there were. */
export function minifyCssInCode(code) {
  let count = 0;
  const out = code.replace(/\bcss\s*`([^`]*)`/g, (_, body) => {
    count++;
    return `css\`${squeezeCss(body)}\``;
  });
  return {code: out, count};
}

export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.styles\.ts$/.test(id)) return null;
      const {code: out, count} = minifyCssInCode(code);
      if (count === 0) this.error(`no css\`…\` literal found in ${id}`);
      return {code: out, map: null};
    },
  };
}
