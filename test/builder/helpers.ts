import {waitUntil} from '@open-wc/testing';
import '../../src/builder/builder.js';
import type {NewsTimelineBuilder} from '../../src/builder/builder-page.js';
import type {NewsTimeline} from '../../src/index.js';

export const fixtureUrl = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).href;
export const csvUrl = new URL('../fixtures/csv/afghanistan.csv', import.meta.url).href;

/** The builder's style sheet, once for the file: the tests see the page as editors do. */
function addStyles(): void {
  if (document.querySelector('link[data-builder-styles]')) return;
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = new URL('../../demo/builder.css', import.meta.url).href;
  link.dataset.builderStyles = '';
  document.head.append(link);
}

/** A builder on this page, in a box of `width` pixels. */
export async function mountBuilder(width = 1280): Promise<NewsTimelineBuilder> {
  addStyles();
  document.querySelector('news-timeline-builder')?.remove();
  const builder = document.createElement('news-timeline-builder');
  builder.style.width = `${width}px`;
  document.body.append(builder);
  await builder.updateComplete;
  return builder;
}

/** Waits for the preview to have loaded (or failed) and the builder to show it. */
export async function settled(builder: NewsTimelineBuilder, kind: 'loaded' | 'failed' = 'loaded'): Promise<void> {
  await waitUntil(() => builder.status.kind === kind, `the builder did not get to "${kind}"`, {timeout: 8000}).catch((error: Error) => {
    throw new Error(`${error.message}: ${JSON.stringify(builder.status)} for ${JSON.stringify(builder.input)}`);
  });
  await builder.updateComplete;
  await preview(builder)?.updateComplete;
  await builder.updateComplete;
}

export const preview = (builder: Element) => builder.querySelector<NewsTimeline>('news-timeline');
export const code = (builder: Element, which: 'script' | 'iframe') => builder.querySelector<HTMLTextAreaElement>(`#${which}-code`)!.value;

/** Sets a form control's value as an editor would, and fires its change. */
export async function change(builder: NewsTimelineBuilder, selector: string, value: string | boolean): Promise<void> {
  const control = builder.querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', {bubbles: true}));
  await builder.updateComplete;
  await preview(builder)?.updateComplete;
}

/** Gives the builder a text through its text box. */
export async function paste(builder: NewsTimelineBuilder, text: string): Promise<void> {
  builder.querySelector<HTMLTextAreaElement>('#text')!.value = text;
  builder.querySelector<HTMLButtonElement>('form.text button')!.click();
  await builder.updateComplete;
}
