// After `rollup -c`: fails the build when the script-tag bundle's core or one
// of the parts it loads on demand outgrows its budget, when the build made a
// file this list does not know, or when the README states a size the build no
// longer measures. To see what each file holds: node scripts/bundle-breakdown.mjs
import {readFileSync} from 'node:fs';

// Gzip budgets, in bytes. The core's is the 40 KB of issue #17. Each part
// (src/lazy-parts.ts) has a little headroom over what it measures. Every page
// loads one of the two views with the core, so the line printed gives both sums.
const KB = 1024;
const BUDGETS = {
  'news-timeline.bundle.js': 40 * KB,
  // The horizontal view: soft dates' bands and fades took it past 14.5 KB.
  'news-timeline.horizontal.js': 15 * KB,
  // Corrections' and update times' columns (issue #15), and Google sheets' addresses, which the element reads with
  // the CSV reader so that the core does not carry them (issue #14), took it to 3.4 KB.
  'news-timeline.csv.js': 3.5 * KB,
  // TimelineJS3's spreadsheet template (issue #14) took it past 6 KB: about 1.1 KB for the rows read as slides
  // and problems named by row and column, loaded only for a TimelineJS3 file or sheet.
  'news-timeline.timelinejs.js': 7 * KB,
  'news-timeline.vertical.js': 4 * KB,
  // Three languages of every word the widget says; stepping and media added 10 keys each, soft dates 7 (2.6 KB).
  // Provenance's words took it to 2.9 KB; live updates' and corrections' to 3.2 KB (issue #15); how to publish a
  // Google sheet (issue #14), in three languages, to 3.6 KB.
  'news-timeline.languages.js': 4 * KB,
  'news-timeline.json-error.js': 1.5 * KB,
  // The reader of the HTML form, for a timeline written as the element's children.
  'news-timeline.read-event-elements.js': 1.5 * KB,
  // The EDTF reader, for a timeline with uncertain dates (issue #16).
  'news-timeline.edtf.js': 2 * KB,
  // Sources' statuses, archived copies and access dates, for data that has them; corrections, and update times
  // (under the title, in a badge), moved out of the core with issue #15, took it to 1.6 KB.
  'news-timeline.source-provenance.js': 2 * KB,
  // Following a developing story (issue #15): polling, what changed between versions, the last visit;
  // giving focus back to the timeline after a retry took it from 1.45 to 1.6 KB.
  'news-timeline.live-updates.js': 2 * KB,
  // Reading and showing media, moved out of the core to make room for issue #15 (2.9 KB).
  'news-timeline.media.js': 3.5 * KB,
  // <news-timeline-steps>, the timeline following the article as it is read (issue #15).
  'news-timeline.steps.js': 3 * KB,
};
const CORE = 'news-timeline.bundle.js';

const sizes = JSON.parse(readFileSync('dist/size.json', 'utf8'));
const kb = (n) => (n / KB).toFixed(1);
const failures = [];

for (const [file, size] of Object.entries(sizes)) {
  const budget = BUDGETS[file];
  if (budget === undefined) failures.push(`${file} is new: give it a budget in scripts/check-size.mjs and list it in the README.`);
  else if (size.gzip > budget) failures.push(`${file} is ${kb(size.gzip)} KB gzip, over its budget of ${kb(budget)} KB.`);
}
for (const file of Object.keys(BUDGETS)) {
  if (!sizes[file]) failures.push(`${file} was not built.`);
}

// The README states the core's size ("N KB gzip", the first such figure) and each part's ("`file` (N KB gzip").
const readme = readFileSync('README.md', 'utf8');
const stated = (file) => {
  const pattern = file === CORE ? /([\d.]+) KB gzip/ : new RegExp(`\`${file.replace(/\./g, '\\.')}\` \\(([\\d.]+) KB gzip`);
  return pattern.exec(readme)?.[1];
};
for (const file of Object.keys(BUDGETS)) {
  if (!sizes[file]) continue;
  const figure = stated(file);
  if (figure === undefined) failures.push(`README.md does not state the size of ${file} ("${file === CORE ? 'N KB gzip' : `\`${file}\` (N KB gzip`}").`);
  else if (Math.abs(Number(figure) - Number(kb(sizes[file].gzip))) > 0.5) {
    failures.push(`README.md says ${file} is ${figure} KB gzip; the build measured ${kb(sizes[file].gzip)} KB. Update the README.`);
  }
}

for (const failure of failures) console.error(failure);
const parts = Object.keys(sizes).filter((file) => file !== CORE).map((file) => `${file} ${kb(sizes[file].gzip)} KB (budget ${kb(BUDGETS[file] ?? 0)})`);
const withView = (view) => kb((sizes[CORE]?.gzip ?? 0) + (sizes[`news-timeline.${view}.js`]?.gzip ?? 0));
console.log(`Bundle: ${kb(sizes[CORE]?.gzip ?? 0)} KB gzip (budget ${kb(BUDGETS[CORE])} KB); with its view: horizontal ${withView('horizontal')} KB, vertical ${withView('vertical')} KB; loaded when needed: ${parts.join(', ')}.`);
process.exit(failures.length ? 1 : 0);
