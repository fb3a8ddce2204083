import {expect} from '@open-wc/testing';
import {placeCard} from '../../src/layout/place-card.js';

const viewport = {width: 1000, height: 800};
const card = {width: 300, height: 200};
const anchor = (left: number, top: number) => ({left, top, right: left + 12, bottom: top + 12});

describe('placeCard', () => {
  it('puts the card below its anchor, centred on it', () => {
    expect(placeCard(anchor(494, 100), card, viewport)).to.deep.equal({left: 350, top: 120});
  });

  it('goes above when there is no room below, and keeps 8 px from every edge', () => {
    expect(placeCard(anchor(494, 700), card, viewport)).to.deep.equal({left: 350, top: 492});
    expect(placeCard(anchor(0, 100), card, viewport).left, 'left edge').to.equal(8);
    expect(placeCard(anchor(990, 100), card, viewport).left, 'right edge').to.equal(1000 - 8 - 300);
  });

  it('stays inside a viewport too short for it either way', () => {
    const place = placeCard(anchor(494, 150), {width: 300, height: 400}, {width: 1000, height: 420});
    // Neither below (170 + 400 > 412) nor above (150 - 408 < 8): as low as it can be and still end 8 px from the bottom.
    expect(place.top).to.equal(420 - 8 - 400);
  });
});
