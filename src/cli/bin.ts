/// <reference types="node" />
// The `news-timeline` command: `run()` with the real process. Built to dist/cli.js.
import {readFile} from 'node:fs/promises';
import {run} from './main.js';

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-timeline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
