import {expect, waitUntil} from '@open-wc/testing';
import {sendKeys} from '@web/test-runner-commands';
import type {NewsTimelineBuilder} from '../../src/builder/builder-page.js';
import {code, fixtureUrl, mountBuilder, preview, settled} from './helpers.js';

/** Presses Tab until `matches` holds for the focused element of the page; fails after `limit` presses. */
// Forward only, in the page's order: past the last control, Firefox takes focus out of the page.
async function tabTo(matches: (el: Element) => boolean, limit = 150): Promise<HTMLElement> {
  for (let i = 0; i < limit; i++) {
    const active = document.activeElement;
    if (active && matches(active)) return active as HTMLElement;
    await sendKeys({press: 'Tab'});
    if (!document.hasFocus()) throw new Error('Tab took focus out of the page: the control is before the one focused');
  }
  throw new Error(`focus never reached the control after ${limit} Tabs (at ${document.activeElement?.outerHTML.slice(0, 80)})`);
}

const outline = (el: Element) => getComputedStyle(el).outlineStyle;

describe('the builder with the keyboard only', function () {
  this.timeout(60_000);
  let builder: NewsTimelineBuilder;
  afterEach(() => builder?.remove());

  it('loads an address, sets options and copies the code without a pointer', async () => {
    builder = await mountBuilder();
    (document.activeElement as HTMLElement | null)?.blur();
    const address = await tabTo((el) => el.id === 'address');
    expect(outline(address), 'a visible focus').to.not.equal('none');
    // One key at a time: WebKit's driver drops the second of two equal characters typed together ("http" became "htp").
    for (const char of fixtureUrl('rows.csv')) await sendKeys({type: char});
    await sendKeys({press: 'Enter'});
    await settled(builder);
    expect(preview(builder)!.timeline!.events.length).to.equal(2);

    await tabTo((el) => el.matches('input[name="width"]'));
    await sendKeys({press: 'ArrowRight'});
    await builder.updateComplete;
    expect(builder.querySelector('.preview-frame')!.classList.contains('phone')).to.equal(true);

    const search = await tabTo((el) => el.id === 'option-search');
    await sendKeys({press: ' '});
    await builder.updateComplete;
    expect(search.matches(':checked')).to.equal(true);
    expect(preview(builder)!.hasAttribute('search')).to.equal(true);

    const clipboard = navigator.clipboard;
    const original = clipboard.writeText;
    const copied: string[] = [];
    clipboard.writeText = async (value: string) => void copied.push(value);
    try {
      const copy = await tabTo((el) => el.matches('button[data-copy="script-code"]'), 300);
      expect(outline(copy)).to.not.equal('none');
      await sendKeys({press: 'Enter'});
      await waitUntil(() => copied.length === 1, 'Enter did not copy');
    } finally {
      clipboard.writeText = original;
    }
    expect(copied[0]).to.equal(code(builder, 'script'));
    expect(copied[0]).to.contain(' search');
  });

  it('opens an event from the problem list with the keyboard', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'text', text: await (await fetch(fixtureUrl('problems.json'))).text()});
    await settled(builder);
    (document.activeElement as HTMLElement | null)?.blur();
    const button = await tabTo((el) => el.matches('button[data-event="example-four"]'), 300);
    expect(outline(button)).to.not.equal('none');
    await sendKeys({press: 'Enter'});
    await preview(builder)!.updateComplete;
    expect(preview(builder)!.selected).to.equal('example-four');
  });
});
