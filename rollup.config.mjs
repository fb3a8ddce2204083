// Two builds from the same sources:
//  1. dist/*.js — ES modules for bundler users, one file per source module,
//     with `lit` and `d3-*` left as imports (they are dependencies) and .d.ts.
//  2. dist/news-timeline.bundle.js — one self-contained, minified module for a
//     <script type="module"> embed: everything inlined, registers the tags;
//     beside it the parts most pages never need, dist/news-timeline.<part>.js,
//     which it loads itself when a page needs one (src/lazy-parts.ts).
// And three small programs:
//  3. dist/cli.js — the `news-timeline` command (Node, ES module, node:fs only).
//  4. dist/embed-child.js — the script of the iframe embed page: the element
//     and the height reporting, self-contained like the bundle; with the page
//     itself, dist/embed.html and dist/embed.css, to host next to it.
//  5. dist/embed-resizer.js — the host page's script that sizes embed iframes;
//     an IIFE, so it loads as a classic script or as a module.
//  6. dist/builder.js — the builder page's script (the element inlined, like
//     the embed's), with dist/builder.html and dist/builder.css.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {chmod, readFile, writeFile} from 'node:fs/promises';
import {minifyCssLiterals} from './scripts/minify-css-literals.mjs';
import {reportSize} from './scripts/report-size.mjs';
import {trimD3} from './scripts/trim-d3.mjs';

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

/**
 * The two browser scripts are package exports too, so each gets its types
 * beside it: the declaration tsc wrote under dist/embed/ (not shipped), with
 * its relative imports rewritten from there to dist/.
 */
const scriptDeclarations = (names) => ({
  name: 'script-declarations',
  async writeBundle() {
    for (const name of names) {
      const source = await readFile(`dist/embed/${name}.d.ts`, 'utf8');
      const hoisted = source.replace(/(from |import )'\.\.\//g, "$1'./").replace(/\n\/\/# sourceMappingURL=.*$/, '\n');
      await writeFile(`dist/${name}.d.ts`, hoisted);
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

/**
 * The builder page to host next to dist/builder.js: demo/builder.html with the
 * built script, and the embed code pointing at the directory it is in.
 */
const builderPage = () => ({
  name: 'builder-page',
  async generateBundle() {
    const page = (await readFile('demo/builder.html', 'utf8'))
      .replace(/\s*<!-- Built: [^>]*-->/, '')
      .replace('src="../src/builder/builder.ts"', 'src="./builder.js"')
      .replace('<meta name="news-timeline-files" content="../dist/" />', '<meta name="news-timeline-files" content="./" />');
    if (!page.includes('src="./builder.js"') || !page.includes('content="./"')) this.error('demo/builder.html no longer loads ../src/builder/builder.ts from ../dist/');
    this.emitFile({type: 'asset', fileName: 'builder.html', source: page});
    this.emitFile({type: 'asset', fileName: 'builder.css', source: await readFile('demo/builder.css', 'utf8')});
  },
});

// For the self-contained bundles. d3-time builds its local-time intervals and
// ticker at the top level through calls rollup cannot prove pure, so they came
// along with the UTC ones we use (0.3 KB gzip). Both functions only build and
// return closures; the names are d3-time's own and occur nowhere else we bundle.
// The modules under d3-zoom get the same treatment, and more, in trimD3().
const selfContainedTreeshake = {manualPureFunctions: ['timeInterval', 'ticker']};
const selfContainedTerser = () => terser({ecma: 2022, module: true, compress: {passes: 2}, format: {comments: false}});

// d3-transition's modules import each other in a circle; harmless, and not ours to change.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

/** A page's own script (the embed page's, the builder's): the element and all its parts in one file, with the page beside it. */
const selfContainedPage = (input, file, page) => ({
  input,
  onwarn,
  treeshake: selfContainedTreeshake,
  output: {file, format: 'es', sourcemap: true, inlineDynamicImports: true},
  plugins: [nodeResolve({exportConditions: ['production']}), trimD3(), minifyCssLiterals(), program(), selfContainedTerser(), page],
});

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
      // The self-contained bundle exports what news-timeline.js exports.
      declarationShims({data: './data/index.js', fallback: './fallback/timeline-to-html.js', 'news-timeline.bundle': './news-timeline.js'}),
      scriptDeclarations(['embed-child', 'embed-resizer']),
    ],
  },
  {
    input: 'src/bundle.ts',
    onwarn,
    treeshake: selfContainedTreeshake,
    // The lazy parts import from the core: let it export more than its own API, rather than become a facade of a chunk.
    preserveEntrySignatures: 'allow-extension',
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: 'news-timeline.bundle.js',
      // Each dynamic import of src/lazy-parts.ts becomes a chunk named after
      // its module (csv.ts: news-timeline.csv.js); what the core uses stays in
      // the core. scripts/check-size.mjs knows every file, with its budget.
      chunkFileNames: 'news-timeline.[name].js',
      // Both views use lit's repeat directive and the core does not: on its own it
      // would be a third file for every page to load. Chunks this small are merged
      // into one that is loaded whenever they are (the core); every other part is
      // larger (the smallest, the HTML form's reader, is just over), and
      // scripts/check-size.mjs fails the build should one go missing.
      experimentalMinChunkSize: 2100,
    },
    plugins: [
      nodeResolve({exportConditions: ['production']}),
      trimD3(),
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
  // One file each, as their pages expect: the lazy parts are inlined here.
  selfContainedPage('src/embed/embed-child.ts', 'dist/embed-child.js', embedPage()),
  selfContainedPage('src/builder/builder.ts', 'dist/builder.js', builderPage()),
  {
    input: 'src/embed/embed-resizer.ts',
    onwarn,
    output: {file: 'dist/embed-resizer.js', format: 'iife', sourcemap: true},
    plugins: [program(), terser({ecma: 2022, format: {comments: false}})],
  },
];
