import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimelineBuilder} from '../../src/builder/builder-page.js';
import {parseTimelineSource} from '../../src/data/parse-timeline-text.js';
import type {NewsTimeline} from '../../src/index.js';
import {change, code, csvUrl, fixtureUrl, mountBuilder, paste, preview, settled} from './helpers.js';

const bundleDir = new URL('../../dist/', import.meta.url).href;
const text = (url: string) => fetch(url).then((r) => r.text());
const ids = (el: NewsTimeline | null | undefined) => el?.timeline?.events.map((e) => e.id) ?? [];

async function requireBundle(): Promise<void> {
  const response = await fetch(new URL('news-timeline.bundle.js', bundleDir), {method: 'HEAD', cache: 'no-store'});
  if (!response.ok) throw new Error('dist/news-timeline.bundle.js is missing: run npm run build first');
}

/** An iframe on this page, kept until removed. */
function openFrame(setup: (frame: HTMLIFrameElement) => void, width = 1280): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.title = 'Test page';
  frame.style.cssText = `width: ${width}px; height: 800px; border: 0`;
  setup(frame);
  document.body.append(frame);
  return frame;
}

describe('the builder page', function () {
  this.timeout(30_000);
  let builder: NewsTimelineBuilder;
  afterEach(() => builder?.remove());

  it('opens ?src= with that address loaded, under default-src self, with every row and the code', async () => {
    const expected = parseTimelineSource(await text(csvUrl), {file: csvUrl}).timeline!.events.map((e) => e.id);
    const frame = openFrame((f) => (f.src = `${fixtureUrl('csp-builder.html')}?src=${encodeURIComponent(csvUrl)}`));
    try {
      await waitUntil(() => (frame.contentDocument?.querySelector('news-timeline-builder') as NewsTimelineBuilder | null)?.status?.kind === 'loaded', 'not loaded', {timeout: 10000});
      const inner = frame.contentDocument!.querySelector('news-timeline-builder') as NewsTimelineBuilder;
      await inner.updateComplete;
      expect(ids(preview(inner))).to.deep.equal(expected);
      expect(code(inner, 'script')).to.contain(`src="${csvUrl}"`).and.to.contain(`src="${location.origin}/dist/news-timeline.bundle.js"`);
      expect(inner.querySelector('#address')!.getAttribute('id')).to.equal('address');
      expect((inner.querySelector('#address') as HTMLInputElement).value).to.equal(csvUrl);
      // The downloads are blob: addresses, which the policy lets the page read.
      const download = inner.querySelector<HTMLAnchorElement>('#download-json')!;
      expect(download.hasAttribute('download')).to.equal(true);
      const json = await (await frame.contentWindow!.fetch(download.href)).json();
      expect(json.events.map((e: {id: string}) => e.id)).to.deep.equal(expected);
      expect((frame.contentWindow as unknown as {cspViolations: string[]}).cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('opens ?src= a TimelineJS3-template CSV with every row, and gives code that renders the same events beside the bundle', async () => {
    await requireBundle();
    // Served as text/csv, as a published sheet is; the rows of TimelineJS3's own template, not our columns.
    const src = new URL('/__faults/text-csv/timelinejs-template', location.href).href;
    const expected = parseTimelineSource(await text(src), {format: 'csv'}).timeline!.events.map((e) => e.id);
    expect(expected.length, 'the template has rows').to.be.above(2);
    const frame = openFrame((f) => (f.src = `${fixtureUrl('csp-builder.html')}?src=${encodeURIComponent(src)}`));
    let snippet = '';
    try {
      await waitUntil(() => (frame.contentDocument?.querySelector('news-timeline-builder') as NewsTimelineBuilder | null)?.status?.kind === 'loaded', 'not loaded', {timeout: 10000});
      const inner = frame.contentDocument!.querySelector('news-timeline-builder') as NewsTimelineBuilder;
      await inner.updateComplete;
      expect(ids(preview(inner))).to.deep.equal(expected);
      snippet = code(inner, 'script');
      expect((frame.contentWindow as unknown as {cspViolations: string[]}).cspViolations).to.deep.equal([]);
    } finally {
      frame.remove();
    }
    // The code, saved as a page beside the bundle (dist/), draws the same events.
    const page = openFrame((f) => (f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Saved</title><base href="${bundleDir}"></head><body>${snippet}</body></html>`));
    try {
      await waitUntil(() => ((page.contentDocument?.querySelector('news-timeline') as NewsTimeline | null)?.timeline?.events.length ?? 0) > 0, 'the saved page drew nothing', {timeout: 10000});
      expect(ids(page.contentDocument!.querySelector('news-timeline') as NewsTimeline)).to.deep.equal(expected);
    } finally {
      page.remove();
    }
  });

  it('says how to publish a sheet that answers with a sign-in page', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'address', address: '/__faults/signin/sheet'});
    await settled(builder, 'failed');
    expect(builder.querySelector('[role="status"]')!.textContent).to.contain('File > Share > Publish to web');
    expect(builder.querySelector('.problems-section')!.textContent).to.contain('File > Share > Publish to web');
    expect(preview(builder)!.shadowRoot!.textContent).to.contain('File > Share > Publish to web');
  });

  it('loads the same address again when Load is pressed again', async () => {
    builder = await mountBuilder();
    builder.querySelector<HTMLInputElement>('#address')!.value = fixtureUrl('rows.csv');
    builder.querySelector<HTMLButtonElement>('form.address button')!.click();
    await settled(builder);
    const first = preview(builder);
    builder.querySelector<HTMLButtonElement>('form.address button')!.click();
    expect(builder.status.kind).to.equal('loading');
    await settled(builder);
    expect(preview(builder)).to.not.equal(first);
    expect(preview(builder)!.timeline!.events.length).to.equal(2);
  });

  it('loads a chosen file, a dropped one, and a dropped link', async () => {
    builder = await mountBuilder();
    const csv = await text(fixtureUrl('rows.csv'));
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'rows.csv', {type: 'text/csv'}));
    const input = builder.querySelector<HTMLInputElement>('#file')!;
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', {bubbles: true}));
    await settled(builder);
    expect(preview(builder)!.timeline!.events.map((e) => e.title)).to.deep.equal(['First example row', 'Second example row']);
    expect(builder.querySelector('[role="status"]')!.textContent).to.contain('rows.csv').and.to.contain('2 events');

    const dropped = new DataTransfer();
    dropped.items.add(new File([await text(fixtureUrl('problems.json'))], 'problems.json', {type: 'application/json'}));
    builder.querySelector('section.input')!.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: dropped}));
    await waitUntil(() => preview(builder)?.timeline?.title === 'Builder test timeline', 'the dropped file was not shown');

    const link = new DataTransfer();
    link.setData('text/uri-list', `# a comment line\r\n${fixtureUrl('rows.csv')}`);
    builder.querySelector('section.input')!.dispatchEvent(new DragEvent('drop', {bubbles: true, cancelable: true, dataTransfer: link}));
    expect(builder.input).to.deep.equal({kind: 'address', address: fixtureUrl('rows.csv')});
    await settled(builder);
    expect(preview(builder)!.timeline!.events.length).to.equal(2);
  });

  it('loads pasted text, and says when it is not a timeline', async () => {
    builder = await mountBuilder();
    await paste(builder, await text(fixtureUrl('problems.json')));
    await settled(builder);
    expect(ids(preview(builder))).to.include.members(['example-one', 'example-four']);
    await paste(builder, '<!doctype html><html><body>Sign in</body></html>');
    await settled(builder, 'failed');
    expect(builder.querySelector('.problems-section li')!.textContent).to.match(/HTML/i);
  });

  it('lists a failed address as a problem, with the element\'s message', async () => {
    builder = await mountBuilder();
    const messages: string[] = [];
    builder.addEventListener('news-timeline-error', (event) => messages.push(event.message));
    builder.give({kind: 'address', address: '/__faults/html/sheet.csv'});
    await settled(builder, 'failed');
    expect(messages.length).to.equal(1);
    expect(builder.querySelector('[role="status"]')!.textContent).to.contain(messages[0]);
    const problems = preview(builder)!.problems.length ? preview(builder)!.problems : [];
    const listed = builder.querySelector('.problems-section')!.textContent!;
    expect(listed).to.contain('Errors (left out): 1');
    for (const problem of problems) expect(listed).to.contain(problem.message);
  });

  it('lists problems by severity, each with where it is, and shows the event a button names', async () => {
    builder = await mountBuilder();
    await paste(builder, await text(fixtureUrl('problems.json')));
    await settled(builder);
    const found = parseTimelineSource(await text(fixtureUrl('problems.json'))).problems;
    const count = (severity: string) => found.filter((p) => p.severity === severity).length;
    expect(count('error')).to.equal(1);
    const headings = [...builder.querySelectorAll('.problems-section h3')].map((h) => h.textContent!.trim());
    expect(headings).to.deep.equal(['Errors (left out): 1', `Warnings (kept, with a repair): ${count('warning')}`]);
    const items = [...builder.querySelectorAll('.problems-section li')];
    expect(items[0].textContent).to.contain('events[2].date');
    expect(items[0].querySelector('button'), 'the event left out has no button').to.equal(null);
    const show = builder.querySelector<HTMLButtonElement>('button[data-event="example-four"]')!;
    show.click();
    await preview(builder)!.updateComplete;
    expect(preview(builder)!.selected).to.equal('example-four');
    const second = items.find((item) => item.textContent!.includes('importance'))!.querySelector('button')!;
    second.click();
    await preview(builder)!.updateComplete;
    expect(preview(builder)!.timeline!.events.find((e) => e.id === preview(builder)!.selected)!.title).to.equal('Example two');
  });

  it('gives the buttons for a timeline loaded by address too', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'address', address: fixtureUrl('problems.json')});
    await settled(builder);
    await waitUntil(() => builder.querySelector('button[data-event="example-four"]'), 'no button for the event the warning names');
    builder.querySelector<HTMLButtonElement>('button[data-event="example-four"]')!.click();
    await preview(builder)!.updateComplete;
    expect(preview(builder)!.selected).to.equal('example-four');
  });

  it('names spreadsheet rows in words, with buttons', async () => {
    builder = await mountBuilder();
    await paste(builder, await text(fixtureUrl('rows.csv')));
    await settled(builder);
    const rowThree = [...builder.querySelectorAll('.problems-section li')].find((li) => li.textContent!.includes('Row 3, column importance'));
    expect(rowThree, builder.querySelector('.problems-section')!.textContent!).to.not.equal(undefined);
    rowThree!.querySelector('button')!.click();
    await preview(builder)!.updateComplete;
    expect(preview(builder)!.timeline!.events.find((e) => e.id === preview(builder)!.selected)!.title).to.equal('Second example row');
  });

  it('changes the preview and the embed code with each option', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'address', address: fixtureUrl('rows.csv')});
    await settled(builder);
    const el = () => preview(builder)!;
    const cases: [string, string | boolean, string, string | null, string][] = [
      // control, value, preview attribute, its value, in the script-tag code
      ['#option-theme', 'dark', 'theme', 'dark', 'theme="dark"'],
      ['#option-lang', 'fa-AF', 'lang', 'fa-AF', 'lang="fa-AF"'],
      ['#option-dir', 'rtl', 'dir', 'rtl', 'dir="rtl"'],
      ['#option-selected', 'row-one', 'selected', 'row-one', 'selected="row-one"'],
      ['#option-startAt', 'last', 'start-at', 'last', 'start-at="last"'],
      ['#option-search', true, 'search', '', ' search'],
      ['#option-layout', 'vertical', 'layout', 'vertical', 'layout="vertical"'],
      ['#option-headingLevel', '4', 'heading-level', '4', 'heading-level="4"'],
    ];
    for (const [control, value, attribute, shown, written] of cases) {
      expect(code(builder, 'script'), control).to.not.contain(written);
      await change(builder, control, value);
      expect(el().getAttribute(attribute), control).to.equal(shown);
      expect(code(builder, 'script'), control).to.contain(written);
    }
    await change(builder, '#option-start', '2020-01');
    expect(code(builder, 'script')).to.not.contain('start="2020-01"');
    await change(builder, '#option-end', '2020-03');
    expect([el().getAttribute('start'), el().getAttribute('end')]).to.deep.equal(['2020-01', '2020-03']);
    expect(code(builder, 'script')).to.contain('start="2020-01" end="2020-03"');

    await change(builder, '#option-title', 'Example rows');
    await waitUntil(() => el().timeline?.title === 'Example rows', 'the title was not used');
    expect(code(builder, 'script')).to.contain('<h4>Example rows</h4>');
    expect(code(builder, 'iframe')).to.contain('title="Timeline: Example rows"');

    expect(code(builder, 'iframe')).to.contain('max-height=640');
    await change(builder, '#option-phoneHeight', '900');
    expect(code(builder, 'iframe')).to.contain('max-height=900').and.to.contain('theme=dark').and.to.contain('lang=fa-AF');

    await change(builder, '#files', 'https://cdn.example.org/nt/');
    expect(code(builder, 'script')).to.contain('src="https://cdn.example.org/nt/news-timeline.bundle.js"');
    expect(code(builder, 'iframe')).to.contain('src="https://cdn.example.org/nt/embed.html?').and.to.contain('https://cdn.example.org/nt/embed-resizer.js');
  });

  it('shows the preview at a phone width', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'address', address: fixtureUrl('rows.csv')});
    await settled(builder);
    expect(preview(builder)!.getBoundingClientRect().width).to.be.above(700);
    builder.querySelector<HTMLInputElement>('input[name="width"][value="phone"]')!.click();
    await builder.updateComplete;
    expect(Math.round(preview(builder)!.getBoundingClientRect().width)).to.equal(375);
  });

  it('copies the script-tag code, which renders the same events in a fresh page beside the bundle', async () => {
    await requireBundle();
    builder = await mountBuilder();
    builder.give({kind: 'address', address: csvUrl});
    await settled(builder);
    await change(builder, '#files', bundleDir);
    const copied: string[] = [];
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      builder.querySelector<HTMLButtonElement>('button[data-copy="script-code"]')!.click();
      await waitUntil(() => builder.querySelector('[role="status"]')!.textContent === 'Copied', 'no "Copied" was said');
    } finally {
      clipboard.writeText = original;
    }
    expect(copied).to.deep.equal([code(builder, 'script')]);
    const frame = openFrame((f) => (f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh</title></head><body>${copied[0]}</body></html>`));
    try {
      await waitUntil(() => ((frame.contentDocument?.querySelector('news-timeline') as NewsTimeline | null)?.timeline?.events.length ?? 0) > 0, 'the copied code drew nothing', {timeout: 10000});
      expect(ids(frame.contentDocument!.querySelector('news-timeline') as NewsTimeline)).to.deep.equal(ids(preview(builder)));
    } finally {
      frame.remove();
    }
  });

  it('gives iframe code whose frame shows the same events, sized by the resizer', async () => {
    await requireBundle();
    builder = await mountBuilder();
    builder.give({kind: 'address', address: csvUrl});
    await settled(builder);
    await change(builder, '#files', bundleDir);
    const frame = openFrame((f) => (f.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Fresh</title></head><body>${code(builder, 'iframe')}</body></html>`));
    // The code's frame loads lazily: in view, so it loads now.
    frame.scrollIntoView();
    try {
      const inner = () => frame.contentDocument?.querySelector('iframe');
      const timeline = () => inner()?.contentDocument?.querySelector('news-timeline') as NewsTimeline | null | undefined;
      await waitUntil(() => (timeline()?.timeline?.events.length ?? 0) > 0, 'the iframe code drew nothing', {timeout: 10000});
      expect(ids(timeline())).to.deep.equal(ids(preview(builder)));
      await waitUntil(() => inner()!.style.height !== '', 'the resizer did not size the frame');
    } finally {
      frame.remove();
    }
  });

  it('selects the code for the editor when the clipboard refuses', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'address', address: fixtureUrl('rows.csv')});
    await settled(builder);
    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    clipboard.writeText = () => Promise.reject(new Error('refused'));
    try {
      builder.querySelector<HTMLButtonElement>('button[data-copy="iframe-code"]')!.click();
      await waitUntil(() => builder.querySelector('[role="status"]')!.textContent!.startsWith('Select the code'), 'no fallback was said');
    } finally {
      clipboard.writeText = original;
    }
    const area = builder.querySelector<HTMLTextAreaElement>('#iframe-code')!;
    expect(document.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('offers the timeline as our JSON and as the HTML fallback', async () => {
    builder = await mountBuilder();
    await paste(builder, await text(fixtureUrl('rows.csv')));
    await settled(builder);
    const json = await (await fetch(builder.querySelector<HTMLAnchorElement>('#download-json')!.href)).json();
    expect(json.events.map((e: {title: string}) => e.title)).to.deep.equal(['First example row', 'Second example row']);
    expect(parseTimelineSource(JSON.stringify(json)).problems).to.deep.equal([]);
    const markup = await (await fetch(builder.querySelector<HTMLAnchorElement>('#download-html')!.href)).text();
    expect(markup).to.contain('<news-timeline src="timeline.json">').and.to.contain('Second example row');
  });
});
