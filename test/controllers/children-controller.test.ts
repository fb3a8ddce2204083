import {expect, fixture, html} from '@open-wc/testing';
import {ChildrenController} from '../../src/controllers/children-controller.js';
import {minimalHost} from './host.js';

describe('ChildrenController', () => {
  it('reports changes to the light DOM while connected, and none for what was there', async () => {
    const {stub, connect, disconnect} = minimalHost();
    const element = await fixture<HTMLDivElement>(html`<div><p>First</p></div>`);
    const batches: MutationRecord[][] = [];
    new ChildrenController(Object.assign(element, stub), (records) => batches.push(records));
    connect();
    await Promise.resolve();
    expect(batches, 'what was there at connection').to.deep.equal([]);
    element.querySelector('p')!.textContent = 'Changed';
    element.setAttribute('aria-label', 'Title');
    await Promise.resolve();
    expect(batches.flat().map((r) => r.type).sort()).to.deep.equal(['attributes', 'childList']);
    disconnect();
    element.append(document.createElement('p'));
    await Promise.resolve();
    expect(batches, 'nothing once disconnected').to.have.length(1);
  });
});
