// Deterministic benchmark data: N news events in news-timeline's JSON format,
// and the same events as vis-timeline DataSet items.
//   node bench/generate.mjs [100,1000,...]   writes bench/data/events-N.json and vis-N.json
import {mkdir, writeFile, stat} from 'node:fs/promises';
import {fileURLToPath} from 'node:url';
import path from 'node:path';

export const DATA_DIR = fileURLToPath(new URL('./data/', import.meta.url));
export const SEED = 20211020;

/** A 32-bit xorshift-multiply generator (small, fast, good enough for test data). */
export function createRandom(seed) {
  let state = seed >>> 0 || 1;
  const next = () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return ((z ^ (z >>> 16)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    chance: (p) => next() < p,
  };
}

const CATEGORIES = [
  {id: 'diplomacy', label: 'Diplomacy'},
  {id: 'conflict', label: 'Conflict'},
  {id: 'politics', label: 'Politics'},
  {id: 'economy', label: 'Economy'},
  {id: 'humanitarian', label: 'Humanitarian'},
  {id: 'security', label: 'Security'},
];
// Actors marked with a trailing '*' are singular (their verb takes an -s).
const ACTORS = ['UN envoy*', 'Foreign ministers', 'Provincial council*', 'Central bank*', 'Aid agencies', 'Defence ministry*',
  'Regional leaders', 'Election commission*', 'Parliament*', 'Negotiators', 'Tribal elders', 'Security forces',
  'The World Bank*', 'Donor countries', 'The president*', 'Opposition parties', 'Refugee agency*', 'Border officials'];
const VERBS = ['agree on', 'reject', 'announce', 'postpone', 'call for', 'meet over', 'sign', 'warn of', 'suspend',
  'resume talks on', 'pledge funds for', 'report progress on', 'open inquiry into', 'halt'];
const OBJECTS = ['a ceasefire in the north', 'new customs rules', 'the donor conference', 'emergency food deliveries',
  'the prisoner exchange', 'a power-sharing plan', 'the reconstruction budget', 'winter shelter for displaced families',
  'airport security arrangements', 'salary payments to teachers', 'a road link to the border', 'the election timetable',
  'frozen reserves', 'the evacuation of staff', 'a regional trade corridor', 'vaccination campaigns'];
const PLACES = ['in Kabul', 'in Doha', 'in Moscow', 'in Geneva', 'in Herat', 'in Kandahar', 'in Islamabad', 'in Tashkent',
  'after talks', 'as winter nears', 'amid protests', 'despite objections', 'ahead of the summit', ''];
const OUTLETS = ['Wire Service', 'The Morning Ledger', 'Capital Radio', 'Regional Post', 'Evening Chronicle',
  'World Desk', 'Daily Observer', 'Frontier Times'];

const DAY = 86_400_000;
const FULL = [Date.UTC(2001, 0, 1), Date.UTC(2021, 11, 31)];
const CLUSTER = [Date.UTC(2021, 7, 1), Date.UTC(2021, 9, 31)];

const pad = (n, w = 2) => String(n).padStart(w, '0');
const isoDay = (t) => new Date(t).toISOString().slice(0, 10);

function formatDate(t, precision) {
  const d = new Date(t);
  if (precision === 'month') return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
  if (precision === 'time') return `${isoDay(t)}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}Z`;
  return isoDay(t);
}

function slug(text) {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48);
}

/** The timeline document with `n` events (same `n` and seed, same bytes). */
export function generateTimeline(n, seed = SEED) {
  const rnd = createRandom(seed ^ n);
  const events = [];
  for (let i = 0; i < n; i++) {
    const inCluster = rnd.chance(0.3);
    const [lo, hi] = inCluster ? CLUSTER : FULL;
    const t = lo + Math.floor(rnd.next() * (hi - lo));
    const precision = inCluster ? (rnd.chance(0.35) ? 'time' : 'day') : rnd.chance(0.06) ? 'month' : rnd.chance(0.05) ? 'time' : 'day';
    const place = rnd.pick(PLACES);
    const actor = rnd.pick(ACTORS);
    const singular = actor.endsWith('*');
    const verb = rnd.pick(VERBS).replace(/^\S+/, (w) => (singular ? w + 's' : w));
    const title = `${singular ? actor.slice(0, -1) : actor} ${verb} ${rnd.pick(OBJECTS)}${place ? ' ' + place : ''}`;
    const id = `ev-${i.toString(36)}`;
    const event = {id, date: formatDate(t, precision), title, category: rnd.pick(CATEGORIES).id};
    if (precision === 'day' && rnd.chance(0.15)) {
      const length = (inCluster ? rnd.int(1, 10) : rnd.int(2, 240)) * DAY;
      event.end = isoDay(Math.min(t + length, FULL[1]));
    }
    const published = isoDay(t + rnd.int(0, 2) * DAY);
    event.sources = [{name: rnd.pick(OUTLETS), url: `https://news.example.org/${published.slice(0, 7).replace('-', '/')}/${slug(title)}-${id}`, published}];
    events.push(event);
  }
  return {
    title: `Benchmark timeline with ${n.toLocaleString('en')} events`,
    description: 'Generated, seeded data for the news-timeline benchmark.',
    categories: CATEGORIES,
    eras: [
      {title: 'First decade', start: '2001-10-07', end: '2011-05-02'},
      {title: 'Drawdown', start: '2014-12-28', end: '2020-02-29'},
      {title: 'Withdrawal', start: '2021-04-14', end: '2021-08-30'},
    ],
    events,
  };
}

/** The same events as vis-timeline DataSet items. */
export function toVisItems(timeline) {
  return timeline.events.map((e) =>
    e.end ? {id: e.id, content: e.title, start: e.date, end: e.end, className: `c-${e.category}`}
          : {id: e.id, content: e.title, start: e.date, className: `c-${e.category}`});
}

/** Writes the files for `sizes` that are missing; returns {n: bytes of events-n.json}. */
export async function ensureData(sizes, {force = false} = {}) {
  await mkdir(DATA_DIR, {recursive: true});
  const bytes = {};
  for (const n of sizes) {
    const file = path.join(DATA_DIR, `events-${n}.json`);
    const visFile = path.join(DATA_DIR, `vis-${n}.json`);
    const exists = await stat(file).then(() => stat(visFile)).then(() => true, () => false);
    if (force || !exists) {
      const timeline = generateTimeline(n);
      await writeFile(file, JSON.stringify(timeline));
      await writeFile(visFile, JSON.stringify(toVisItems(timeline)));
    }
    bytes[n] = (await stat(file)).size;
  }
  return bytes;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const sizes = (process.argv[2] ?? '100,1000,10000,100000').split(',').map(Number);
  const bytes = await ensureData(sizes, {force: true});
  for (const [n, b] of Object.entries(bytes)) console.log(`events-${n}.json  ${(b / 1024).toFixed(1)} KB`);
}
