import {expect} from '@open-wc/testing';
import {parseTimelineCsv} from '../../src/data/parse-timeline-text.js';
import {hostName, isHttpUrl} from '../../src/data/links.js';
import {parseTimeline} from '../../src/data/parse-timeline.js';
import {timelineToHtml} from '../../src/fallback/timeline-to-html.js';

describe('links: one check for every reader', () => {
  it('takes http(s) addresses in any case and nothing else', () => {
    for (const url of ['https://example.org/x', 'HTTPS://Example.org/x', 'Http://example.org']) expect(isHttpUrl(url), url).to.be.true;
    for (const url of ['javascript:alert(1)', 'ftp://example.org', '//example.org', 'https://exa mple.org', 'https://', 'example.org', undefined]) {
      expect(isHttpUrl(url), String(url)).to.be.false;
    }
    expect(hostName('HTTPS://www.Example.org/x')).to.equal('example.org');
    expect(hostName('mailto:someone@example.org')).to.equal(undefined);
  });

  it('keeps an upper-case scheme alike in JSON, CSV and the fallback HTML', () => {
    const json = parseTimeline({title: 'T', events: [{id: 'a', date: '2001', title: 'A', sources: [{name: 'Wire', url: 'HTTPS://Example.org/x'}]}]});
    expect(json.problems).to.deep.equal([]);
    expect(json.timeline!.events[0].sources[0].url).to.equal('HTTPS://Example.org/x');
    // A CSV source with an address and no name is named after its host; the address was then refused by a stricter check.
    const csv = parseTimelineCsv('date,title,source_url\n2001,A,HTTPS://Example.org/x\n', {title: 'T'});
    expect(csv.problems).to.deep.equal([]);
    expect(csv.timeline!.events[0].sources).to.deep.equal([{name: 'example.org', url: 'HTTPS://Example.org/x'}]);
    expect(timelineToHtml(json.timeline!)).to.contain('href="HTTPS://Example.org/x"');
  });
});
