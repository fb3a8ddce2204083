import {expect, fixture, html} from '@open-wc/testing';
import {BrushController} from '../../src/controllers/brush-controller.js';
import {minimalHost} from './host.js';

type Call = [number, number, boolean];

/** A 1000 px strip with the brush over 20–40 %, the controller's handlers on it, and the calls it makes. */
async function strip(mirrored = false) {
  const element = await fixture<HTMLDivElement>(html`<div style="width: 1000px; height: 24px"></div>`);
  const calls: Call[] = [];
  let current = {start: 0.2, end: 0.4};
  const brush = new BrushController(minimalHost().stub, {
    current: () => current,
    mirrored: () => mirrored,
    onBrush: (start, end, done) => {
      calls.push([Number(start.toFixed(3)), Number(end.toFixed(3)), done]);
      current = {start, end};
    },
  });
  element.addEventListener('pointerdown', brush.onPointerDown);
  element.addEventListener('pointermove', brush.onPointerMove);
  element.addEventListener('pointerup', brush.onPointerUp);
  const left = element.getBoundingClientRect().left;
  const pointer = (type: string, x: number) =>
    element.dispatchEvent(new PointerEvent(type, {clientX: left + x, clientY: 10, button: 0, pointerId: 1, bubbles: true, cancelable: true}));
  return {calls, pointer};
}

describe('BrushController', () => {
  it('centres the view where the strip is clicked outside the brush, keeping its width and the data\'s ends', async () => {
    const {calls, pointer} = await strip();
    pointer('pointerdown', 800);
    pointer('pointerdown', 995);
    expect(calls).to.deep.equal([[0.7, 0.9, true], [0.8, 1, true]]);
  });

  it('moves the brush by its body and resizes it by an edge, reporting the end once', async () => {
    const {calls, pointer} = await strip();
    pointer('pointerdown', 300);
    pointer('pointermove', 350);
    pointer('pointermove', 400);
    pointer('pointerup', 400);
    expect(calls).to.deep.equal([[0.25, 0.45, false], [0.3, 0.5, false], [0.3, 0.5, true]]);
    calls.length = 0;
    pointer('pointerdown', 303); // within 8 px of the start edge
    pointer('pointermove', -200);
    pointer('pointerup', -200);
    expect(calls, 'the start edge stops at the data\'s start').to.deep.equal([[0, 0.5, false], [0, 0.5, true]]);
  });

  it('reads the strip from its right edge when time runs right to left', async () => {
    const {calls, pointer} = await strip(true);
    pointer('pointerdown', 200); // 800 px from the right edge: 80 % of the way in time
    expect(calls).to.deep.equal([[0.7, 0.9, true]]);
  });
});
