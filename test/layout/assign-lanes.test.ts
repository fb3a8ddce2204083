/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {createLanePacker, type Extent} from '../../src/layout/assign-lanes.js';
import {mulberry32} from './generate-events.js';

/** The lane createLanePacker gives each extent (sorted by `x0`), placed in order. */
const lanesOf = (extents: readonly Extent[], maxLanes: number, gap: number) => {
  const packer = createLanePacker(maxLanes, gap);
  return extents.map((extent) => packer.place(extent));
};

describe('createLanePacker, extent by extent', () => {
  const cases: Array<{name: string; extents: Extent[]; maxLanes: number; gap: number; lanes: number[]}> = [
    {name: 'nothing', extents: [], maxLanes: 3, gap: 0, lanes: []},
    {name: 'disjoint extents share lane 0', extents: [{x0: 0, x1: 10}, {x0: 20, x1: 30}, {x0: 40, x1: 50}], maxLanes: 3, gap: 0, lanes: [0, 0, 0]},
    {name: 'touching extents share a lane without a gap', extents: [{x0: 0, x1: 10}, {x0: 10, x1: 20}], maxLanes: 3, gap: 0, lanes: [0, 0]},
    {name: 'exactly the gap apart share a lane', extents: [{x0: 0, x1: 10}, {x0: 15, x1: 20}], maxLanes: 3, gap: 5, lanes: [0, 0]},
    {name: 'closer than the gap go down a lane', extents: [{x0: 0, x1: 10}, {x0: 14, x1: 20}], maxLanes: 3, gap: 5, lanes: [0, 1]},
    {name: 'overlapping stack', extents: [{x0: 0, x1: 100}, {x0: 10, x1: 20}, {x0: 15, x1: 30}], maxLanes: 3, gap: 0, lanes: [0, 1, 2]},
    {name: 'first fit: back to the lowest lane with room', extents: [{x0: 0, x1: 10}, {x0: 5, x1: 100}, {x0: 20, x1: 30}], maxLanes: 3, gap: 2, lanes: [0, 1, 0]},
    {name: 'first fit skips a full lane', extents: [{x0: 0, x1: 100}, {x0: 5, x1: 10}, {x0: 20, x1: 30}], maxLanes: 3, gap: 2, lanes: [0, 1, 1]},
    {name: '-1 when every lane is full', extents: [{x0: 0, x1: 100}, {x0: 5, x1: 100}, {x0: 10, x1: 20}, {x0: 200, x1: 210}], maxLanes: 2, gap: 0, lanes: [0, 1, -1, 0]},
    {name: 'one lane', extents: [{x0: 0, x1: 10}, {x0: 5, x1: 8}, {x0: 12, x1: 14}], maxLanes: 1, gap: 1, lanes: [0, -1, 0]},
    {name: 'no lanes', extents: [{x0: 0, x1: 10}], maxLanes: 0, gap: 0, lanes: [-1]},
    {name: 'zero-width extents at one place', extents: [{x0: 5, x1: 5}, {x0: 5, x1: 5}, {x0: 5, x1: 5}], maxLanes: 2, gap: 1, lanes: [0, 1, -1]},
    {name: 'negative positions', extents: [{x0: -50, x1: -10}, {x0: -20, x1: 0}, {x0: -5, x1: 5}], maxLanes: 2, gap: 5, lanes: [0, 1, 0]},
  ];
  for (const {name, extents, maxLanes, gap, lanes} of cases) {
    it(name, () => {
      expect(lanesOf(extents, maxLanes, gap)).to.deep.equal(lanes);
    });
  }

  it('random extents: no overlap within a lane, first fit, -1 only when full', () => {
    const random = mulberry32(2024);
    for (let round = 0; round < 20; round++) {
      const maxLanes = 1 + Math.floor(random() * 5);
      const gap = Math.floor(random() * 8);
      let x = 0;
      const extents: Extent[] = Array.from({length: 300}, () => {
        x += random() * 20;
        return {x0: x, x1: x + random() * 120};
      });
      const lanes = lanesOf(extents, maxLanes, gap);
      expect(lanes).to.have.length(extents.length);
      const ends: number[] = Array.from({length: maxLanes}, () => -Infinity);
      extents.forEach((extent, i) => {
        const lane = lanes[i];
        const firstFree = ends.findIndex((end) => end + gap <= extent.x0);
        expect(lane, `extent ${i}`).to.equal(firstFree);
        if (lane >= 0) {
          expect(lane).to.be.below(maxLanes);
          ends[lane] = extent.x1;
        }
      });
      // No two extents in a lane closer than the gap.
      for (let lane = 0; lane < maxLanes; lane++) {
        const inLane = extents.filter((_, i) => lanes[i] === lane);
        for (let i = 1; i < inLane.length; i++) expect(inLane[i - 1].x1 + gap).to.be.at.most(inLane[i].x0);
      }
    }
  });
});

describe('createLanePacker', () => {
  it('places one at a time and counts the lanes in use', () => {
    const packer = createLanePacker(2, 5);
    expect(packer.laneCount).to.equal(0);
    expect(packer.place({x0: 0, x1: 10})).to.equal(0);
    expect(packer.laneCount).to.equal(1);
    expect(packer.place({x0: 12, x1: 20})).to.equal(1);
    expect(packer.laneCount).to.equal(2);
    expect(packer.place({x0: 15, x1: 30})).to.equal(0);
    expect(packer.place({x0: 16, x1: 40})).to.equal(-1);
    expect(packer.laneCount).to.equal(2);
    expect(packer.place({x0: 25, x1: 26})).to.equal(1);
  });
});
