// Lighthouse on the strict-CSP demo (demo/csp/, the built bundle and the
// default story), served by scripts/csp-server.mjs. Asserts accessibility 100,
// best practices 100 and performance >= 95, and writes the scores and every
// failing audit to docs/lighthouse.md. Exits 1 when a score misses.
//   node scripts/lighthouse.mjs        (CHROME_PATH defaults to /usr/bin/chromium)
// A script rather than part of `npm test`: the performance score depends on how
// busy the machine is, so it is run on purpose, on a quiet machine.
import {spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {startCspServer} from './csp-server.mjs';

const root = new URL('..', import.meta.url);
if (!existsSync(new URL('dist/news-timeline.bundle.js', root))) {
  const build = spawnSync('npm', ['run', 'build'], {cwd: root, stdio: 'inherit'});
  if (build.status !== 0) process.exit(1);
}
const targets = {accessibility: 100, 'best-practices': 100, performance: 95};
const {origin, close} = await startCspServer();
const url = `${origin}/demo/csp/`;
const out = join(mkdtempSync(join(tmpdir(), 'lighthouse-')), 'report.json');
// Not spawnSync: the server runs in this process and must keep answering.
const run = await new Promise((done) => {
  const child = spawn(
  'npx',
  ['lighthouse', url, '--output=json', `--output-path=${out}`, '--quiet', '--only-categories=accessibility,best-practices,performance,seo',
    '--chrome-flags=--headless=new --no-sandbox --disable-dev-shm-usage'],
  {cwd: root, stdio: ['ignore', 'inherit', 'inherit'], env: {...process.env, CHROME_PATH: process.env.CHROME_PATH ?? '/usr/bin/chromium'}},
  );
  child.on('exit', (status) => done({status}));
});
await close();
if (run.status !== 0 || !existsSync(out)) {
  console.error('lighthouse did not produce a report');
  process.exit(1);
}
const report = JSON.parse(readFileSync(out, 'utf8'));
const scores = Object.fromEntries(Object.entries(report.categories).map(([id, c]) => [id, Math.round(c.score * 100)]));
const failing = [];
for (const [id, category] of Object.entries(report.categories)) {
  for (const ref of category.auditRefs) {
    const audit = report.audits[ref.id];
    if (ref.weight > 0 && audit.score !== null && audit.score < 1 && audit.scoreDisplayMode !== 'informative') {
      failing.push(`| ${id} | \`${audit.id}\` | ${audit.title} | ${audit.displayValue ?? ''} |`);
    }
  }
}
const misses = Object.entries(targets).filter(([id, min]) => scores[id] < min);
const lines = [
  '# Lighthouse',
  '',
  `Lighthouse ${report.lighthouseVersion} on \`demo/csp/index.html\` (the built bundle and the default story under a strict`,
  `Content-Security-Policy), headless Chromium ${report.environment?.hostUserAgent?.match(/Chrome\/([\d.]+)/)?.[1] ?? ''},`,
  `${report.configSettings.formFactor} settings, run ${report.fetchTime} by \`node scripts/lighthouse.mjs\`.`,
  '',
  '| category | score | target |',
  '| --- | --- | --- |',
  ...Object.entries(scores).map(([id, s]) => `| ${id} | ${s} | ${targets[id] !== undefined ? `≥ ${targets[id]}` : '—'} |`),
  '',
  failing.length ? '## Audits below full marks\n\n| category | audit | title | value |\n| --- | --- | --- | --- |\n' + failing.join('\n') : 'Every weighted audit passes.',
  '',
  `Metrics: FCP ${report.audits['first-contentful-paint'].displayValue}, LCP ${report.audits['largest-contentful-paint'].displayValue}, TBT ${report.audits['total-blocking-time'].displayValue}, CLS ${report.audits['cumulative-layout-shift'].displayValue}.`,
  '',
];
writeFileSync(new URL('docs/lighthouse.md', root), lines.join('\n'));
console.log(lines.join('\n'));
if (misses.length) {
  console.error(`Lighthouse below target: ${misses.map(([id, min]) => `${id} ${scores[id]} < ${min}`).join(', ')}`);
  process.exit(1);
}
