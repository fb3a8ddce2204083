// A rollup plugin for the self-contained bundles: leaves out the parts of the
// d3 modules under d3-zoom that rollup keeps although nothing we bundle uses
// them. Each change is checked against the file it expects, so a new version
// of a package laid out otherwise fails the build instead of quietly undoing it.
//
// 1. d3-zoom imports d3-transition for its interrupt(), and d3-transition's
//    index loads selection/index.js, which patches transition() and interrupt()
//    onto every d3 selection and so brings the Transition class, d3-ease and
//    d3-timer. Nothing here makes a d3 transition: ZoomController animates by
//    itself and gives its one selection its own interrupt(). That module is
//    declared free of side effects (in a hook: treeshake.moduleSideEffects
//    cannot overrule the package.json `sideEffects` that node-resolve reports).
// 2. d3-interpolate, a single file, builds its colour interpolators at the top
//    level through calls rollup cannot prove pure (the function returned gets a
//    property set, `rgb.gamma = ...`), which kept all of d3-color beside the
//    interpolateZoom that d3-zoom needs; d3-transition's schedule builds an
//    empty dispatcher the same way. Those calls only build closures: they are
//    marked pure.

const TRANSITION_PATCH = 'd3-transition/src/selection/index.js';

/** The files whose top-level `var x = f(...)` calls are pure, with how many each has. */
export const PURE_TOP_LEVEL_CALLS = {
  'd3-interpolate/dist/d3-interpolate.mjs': 12,
  'd3-transition/src/transition/schedule.js': 1,
};

/**
 * Marks each `var x = f(...)` and `var x = (function ...)(...)` that starts a
 * line (the top level, in these generated files) as pure. Only comments are
 * added, within lines.
 */
export function markPureTopLevelCalls(code) {
  let count = 0;
  const marked = code.replace(/^(var [\w$]+ = )(?=[\w$]+\(|\(function)/gm, (declaration) => {
    count++;
    return `${declaration}/*#__PURE__*/`;
  });
  return {code: marked, count};
}

/** The path of `id` inside node_modules, with forward slashes. */
const packagePath = (id) => /[\\/]node_modules[\\/](.*)$/.exec(id)?.[1].replaceAll('\\', '/');

export function trimD3() {
  return {
    name: 'trim-d3',
    transform(code, id) {
      const file = packagePath(id);
      if (file === TRANSITION_PATCH) return {code, map: null, moduleSideEffects: false};
      const expected = PURE_TOP_LEVEL_CALLS[file];
      if (expected === undefined) return null;
      const marked = markPureTopLevelCalls(code);
      if (marked.count !== expected) this.error(`expected ${expected} top-level calls in ${file}, found ${marked.count}`);
      return {code: marked.code, map: null};
    },
  };
}
