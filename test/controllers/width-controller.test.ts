import {expect, fixture, html} from '@open-wc/testing';
import {WidthController} from '../../src/controllers/width-controller.js';
import {minimalHost} from './host.js';

const frames = (n = 2) => new Promise<void>((resolve) => {
  const step = () => (--n <= 0 ? resolve() : requestAnimationFrame(step));
  requestAnimationFrame(step);
});

describe('WidthController', () => {
  it('asks for an update when the width changes, not when it starts watching, and keeps the last width through display: none', async () => {
    const {stub, updates, connect, disconnect} = minimalHost();
    const width = new WidthController(stub);
    const box = await fixture<HTMLDivElement>(html`<div style="width: 640px"></div>`);
    connect();
    width.observe(box);
    expect(updates(), 'observing is no change').to.equal(0);
    await frames();
    expect(width.value).to.equal(640);
    expect(updates()).to.equal(1);
    box.style.width = '320px';
    await frames();
    expect(width.value).to.equal(320);
    expect(updates()).to.equal(2);
    box.style.display = 'none';
    await frames();
    expect(width.value, 'a width of 0 keeps the last real one').to.equal(320);
    expect(updates()).to.equal(2);
    disconnect();
    box.style.display = '';
    box.style.width = '500px';
    await frames();
    expect(width.value, 'nothing is watched once the host is gone').to.equal(320);
  });
});
