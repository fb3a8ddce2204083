// The dev server's settings for `npm start` (scripts/start.mjs, which adds the
// host and port) and for `npx wds --config web-dev-server.config.mjs`.
import {esbuildPlugin} from '@web/dev-server-esbuild';

/** The server's root holds no page: whoever opens it is sent to the demo. */
function rootToDemo(context, next) {
  if (context.path !== '/') return next();
  context.redirect('/demo/');
}

export default {
  rootDir: '.',
  nodeResolve: true,
  middleware: [rootToDemo],
  plugins: [esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'})],
};
