/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {LayoutController} from '../../src/controllers/layout-controller.js';
import type {Timeline} from '../../src/data/types.js';
import type {LayoutInputs} from '../../src/layout/timeline-layouts.js';
import {timelineExtent} from '../../src/layout/time-scale.js';
import {generateEvents} from '../layout/generate-events.js';
import {minimalHost} from './host.js';

const host = minimalHost;

function inputs(count: number): LayoutInputs {
  const events = generateEvents(count, 31);
  const timeline: Timeline = {title: 't', events, eras: [], categories: []};
  return {timeline, eventById: new Map(events.map((e) => [e.id, e])), extent: timelineExtent(timeline)!, width: 1000, lanes: 4, hiddenCategories: new Set(), query: ''};
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('LayoutController', () => {
  it('a zoom that stops moving without an end is settled after 300 ms, and its own level asked for', async () => {
    const {stub, updates} = host();
    let k = 1;
    const control = new LayoutController(stub, {labelWidth: () => 60, beforeLayout: () => false, zoomK: () => k});
    const data = inputs(400);
    control.update(data, 1);
    // New data is laid out at once or, on a slow machine, in tasks between frames.
    for (let tries = 0; control.pending && tries < 100; tries++) await wait(10);
    control.update(data, 1);
    // A move: a coarser layout may stand in (the one at 1, drawn 1.9 times as wide).
    k = 1.9;
    control.update(data, k);
    expect(control.layouts.exact).to.equal(false);
    const before = updates();
    await wait(150);
    expect(updates(), 'not settled yet').to.equal(before);
    await wait(300);
    expect(updates(), 'settled: an update asked').to.be.greaterThan(before);
    // At rest, the update lays out the zoom's own level.
    control.update(data, k);
    // Laid out at once or, on a slow machine, in tasks between frames.
    for (let tries = 0; control.pending && tries < 100; tries++) await wait(10);
    control.update(data, k);
    expect(control.layouts.exact).to.equal(true);
  });

  it('draws held-back items on the next frame, and lets the frame and timer go when the element leaves', async () => {
    const {stub, controllers, updates} = host();
    const control = new LayoutController(stub, {labelWidth: () => 60, beforeLayout: () => false, zoomK: () => 1});
    const data = inputs(3000);
    control.update(data, 1);
    // New data is laid out between frames: wait for it.
    while (control.pending) await new Promise((resolve) => setTimeout(resolve, 0));
    control.update(data, 1);
    const items = control.layouts.visible(0, 1000);
    expect(items.length).to.be.greaterThan(50);
    // One item on screen, then many new ones: 25 of them now, the rest on later frames.
    control.startRender();
    control.take(items.slice(0, 1), () => false);
    control.endRender();
    expect(control.pending).to.equal(false);
    control.startRender();
    expect(control.take(items, () => false)).to.have.length(26);
    control.endRender();
    expect(control.pending).to.equal(true);
    const before = updates();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(updates(), 'an update on the next frame').to.equal(before + 1);
    control.startRender();
    control.take(items, () => false);
    control.endRender();
    // The element leaves: no frame, no timer, nothing pending.
    controllers.forEach((controller) => controller.hostDisconnected?.());
    expect(control.pending).to.equal(false);
    const left = updates();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(updates()).to.equal(left);
  });
});
