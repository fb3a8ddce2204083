import {expect, fixture, html} from '@open-wc/testing';
import {LanguageController} from '../../src/controllers/language-controller.js';
import {minimalHost} from './host.js';

describe('LanguageController', () => {
  it('follows the nearest lang and dir, across a shadow root, and asks for an update when the host or <html> changes them', async () => {
    const outer = await fixture<HTMLDivElement>(html`<div lang="fa-AF" dir="rtl"><span></span></div>`);
    const shadow = outer.querySelector('span')!.attachShadow({mode: 'open'});
    const element = document.createElement('div');
    shadow.append(element);
    const {stub, updates, connect, disconnect} = minimalHost();
    const language = new LanguageController(Object.assign(element, stub));
    connect();
    expect(language.locale).to.equal('fa-AF');
    expect(language.rtl).to.be.true;
    element.setAttribute('lang', 'ps');
    await Promise.resolve();
    expect(language.locale).to.equal('ps');
    expect(updates()).to.equal(1);
    const root = document.documentElement;
    const dir = root.getAttribute('dir');
    root.setAttribute('dir', 'ltr');
    await Promise.resolve();
    expect(updates(), 'a change on <html>').to.equal(2);
    expect(language.rtl, 'the nearest dir still wins').to.be.true;
    outer.setAttribute('dir', 'ltr');
    await Promise.resolve();
    expect(updates(), 'another ancestor is not watched').to.equal(2);
    expect(language.rtl).to.be.false;
    disconnect();
    element.setAttribute('lang', 'ru');
    await Promise.resolve();
    expect(updates(), 'nothing once disconnected').to.equal(2);
    if (dir === null) root.removeAttribute('dir');
    else root.setAttribute('dir', dir);
  });
});
