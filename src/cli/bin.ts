/// <reference types="node" />
// The `news-timeline` command: `run()` with the real process. Built to dist/cli.js.
import {readFile} from 'node:fs/promises';
import {run} from './main.js';

/** All of standard input as UTF-8 text; at a terminal, first says how to end it. */
async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('news-timeline: reading standard input; end it with Ctrl-D\n');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`news-timeline: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
