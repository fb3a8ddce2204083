// Network faults against the real dev server: /__faults/<kind>/<file> is
// answered by the middleware in scripts/wtr-shared.mjs. Every fault must end in
// a clear, announced state that names the file and the reason, with a retry
// button that works, and no unhandled promise rejection.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import '../../src/news-timeline.js';
import type {NewsTimeline} from '../../src/index.js';

const $ = (el: NewsTimeline, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector);
const token = () => `${Date.now()}-${Math.random().toString(36).slice(2)}`;
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

let rejections: unknown[] = [];
const onRejection = (event: PromiseRejectionEvent) => rejections.push(event.reason);

beforeEach(() => {
  rejections = [];
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(async () => {
  // Give a late rejection time to surface before checking.
  await new Promise((resolve) => setTimeout(resolve, 50));
  window.removeEventListener('unhandledrejection', onRejection);
  expect(rejections.map(String), 'unhandled promise rejections').to.deep.equal([]);
});

/** A timeline in a 800 px box; resolves with it and the first load or error event. */
async function timelineAt(src: string, timeout?: number): Promise<{el: NewsTimeline; outcome: Event}> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
  const el = document.createElement('news-timeline');
  if (timeout !== undefined) el.setAttribute('timeout', String(timeout));
  const outcome = settled(el);
  el.src = src;
  wrapper.append(el);
  return {el, outcome: await outcome};
}

function settled(el: NewsTimeline): Promise<Event> {
  return new Promise((resolve) => {
    const done = (event: Event) => {
      el.removeEventListener('news-timeline-load', done);
      el.removeEventListener('news-timeline-error', done);
      resolve(event);
    };
    el.addEventListener('news-timeline-load', done);
    el.addEventListener('news-timeline-error', done);
  });
}

/** The error state: an alert naming the file and the reason, and a retry button. */
async function expectAlert(el: NewsTimeline, file: string, reason: RegExp): Promise<HTMLElement> {
  await el.updateComplete;
  const alert = $(el, '[role="alert"]');
  expect(alert, 'an element with role=alert').to.exist;
  const text = alert!.textContent!.replace(/\s+/g, ' ');
  expect(text).to.contain(file);
  expect(text).to.match(reason);
  expect($(el, '[role="status"]')?.textContent ?? '').not.to.match(/loading/i);
  const retry = alert!.querySelector<HTMLButtonElement>('button');
  expect(retry, 'a retry button in the alert').to.exist;
  expect(retry!.textContent!.trim()).to.not.equal('');
  return retry!;
}

/** Clicks retry and expects the good timeline the fault endpoint serves the second time. */
async function retryWorks(el: NewsTimeline, retry: HTMLButtonElement, title: string): Promise<void> {
  const next = settled(el);
  retry.click();
  const event = await next;
  expect(event.type).to.equal('news-timeline-load');
  await el.updateComplete;
  expect(el.timeline?.title).to.equal(title);
  expect($(el, '[role="alert"]')).to.equal(null);
  await waitUntil(() => $(el, '[data-key]'), 'the recovered timeline was not drawn');
}

const faults: Array<{kind: string; reason: RegExp; timeout?: number}> = [
  {kind: '404', reason: /404/},
  {kind: '500', reason: /500/},
  {kind: 'hang', reason: /no answer within 0\.3 seconds/, timeout: 300},
  {kind: 'html', reason: /HTML page/},
  {kind: 'empty', reason: /empty/},
  {kind: 'truncated', reason: /not valid JSON.*(cut off|ends too early)/},
  {kind: 'slow', reason: /no answer within 0\.8 seconds/, timeout: 800},
];


describe('<news-timeline> network faults', () => {
  for (const {kind, reason, timeout} of faults) {
    it(`${kind}: announces the file and the reason, and retry loads it`, async () => {
      const file = `events-${kind}.json`;
      const {el, outcome} = await timelineAt(`/__faults/${kind}/${file}?once=${token()}`, timeout);
      expect(outcome.type).to.equal('news-timeline-error');
      const retry = await expectAlert(el, file, reason);
      // The short timeout only provokes the fault; on a busy two-core CI machine
      // the good answer can itself take longer than 0.3 s, so the retry gets room.
      if (timeout !== undefined) {
        el.timeout = 30_000;
        await el.updateComplete;
      }
      await retryWorks(el, retry as HTMLButtonElement, 'Recovered');
    });
  }

  it('redirect: follows a 302 to the timeline', async () => {
    const {el, outcome} = await timelineAt(`/__faults/redirect/moved.json?once=${token()}`);
    expect(outcome.type).to.equal('news-timeline-load');
    expect(el.timeline?.title).to.equal('Redirected');
  });

  it('slow: a 5 MB body streamed over 2 seconds loads within the default timeout', async function () {
    this.timeout(30000);
    const started = performance.now();
    const {el, outcome} = await timelineAt(`/__faults/slow/big.json`);
    expect(outcome.type).to.equal('news-timeline-load');
    expect(performance.now() - started).to.be.greaterThan(1500);
    expect(el.timeline?.title).to.equal('Slow but complete');
    expect(el.timeline?.events.length).to.be.greaterThan(0);
    expect(el.problems).to.deep.equal([]);
  });

  it('CORS refusal: another origin without Access-Control-Allow-Origin is a clear error, and retry works', async () => {
    const port = await (await fetch('/__faults/cors-port')).text();
    expect(Number(port)).to.be.greaterThan(0);
    const src = `http://127.0.0.1:${port}/elsewhere.json?once=${token()}`;
    expect(new URL(src).origin).to.not.equal(location.origin);
    const {el, outcome} = await timelineAt(src);
    expect(outcome.type).to.equal('news-timeline-error');
    const retry = await expectAlert(el, 'elsewhere.json', /could not be fetched|does not allow/);
    await retryWorks(el, retry as HTMLButtonElement, 'Cross-origin timeline');
  });

  it('src changed three times quickly: only the last answer ever shows', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 800px"></div>`);
    const el = document.createElement('news-timeline');
    const titles = new Set<string>();
    const events: string[] = [];
    el.addEventListener('news-timeline-load', () => events.push(`load:${el.timeline?.title}`));
    el.addEventListener('news-timeline-error', () => events.push('error'));
    wrapper.append(el);
    await el.updateComplete;
    // Record every title ever drawn, on every DOM change and every frame.
    const record = () => {
      const title = el.shadowRoot?.querySelector('#title, [part="title"]')?.textContent;
      if (title) titles.add(title);
    };
    const observer = new MutationObserver(record);
    observer.observe(el.shadowRoot!, {subtree: true, childList: true, characterData: true});
    let watching = true;
    const watch = () => {
      record();
      if (watching) requestAnimationFrame(watch);
    };
    watch();
    const done = settled(el);
    // The first two would answer before the last if they were not cancelled.
    el.src = `/__faults/delay/a.json?ms=150&title=First`;
    await new Promise((r) => setTimeout(r, 20));
    el.src = `/__faults/delay/b.json?ms=100&title=Second`;
    await new Promise((r) => setTimeout(r, 20));
    el.src = `/__faults/delay/c.json?ms=500&title=Third`;
    await done;
    await new Promise((r) => setTimeout(r, 400));
    await frame();
    watching = false;
    observer.disconnect();
    expect([...titles]).to.deep.equal(['Third']);
    expect(events).to.deep.equal(['load:Third']);
  });
});
