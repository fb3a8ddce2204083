/// <reference types="mocha" />
import {expect} from '@open-wc/testing';
import {html, render} from 'lit';

import {setStyles} from '../../src/directives/set-styles.js';

describe('setStyles', () => {
  const draw = (container: HTMLElement, styles: Record<string, string | undefined>) =>
    render(html`<div ${setStyles(styles)}></div>`, container);

  it('sets camelCase and custom properties, and removes one that becomes undefined or goes', () => {
    const container = document.createElement('div');
    draw(container, {maxWidth: '40px', '--_c': 'red', transform: 'translateX(4px)'});
    const div = container.firstElementChild as HTMLElement;
    expect(div.style.maxWidth).to.equal('40px');
    expect(div.style.getPropertyValue('--_c')).to.equal('red');
    expect(div.style.transform).to.equal('translateX(4px)');
    draw(container, {maxWidth: undefined, '--_c': 'blue'});
    expect(div.style.maxWidth).to.equal('');
    expect(div.style.transform).to.equal('');
    expect(div.style.getPropertyValue('--_c')).to.equal('blue');
    expect(div.getAttribute('style') ?? '').to.not.contain('max-width');
  });

  it('writes a property again only when its value changed', () => {
    const container = document.createElement('div');
    draw(container, {transform: 'translateX(1px)', width: '3px'});
    const div = container.firstElementChild as HTMLElement;
    const written: string[] = [];
    const original = div.style.setProperty.bind(div.style);
    div.style.setProperty = (property: string, value: string | null, priority?: string) => {
      written.push(`${property}: ${value}`);
      original(property, value, priority);
    };
    draw(container, {transform: 'translateX(1px)', width: '3px'});
    expect(written).to.deep.equal([]);
    draw(container, {transform: 'translateX(2px)', width: '3px'});
    expect(written).to.deep.equal(['transform: translateX(2px)']);
    expect(div.style.transform).to.equal('translateX(2px)');
  });
});
