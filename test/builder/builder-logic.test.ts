import {expect} from '@open-wc/testing';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {parseTimelineSource} from '../../src/data/parse-timeline-text.js';
import {DEFAULT_OPTIONS, elementAttributes, embedQuery, readBuilderQuery, type BuilderOptions} from '../../src/builder/builder-options.js';
import {defaultDataAddress, previewSource} from '../../src/builder/builder-input.js';
import {eventIdForPath, readInputEntries, splitCsvRecords} from '../../src/builder/event-for-path.js';
import {describeLocation, groupProblems} from '../../src/builder/group-problems.js';
import {directoryOf, iframeSnippet, scriptTagSnippet} from '../../src/builder/snippets.js';
import {timelineToDocument} from '../../src/builder/timeline-to-document.js';

const options = (changes: Partial<BuilderOptions> = {}): BuilderOptions => ({...DEFAULT_OPTIONS, ...changes});
const targets = {data: 'https://example.org/data/story.csv', files: 'https://cdn.example.org/nt'};
const fixture = (name: string) => fetch(new URL(`./fixtures/${name}`, import.meta.url)).then((r) => r.text());

describe('builder: options to attributes and parameters', () => {
  it('leaves out every default, so the tag has only src', () => {
    expect(elementAttributes(options(), 'a.json')).to.deep.equal([['src', 'a.json']]);
  });

  it('writes each option that differs from the default', () => {
    const attributes = elementAttributes(
      options({theme: 'dark', lang: 'fa-AF', dir: 'rtl', selected: 'x', startAt: 'last', start: '2001', end: '2002', search: true, layout: 'vertical', headingLevel: 3}),
      'a.json',
    );
    expect(attributes).to.deep.equal([
      ['src', 'a.json'], ['theme', 'dark'], ['lang', 'fa-AF'], ['dir', 'rtl'], ['selected', 'x'], ['start-at', 'last'],
      ['start', '2001'], ['end', '2002'], ['search', ''], ['layout', 'vertical'], ['heading-level', '3'],
    ]);
  });

  it('gives start and end only together', () => {
    expect(elementAttributes(options({start: '2001'}), 's').map(([name]) => name)).to.deep.equal(['src']);
  });

  it('gives the iframe page only what it reads, with max-height from the phone height', () => {
    const query = embedQuery(options({theme: 'light', search: true, layout: 'vertical', phoneHeight: 500, selected: 'e1'}), 'https://x.org/a.csv');
    expect(Object.fromEntries(query)).to.deep.equal({src: 'https://x.org/a.csv', selected: 'e1', theme: 'light', 'max-height': '500'});
    expect(embedQuery(options({phoneHeight: 0}), 's').has('max-height')).to.equal(false);
  });

  it('reads ?src= from the builder address', () => {
    expect(readBuilderQuery('?src=https%3A%2F%2Fx.org%2Fa.csv')).to.deep.equal({src: 'https://x.org/a.csv'});
    expect(readBuilderQuery('?src=%20')).to.deep.equal({});
  });
});

describe('builder: embed code', () => {
  it('loads the bundle from the files directory and escapes every value', () => {
    const code = scriptTagSnippet(options({title: 'A <b>"title"</b>', lang: 'en-GB'}), {...targets, data: 'a.csv?x=1&y="2"'});
    expect(code).to.equal(
      '<script type="module" src="https://cdn.example.org/nt/news-timeline.bundle.js"></script>\n' +
        '<news-timeline src="a.csv?x=1&amp;y=&quot;2&quot;" lang="en-GB">\n  <h2>A &lt;b&gt;&quot;title&quot;&lt;/b&gt;</h2>\n</news-timeline>\n',
    );
  });

  it('writes search as a boolean attribute and the title at the heading level', () => {
    const code = scriptTagSnippet(options({search: true, title: 'T', headingLevel: 4}), targets);
    expect(code).to.contain(' search heading-level="4">').and.to.contain('<h4>T</h4>').and.to.contain('heading-level="4"');
  });

  it('puts the frame on embed.html with its parameters, and the resizer beside it', () => {
    const code = iframeSnippet(options({lang: 'ps', phoneHeight: 600}), targets, 'Timeline: <x>');
    expect(code).to.contain('src="https://cdn.example.org/nt/embed.html?src=https%3A%2F%2Fexample.org%2Fdata%2Fstory.csv&amp;lang=ps&amp;max-height=600"');
    expect(code).to.contain('data-news-timeline').and.to.contain('title="Timeline: &lt;x&gt;"');
    expect(code).to.contain('<script src="https://cdn.example.org/nt/embed-resizer.js" defer></script>');
  });

  it('makes a directory of an address without its final slash', () => {
    expect(directoryOf('https://a.org/x')).to.equal('https://a.org/x/');
    expect(directoryOf('https://a.org/x/')).to.equal('https://a.org/x/');
  });
});

describe('builder: inputs', () => {
  it('previews a text through a blob address, with its format', () => {
    expect(previewSource({kind: 'text', text: 'date,title\n2001,x'}, () => 'blob:1')).to.deep.equal({src: 'blob:1', type: 'csv'});
    expect(previewSource({kind: 'text', text: '{}', name: 'a.csv'}, () => 'blob:2')).to.deep.equal({src: 'blob:2', type: 'csv'});
    expect(previewSource({kind: 'text', text: ' {"events": []}'}, () => 'blob:3')).to.deep.equal({src: 'blob:3', type: 'json'});
    expect(previewSource({kind: 'address', address: 'a.json'}, () => 'unused')).to.deep.equal({src: 'a.json'});
  });

  it('starts the embed code with the absolute address, or a file name for a text', () => {
    expect(defaultDataAddress({kind: 'address', address: '../d/a.csv'}, 'https://x.org/b/builder.html')).to.equal('https://x.org/d/a.csv');
    expect(defaultDataAddress({kind: 'text', text: 'x'}, 'https://x.org/')).to.equal('timeline.json');
  });
});

describe('builder: problems', () => {
  it('groups errors before warnings and leaves out empty groups', () => {
    const groups = groupProblems([
      {severity: 'warning', path: 'a', message: 'w1'},
      {severity: 'error', path: 'b', message: 'e1'},
      {severity: 'warning', path: 'c', message: 'w2'},
    ]);
    expect(groups.map((g) => [g.severity, g.problems.map((p) => p.message)])).to.deep.equal([['error', ['e1']], ['warning', ['w1', 'w2']]]);
    expect(groupProblems([{severity: 'warning', path: '', message: 'w'}]).map((g) => g.severity)).to.deep.equal(['warning']);
  });

  it('names a spreadsheet row and column in words, and leaves JSON paths as they are', () => {
    const words = {row: 'Row', column: 'column', file: 'The file'};
    expect(describeLocation('rows[12].Date', words)).to.equal('Row 12, column Date');
    expect(describeLocation('rows[3]', words)).to.equal('Row 3');
    expect(describeLocation('events[2].date', words)).to.equal('events[2].date');
    expect(describeLocation('', words)).to.equal('The file');
  });

  it('splits CSV records as a spreadsheet numbers rows, line breaks in quotes included', () => {
    expect(splitCsvRecords('a,b\r\n"x,1","y\n""z"""\nlast,', ',')).to.deep.equal([['a', 'b'], ['x,1', 'y\n"z"'], ['last', '']]);
  });

  it('finds the event a JSON problem names, by id or by title, and none for one left out', async () => {
    const text = await fixture('problems.json');
    const result = parseTimelineSource(text);
    const entries = readInputEntries(text);
    const byPath = (path: string) => eventIdForPath(path, entries, result.timeline);
    expect(result.problems.map((p) => p.path)).to.include.members(['events[1].importance', 'events[2].date', 'events[3].colour']);
    expect(byPath('events[1].importance')).to.equal(result.timeline!.events.find((e) => e.title === 'Example two')!.id);
    expect(byPath('events[3].colour')).to.equal('example-four');
    expect(byPath('events[2].date')).to.equal(undefined);
    expect(byPath('title')).to.equal(undefined);
  });

  it('finds the event a CSV problem names by its spreadsheet row', async () => {
    const text = await fixture('rows.csv');
    const result = parseTimelineSource(text, {file: 'rows.csv', title: 'Rows'});
    const entries = readInputEntries(text);
    const warning = result.problems.find((p) => p.path.startsWith('rows[3]'));
    expect(warning, JSON.stringify(result.problems)).to.not.equal(undefined);
    expect(eventIdForPath(warning!.path, entries, result.timeline)).to.equal(result.timeline!.events.find((e) => e.title === 'Second example row')!.id);
    expect(eventIdForPath('rows[4].date', entries, result.timeline)).to.equal(undefined);
  });

  it('finds a TimelineJS3 event by its headline, as plain text', () => {
    const doc = {events: [{start_date: {year: 2001}, text: {headline: '<b>Bold</b> move'}}]};
    const result = parseTimeline(doc);
    expect(eventIdForPath('events[0].start_date', readInputEntries(JSON.stringify(doc)), result.timeline)).to.equal(result.timeline!.events[0].id);
  });
});

describe('builder: the timeline as our JSON', () => {
  it('gives a document that reads back as the same timeline, from CSV', async () => {
    const result = parseTimelineSource(await fixture('rows.csv'), {file: 'rows.csv', title: 'Rows'});
    const again = parseTimeline(timelineToDocument(result.timeline!));
    expect(again.problems).to.deep.equal([]);
    expect(again.timeline).to.deep.equal(result.timeline);
  });

  it('keeps sources, categories, eras and the story of the default dataset', async () => {
    const text = await fetch(new URL('../../data/afghanistan-2001-2021.json', import.meta.url)).then((r) => r.text());
    const result = parseTimelineSource(text);
    const doc = timelineToDocument(result.timeline!);
    expect(doc.events.length).to.equal(result.timeline!.events.length);
    expect(parseTimeline(doc).timeline).to.deep.equal(result.timeline);
  });
});
