// `npm start`: serves the demo of the default story from the TypeScript sources.
import {esbuildPlugin} from '@web/dev-server-esbuild';

const port = Number(process.env.PORT ?? 8000);
const hostname = process.env.HOST ?? '127.0.0.1';

export default {
  rootDir: '.',
  port,
  hostname,
  nodeResolve: true,
  plugins: [
    esbuildPlugin({ts: true, target: 'es2022', tsconfig: './tsconfig.json'}),
    {
      name: 'print-demo-url',
      serverStart() {
        console.log(`\n  news-timeline demo (the default story): http://${hostname}:${port}/demo/\n  The story inside an article page:      http://${hostname}:${port}/demo/article.html\n`);
      },
    },
  ],
};
