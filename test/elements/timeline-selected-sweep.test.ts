import {expect, waitUntil} from '@open-wc/testing';
import type {NewsTimeline} from '../../src/index.js';
import {datasetUrl} from './helpers.js';

// `selected` for every event of the default story, at a desktop, a tablet and
// a phone width, each in a page of its own (an iframe of that width), so that
// what the element draws is measured against a real page: the host page must
// never become wider than its window.

const source = new URL('../../src/news-timeline.ts', import.meta.url).pathname;

/** A page of `width` px holding one timeline of the default story. */
async function page(width: number): Promise<{win: Window; el: NewsTimeline; frame: HTMLIFrameElement}> {
  const frame = document.createElement('iframe');
  frame.title = `A ${width} px page`;
  frame.style.cssText = `display: block; width: ${width}px; height: 700px; border: 0`;
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"></head><body>
    <news-timeline src="${datasetUrl}"></news-timeline>
    <script type="module" src="${source}"></script></body></html>`;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, {once: true}));
  const win = frame.contentWindow!;
  // Moves without animation, as for a reader who prefers reduced motion: the
  // sweep measures where a move ends, 147 times.
  const matchMedia = win.matchMedia.bind(win);
  win.matchMedia = (query: string) => (query.includes('prefers-reduced-motion') ? ({matches: true} as MediaQueryList) : matchMedia(query));
  await win.customElements.whenDefined('news-timeline');
  const el = win.document.querySelector('news-timeline') as NewsTimeline;
  await waitUntil(() => el.timeline && el.shadowRoot!.querySelector('[data-key]'), 'the story was not drawn', {timeout: 10000});
  return {win, el, frame};
}

async function settle(win: Window, el: NewsTimeline): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 2; i++) await new Promise((resolve) => win.requestAnimationFrame(resolve));
  await el.updateComplete;
}

for (const width of [1280, 800, 375]) {
  describe(`selected for every event of the default story, in a ${width} px page`, function () {
    this.timeout(120_000);
    let frame: HTMLIFrameElement;
    after(() => frame?.remove());

    it('zooms until the event stands alone, opens its card, and never makes the page wider', async () => {
      const opened = await page(width);
      frame = opened.frame;
      const {win, el} = opened;
      const root = win.document.documentElement;
      const vertical = width < 600;
      const failures: string[] = [];
      expect(el.timeline!.events.length).to.equal(49);
      for (const event of el.timeline!.events) {
        el.selected = null;
        el.fit();
        await settle(win, el);
        el.selected = event.id;
        await settle(win, el);
        const id = event.id;
        if (root.scrollWidth !== root.clientWidth) failures.push(`${id}: the page is ${root.scrollWidth} px wide in ${root.clientWidth} px`);
        const item = el.shadowRoot!.querySelector(`[data-id="${CSS.escape(id)}"]`);
        if (!item) {
          failures.push(`${id}: not drawn on its own`);
          continue;
        }
        const box = item.getBoundingClientRect();
        if (vertical) {
          if (item.getAttribute('aria-expanded') !== 'true') failures.push(`${id}: its entry is not open`);
          if (box.top < 0 || box.bottom > win.innerHeight) failures.push(`${id}: its entry is off screen (${Math.round(box.top)}–${Math.round(box.bottom)})`);
        } else {
          const card = el.shadowRoot!.querySelector('#card')!;
          const open = card.matches(':popover-open') || card.classList.contains('open');
          if (!open || card.querySelector('.card-title')?.textContent !== event.title) failures.push(`${id}: its card is not open`);
          const viewport = el.shadowRoot!.querySelector('[part="viewport"]')!.getBoundingClientRect();
          const centre = box.left + Math.min(box.width, 12) / 2;
          if (centre < viewport.left || centre > viewport.right) failures.push(`${id}: its marker is outside the viewport`);
        }
      }
      expect(failures).to.deep.equal([]);
    });
  });
}
