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
// 3. d3-selection puts all its methods on one prototype object, so rollup keeps
//    every one, and the helpers behind them (data joins, namespaces, class
//    lists), though d3-zoom, d3-drag and ZoomController call only a few. The
//    bundled copy's prototype keeps just those (SELECTION_METHODS); the
//    script-tag test drives d3-zoom's gestures through the bundle.

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

/**
 * The selection methods that what we bundle calls: d3-zoom (call, datum, each,
 * filter, on, property, selection, style; its interrupt() is ZoomController's
 * own), d3-drag's dragDisable/dragEnable (on) and ZoomController (call, node, on).
 */
export const SELECTION_METHODS = ['constructor', 'call', 'datum', 'each', 'filter', 'node', 'on', 'property', 'selection', 'style'];

/**
 * Keeps only `keep` of the methods in d3-selection's prototype literal. Throws
 * if the literal is not there, has an entry of another form, or lacks one of
 * `keep`: the file is not laid out as this expects.
 */
export function trimSelectionPrototype(code, keep) {
  const literal = /^(Selection\.prototype = selection\.prototype = \{\n)([\s\S]*?)(\n\};)$/m.exec(code);
  if (!literal) throw new Error('d3-selection: no `Selection.prototype = selection.prototype = {...}` found');
  const entries = literal[2].split(',\n').map((entry) => {
    const parts = /^ {2}(\w+|\[Symbol\.iterator\]): \w+$/.exec(entry);
    if (!parts) throw new Error(`d3-selection: unexpected prototype entry ${JSON.stringify(entry)}`);
    return {name: parts[1], entry};
  });
  const missing = keep.filter((name) => !entries.some((e) => e.name === name));
  if (missing.length) throw new Error(`d3-selection: no ${missing.join(', ')} in the prototype`);
  // A dropped entry leaves an empty line, so that no line moves and the source map holds.
  const lines = entries.map((e) => (keep.includes(e.name) ? `${e.entry},` : ''));
  const end = literal.index + literal[0].length;
  return `${code.slice(0, literal.index)}${literal[1]}${lines.join('\n')}${literal[3]}${code.slice(end)}`;
}

/** The path of `id` inside node_modules, with forward slashes. */
const packagePath = (id) => /[\\/]node_modules[\\/](.*)$/.exec(id)?.[1].replaceAll('\\', '/');

export function trimD3() {
  return {
    name: 'trim-d3',
    transform(code, id) {
      const file = packagePath(id);
      if (file === TRANSITION_PATCH) return {code, map: null, moduleSideEffects: false};
      if (file === 'd3-selection/dist/d3-selection.mjs') {
        try {
          return {code: trimSelectionPrototype(code, SELECTION_METHODS), map: null};
        } catch (error) {
          this.error(error.message);
        }
      }
      const expected = PURE_TOP_LEVEL_CALLS[file];
      if (expected === undefined) return null;
      const marked = markPureTopLevelCalls(code);
      if (marked.count !== expected) this.error(`expected ${expected} top-level calls in ${file}, found ${marked.count}`);
      return {code: marked.code, map: null};
    },
  };
}
