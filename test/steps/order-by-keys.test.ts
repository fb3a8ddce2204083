/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {orderByKeys} from '../../src/steps/order-by-keys.js';
import {runSteps} from '../../src/steps/steps.js';
import {mulberry32} from '../layout/generate-events.js';

/** What a stable comparison sort gives. */
function expected(keys: Float64Array, length = keys.length): number[] {
  return Array.from({length}, (_, i) => i).sort((a, b) => keys[a] - keys[b] || a - b);
}

describe('orderByKeys', () => {
  it('orders positions by their keys, ties in position order', () => {
    const keys = Float64Array.from([3, 1, 2, 1, 3, 0.5, 2]);
    expect(Array.from(runSteps(orderByKeys(keys)))).to.deep.equal([5, 1, 3, 2, 6, 0, 4]);
  });

  it('agrees with a stable sort on random keys with many ties, at every length up to 300', () => {
    const random = mulberry32(7);
    for (let length = 0; length <= 300; length++) {
      const keys = Float64Array.from({length}, () => Math.floor(random() * 20) - 5);
      expect(Array.from(runSteps(orderByKeys(keys))), `length ${length}`).to.deep.equal(expected(keys));
    }
  });

  it('agrees with a stable sort on nearly sorted keys, the shape of a layout (runs broken by a few moved items)', () => {
    const random = mulberry32(8);
    const keys = Float64Array.from({length: 20_000}, (_, i) => i + (random() < 0.01 ? 40 + random() * 300 : 0));
    const order = runSteps(orderByKeys(keys));
    expect(Array.from(order)).to.deep.equal(expected(keys));
  });

  it('sorts only the first `length` keys', () => {
    const keys = Float64Array.from([2, 1, 0, -5, -6]);
    expect(Array.from(runSteps(orderByKeys(keys, 3)))).to.deep.equal([2, 1, 0]);
  });

  it('returns sorted keys without a pause, and pauses once per merge pass otherwise', () => {
    const sorted = orderByKeys(Float64Array.from([1, 2, 2, 3]));
    expect(sorted.next().done).to.equal(true);
    // 8 runs of one: 3 merge passes.
    const reversed = orderByKeys(Float64Array.from([8, 7, 6, 5, 4, 3, 2, 1]));
    let pauses = 0;
    while (!reversed.next().done) pauses++;
    expect(pauses).to.equal(3);
  });
});
