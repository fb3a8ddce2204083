import {expect} from '@open-wc/testing';
import {PartController} from '../../src/controllers/part-controller.js';
import {minimalHost} from './host.js';

describe('PartController', () => {
  it('loads a part once, whatever the number of starts, and updates its host when it arrives', async () => {
    const {stub, updates} = minimalHost();
    let loads = 0;
    const adopted: string[] = [];
    const part = new PartController(stub, async () => `part ${++loads}`, (value) => adopted.push(value));
    part.start();
    part.start();
    await part.loading;
    part.start();
    expect(part.value).to.equal('part 1');
    expect(loads).to.equal(1);
    expect(adopted, 'adopted once, before the update').to.deep.equal(['part 1']);
    expect(updates()).to.equal(1);
  });

  it('keeps a failure until retry(), so that updates do not ask the network again', async () => {
    const {stub, updates} = minimalHost();
    let attempts = 0;
    const part = new PartController(stub, async () => {
      if (++attempts === 1) throw new Error('news-timeline.vertical.js could not be loaded');
      return 'loaded';
    });
    part.start();
    await part.loading;
    expect(part.error?.message).to.equal('news-timeline.vertical.js could not be loaded');
    part.start();
    expect(part.loading, 'no new request while it has failed').to.equal(undefined);
    part.retry();
    await part.loading;
    expect(part.error).to.equal(undefined);
    expect(part.value).to.equal('loaded');
    expect(attempts).to.equal(2);
    expect(updates()).to.equal(2);
  });
});
