import {expect, fixture, html} from '@open-wc/testing';
import {ZoomController, type ZoomState} from '../../src/controllers/zoom-controller.js';
import {minimalHost} from './host.js';

const close = (state: ZoomState, k: number, x: number) => {
  expect(state.k, 'k').to.be.closeTo(k, 1e-9);
  expect(state.x, 'x').to.be.closeTo(x, 1e-6);
};

describe('ZoomController', () => {
  it('keeps a window from code within the limits of zoom and pan, before a viewport is bound', () => {
    const {stub} = minimalHost();
    const ends: boolean[] = [];
    const zoom = new ZoomController(stub, {onEnd: (_, byReader) => ends.push(byReader)});
    zoom.configure(1000, 100);
    // Wider than the data: all of it.
    zoom.show(-500, 1500, false);
    close(zoom.state, 1, 0);
    // Past the end: as deep as asked, moved back inside (a window of 200 px centred on 1000 would show 100 px of nothing).
    zoom.show(900, 1100, false);
    close(zoom.state, 5, -4000);
    // Past the start.
    zoom.show(-100, 100, false);
    close(zoom.state, 5, 0);
    // Deeper than allowed: the deepest zoom, centred.
    zoom.show(500, 500.5, false);
    close(zoom.state, 100, -(500.25 * 100 - 500));
    expect(ends, 'nothing bound, nothing to report').to.deep.equal([]);
  });

  it('hands its state to d3-zoom when bound, without reporting a move; a move from code then reports its end once', async () => {
    const {stub, updates} = minimalHost();
    const ends: boolean[] = [];
    const zoom = new ZoomController(stub, {onEnd: (_, byReader) => ends.push(byReader)});
    const viewport = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 50px"></div>`);
    zoom.configure(1000, 100);
    zoom.show(0, 250, false);
    zoom.attach(viewport);
    expect(ends, 'binding is not a move').to.deep.equal([]);
    close(zoom.state, 4, 0);
    zoom.show(250, 500, false, {animate: false});
    close(zoom.state, 4, -1000);
    expect(ends).to.deep.equal([false]);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(updates(), 'one render a frame, not one per move').to.equal(1);
    zoom.detach();
  });

  it('mirrors a window in a right-to-left page: reading order in, screen pixels to d3-zoom', async () => {
    const {stub} = minimalHost();
    const zoom = new ZoomController(stub);
    const viewport = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 50px"></div>`);
    zoom.configure(1000, 100);
    zoom.attach(viewport);
    zoom.setMirrored(true);
    zoom.show(0, 500, false, {animate: false});
    // The first half of time is shown: in reading order the offset is 0, whichever way time runs.
    close(zoom.state, 2, 0);
    zoom.detach();
  });
});
