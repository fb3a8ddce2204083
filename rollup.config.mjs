// Two builds from the same sources:
//  1. dist/*.js — ES modules for bundler users, one file per source module,
//     with `lit` and `d3-*` left as imports (they are dependencies) and .d.ts.
//  2. dist/news-timeline.bundle.js — one self-contained, minified module for a
//     <script type="module"> embed: everything inlined, registers the tags.
// And three small programs:
//  3. dist/cli.js — the `news-timeline` command (Node, ES module, node:fs only).
//  4. dist/embed-child.js — the script of the iframe embed page: the element
//     and the height reporting, self-contained like the bundle; with the page
//     itself, dist/embed.html and dist/embed.css, to host next to it.
//  5. dist/embed-resizer.js — the host page's script that sizes embed iframes;
//     an IIFE, so it loads as a classic script or as a module.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {chmod, readFile} from 'node:fs/promises';
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';
import {reportSize} from './scripts/report-size.mjs';

const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^tslib$/];

/**
 * An entry renamed from its source path (dist/data.js is src/data/index.ts)
 * gets its declarations at the source path; a one-line dist/<name>.d.ts
 * re-exports them so that the `types` of the package's exports resolve.
 */
const declarationShims = (entries) => ({
  name: 'declaration-shims',
  generateBundle() {
    for (const [name, target] of Object.entries(entries)) {
      this.emitFile({type: 'asset', fileName: `${name}.d.ts`, source: `export * from '${target}';\n`});
    }
  },
});

// The programs are compiled without declarations: they are not imported.
const program = () => typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false});

/** Makes the CLI executable, for running it from a checkout (npm does this on install). */
const executable = () => ({
  name: 'executable',
  async writeBundle(options) {
    await chmod(options.file, 0o755);
  },
});

/**
 * The embed page to host next to dist/embed-child.js: demo/embed.html with
 * the built script instead of the source, and its style sheet.
 */
const embedPage = () => ({
  name: 'embed-page',
  async generateBundle() {
    const page = (await readFile('demo/embed.html', 'utf8'))
      .replace(/\s*<!-- Built: [^>]*-->/, '')
      .replace('src="../src/embed/embed-child.ts"', 'src="./embed-child.js"');
    if (!page.includes('src="./embed-child.js"')) this.error('demo/embed.html no longer loads ../src/embed/embed-child.ts');
    this.emitFile({type: 'asset', fileName: 'embed.html', source: page});
    this.emitFile({type: 'asset', fileName: 'embed.css', source: await readFile('demo/embed.css', 'utf8')});
  },
});

// For the self-contained bundles. d3-time builds its local-time intervals and
// ticker at the top level through calls rollup cannot prove pure, so they came
// along with the UTC ones we use (0.3 KB gzip). Both functions only build and
// return closures; the names are d3-time's own and occur nowhere else we bundle.
//
// d3-zoom imports d3-transition for its interrupt(), and d3-transition's index
// loads selection/index.js, which patches transition() and interrupt() onto
// every d3 selection and so brings the Transition class, d3-color and d3-ease
// (about 8 KB gzip). Nothing here makes a d3 transition: ZoomController animates
// by itself and gives its one selection its own interrupt(). Declaring that
// module free of side effects drops the patch and all it alone needs. (A plugin,
// as treeshake.moduleSideEffects cannot overrule the package.json `sideEffects`
// that node-resolve reports; a transform hook's answer can.)
const transitionPatch = /[\\/]node_modules[\\/]d3-transition[\\/]src[\\/]selection[\\/]index\.js$/;
const withoutTransitionPatch = () => ({
  name: 'without-transition-patch',
  transform: (code, id) => (transitionPatch.test(id) ? {code, moduleSideEffects: false} : null),
});

// Two more modules build things at the top level through calls that rollup
// cannot prove pure, because the function they return gets a property set
// (`rgb.gamma = ...`) or is built by another package (d3-dispatch):
// d3-interpolate, a single file, makes its colour interpolators that way, which
// kept all of d3-color (3.9 KB gzip) beside the interpolateZoom d3-zoom needs;
// d3-transition's schedule makes an empty dispatcher nothing we bundle uses.
// Each such call only builds and returns closures, so mark them pure. Should a
// new version of either lay its file out otherwise, the build says so.
const pureTopLevelCalls = {
  'd3-interpolate/dist/d3-interpolate.mjs': 12,
  'd3-transition/src/transition/schedule.js': 1,
};
const markPureTopLevelCalls = () => ({
  name: 'mark-pure-top-level-calls',
  transform(code, id) {
    const file = Object.keys(pureTopLevelCalls).find((name) => id.replaceAll('\\', '/').endsWith(`/node_modules/${name}`));
    if (!file) return null;
    let count = 0;
    // `var x = f(...)` or `var x = (function ...)(...)` at the start of a line: top level in these files.
    const marked = code.replace(/^(var [\w$]+ = )(?=[\w$]+\(|\(function)/gm, (declaration) => (count++, `${declaration}/*#__PURE__*/`));
    if (count !== pureTopLevelCalls[file]) this.error(`expected ${pureTopLevelCalls[file]} top-level calls in ${file}, found ${count}`);
    // Only comments are added, within lines: the map may stay as it is.
    return {code: marked, map: null};
  },
});

const selfContainedTreeshake = {manualPureFunctions: ['timeInterval', 'ticker']};
const selfContainedTerser = () => terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}});

// d3-transition's modules import each other in a circle; harmless, and not ours to change.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  {
    input: {
      index: 'src/index.ts',
      'news-timeline': 'src/news-timeline.ts',
      data: 'src/data/index.ts',
      fallback: 'src/fallback/timeline-to-html.ts',
    },
    external,
    onwarn,
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
    plugins: [
      typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true}),
      declarationShims({data: './data/index.js', fallback: './fallback/timeline-to-html.js'}),
    ],
  },
  {
    input: 'src/news-timeline.ts',
    onwarn,
    treeshake: selfContainedTreeshake,
    output: {file: 'dist/news-timeline.bundle.js', format: 'es', sourcemap: true},
    plugins: [
      nodeResolve({exportConditions: ['production']}),
      withoutTransitionPatch(),
      markPureTopLevelCalls(),
      minifyCssLiterals(),
      typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false}),
      selfContainedTerser(),
      reportSize(),
    ],
  },
  {
    input: 'src/cli/bin.ts',
    onwarn,
    external: [/^node:/],
    output: {file: 'dist/cli.js', format: 'es', banner: '#!/usr/bin/env node', sourcemap: true},
    plugins: [program(), executable()],
  },
  {
    input: 'src/embed/embed-child.ts',
    onwarn,
    treeshake: selfContainedTreeshake,
    output: {file: 'dist/embed-child.js', format: 'es', sourcemap: true},
    plugins: [
      nodeResolve({exportConditions: ['production']}),
      withoutTransitionPatch(),
      markPureTopLevelCalls(),
      minifyCssLiterals(),
      program(),
      selfContainedTerser(),
      embedPage(),
    ],
  },
  {
    input: 'src/embed/embed-resizer.ts',
    onwarn,
    output: {file: 'dist/embed-resizer.js', format: 'iife', sourcemap: true},
    plugins: [program(), terser({ecma: 2022, format: {comments: false}})],
  },
];
