// The dev server's settings for `npm start` (scripts/start.mjs, which adds the
// host and port) and for `npx wds --config web-dev-server.config.mjs`.
import {esbuildPlugin} from '@web/dev-server-esbuild';

export default {
  rootDir: '.',
  nodeResolve: true,
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
};
