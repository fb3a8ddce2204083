import {expect} from '@open-wc/testing';
import {FilterController} from '../../src/controllers/filter-controller.js';
import {minimalHost} from './host.js';

describe('FilterController against a minimal host', () => {
  it('toggles a category hidden and shown again, with a new set each time', async () => {
    const host = minimalHost();
    const filters = new FilterController(host.stub, () => {});
    const first = filters.hidden;
    await filters.toggle('politics');
    expect([...filters.hidden]).to.deep.equal(['politics']);
    expect(filters.hidden).to.not.equal(first);
    await filters.toggle('military');
    await filters.toggle('politics');
    expect([...filters.hidden]).to.deep.equal(['military']);
  });

  it('updates the host at each change, and says it was filtered only after the host has drawn it', async () => {
    const host = minimalHost();
    const seen: string[] = [];
    let drawn = false;
    // The host's update completes a task later: onFiltered must wait for it.
    (host.stub as {updateComplete: Promise<boolean>}).updateComplete = new Promise<boolean>((resolve) => setTimeout(() => {
      drawn = true;
      resolve(true);
    }));
    const filters = new FilterController(host.stub, () => seen.push(`${filters.query}:${drawn}`));
    const searched = filters.search('doha');
    expect(host.updates()).to.equal(1);
    expect(seen).to.deep.equal([]);
    await searched;
    expect(seen).to.deep.equal(['doha:true']);
    await filters.toggle('talks');
    expect(host.updates()).to.equal(2);
    expect(seen).to.deep.equal(['doha:true', 'doha:true']);
  });
});
