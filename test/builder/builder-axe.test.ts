import {expect} from '@open-wc/testing';
import type {NewsTimelineBuilder} from '../../src/builder/builder-page.js';
import {fixtureUrl, mountBuilder, settled} from './helpers.js';

// axe walks the preview's shadow tree too: slow on a busy machine.
describe('the builder passes axe', function () {
  this.timeout(60_000);
  let builder: NewsTimelineBuilder;
  afterEach(() => builder?.remove());

  it('empty', async () => {
    builder = await mountBuilder();
    await expect(builder).to.be.accessible();
  });

  it('with a timeline and its problems, at 1280 px', async () => {
    builder = await mountBuilder(1280);
    builder.give({kind: 'text', text: await (await fetch(fixtureUrl('problems.json'))).text()});
    await settled(builder);
    await expect(builder).to.be.accessible();
  });

  it('with the phone preview, at 375 px', async () => {
    builder = await mountBuilder(375);
    builder.give({kind: 'address', address: fixtureUrl('rows.csv')});
    await settled(builder);
    builder.querySelector<HTMLInputElement>('input[name="width"][value="phone"]')!.click();
    await builder.updateComplete;
    await expect(builder).to.be.accessible();
  });

  it('when the address is not a timeline', async () => {
    builder = await mountBuilder();
    builder.give({kind: 'address', address: '/__faults/html/sheet.csv'});
    await settled(builder, 'failed');
    await expect(builder).to.be.accessible();
  });
});
