// A rollup plugin for the self-contained bundles: squeezes the whitespace and
// comments out of Lit `css` template literals in our *.styles.ts files, which
// terser leaves alone because they are strings. Only whitespace that CSS does
// not need goes: runs become one space, and none is kept around { } ; or after ,
// (no literal of ours has a string or a url() where that would matter).
export function minifyCssLiterals() {
  return {
    name: 'minify-css-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.styles\.ts$/.test(id)) return null;
      // TypeScript prints the tag with a space (css `...`) by the time this runs.
      const out = code.replace(/css\s*`([^`]*)`/g, (_, body) => {
        const squeezed = body
          .replace(/\/\*[\s\S]*?\*\//g, '')
          .replace(/\s+/g, ' ')
          .replace(/\s*([{};])\s*/g, '$1')
          .replace(/,\s+/g, ',')
          .trim();
        return `css\`${squeezed}\``;
      });
      return {code: out, map: null};
    },
  };
}
