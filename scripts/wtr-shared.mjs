// Settings shared by the browser test configs.
import {esbuildPlugin} from '@web/dev-server-esbuild';

// Dates are the flakiest thing a timeline tests. All arithmetic is UTC, so run
// the browsers in a zone with a half-hour offset to catch any local-time slip.
process.env.TZ = 'Asia/Kabul';

export const shared = {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
  testFramework: {config: {timeout: 10000}},
  testsFinishTimeout: 300000,
};
