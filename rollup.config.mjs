// Two builds from the same sources:
//  1. dist/*.js — ES modules for bundler users, one file per source module,
//     with `lit` and `d3-*` left as imports (they are dependencies) and .d.ts.
//  2. dist/news-timeline.bundle.js — one self-contained, minified module for a
//     <script type="module"> embed: everything inlined, registers the tags.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import {reportSize} from './scripts/report-size.mjs';

const external = [/^lit(\/|$)/, /^@lit\//, /^@lit-labs\//, /^d3-/, /^tslib$/];

// d3-transition's modules import each other in a circle; harmless, and not ours to change.
const onwarn = (warning, warn) => {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  warn(warning);
};

export default [
  {
    input: {index: 'src/index.ts', 'news-timeline': 'src/news-timeline.ts', data: 'src/data/index.ts'},
    external,
    onwarn,
    output: {dir: 'dist', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true},
    plugins: [typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: true, declarationMap: true})],
  },
  {
    input: 'src/news-timeline.ts',
    onwarn,
    output: {file: 'dist/news-timeline.bundle.js', format: 'es', sourcemap: true},
    plugins: [
      nodeResolve({exportConditions: ['production']}),
      typescript({tsconfig: './tsconfig.json', outDir: 'dist', declaration: false, declarationMap: false}),
      terser({ecma: 2022, module: true, format: {comments: false}}),
      reportSize(),
    ],
  },
];
