// Vue 3 templates and the `isCustomElement` option docs/frameworks.md tells
// Vite users to set. A single-file component's template is compiled ahead of
// time by @vitejs/plugin-vue through vue/compiler-sfc, which cannot see the
// custom elements registry: the first test runs that compiler as the plugin
// does. The second runs a template compiled in the browser by Vue's full
// build, configured through `app.config.compilerOptions`, so the bindings are
// tested without a build step.
import {expect, fixture, html, waitUntil} from '@open-wc/testing';
import {compileTemplate} from 'vue/compiler-sfc';
import {createApp, shallowRef} from 'vue/dist/vue.esm-bundler.js';
import '../../src/news-timeline.js';
import type {NewsTimeline, NewsTimelineSelectEvent, TimelineDocument} from '../../src/index.js';
import {$, $$, cardOpen, datasetUrl, loadJson, rendered} from '../elements/helpers.js';

const template = `<news-timeline :data="data" :selected="selected" @news-timeline-select="onSelect"></news-timeline>`;

/** The option the docs show: every tag of this library is a custom element, not a Vue component. */
const isCustomElement = (tag: string) => tag.startsWith('news-timeline');

async function mount(story: TimelineDocument) {
  const container = await fixture<HTMLDivElement>(html`<div style="width: 1000px"></div>`);
  const selected = shallowRef<string | null>(null);
  const received: NewsTimelineSelectEvent[] = [];
  const warnings: string[] = [];
  const app = createApp({
    template,
    setup: () => ({
      data: story,
      selected,
      onSelect(event: NewsTimelineSelectEvent) {
        received.push(event);
        selected.value = event.eventId;
      },
    }),
  });
  app.config.compilerOptions.isCustomElement = isCustomElement;
  app.config.warnHandler = (message) => warnings.push(message);
  app.mount(container);
  const el: NewsTimeline = container.querySelector('news-timeline')!;
  return {app, el, selected, received, warnings};
}

/** What @vitejs/plugin-vue produces for a component with this template, given `isCustomElement` or not. */
function compileSfcTemplate(configured: boolean): string {
  const result = compileTemplate({
    source: template,
    filename: 'Story.vue',
    id: 'story',
    compilerOptions: configured ? {isCustomElement} : {},
  });
  expect(result.errors).to.deep.equal([]);
  return result.code;
}

describe('<news-timeline> in a Vue 3 template', () => {
  let story: TimelineDocument;

  beforeEach(async () => {
    story = (await loadJson(datasetUrl)) as TimelineDocument;
  });

  it('compiles to the element itself only with isCustomElement, as a single-file component', () => {
    // Without the option the compiler takes the tag for a component and looks it up at run time
    // (and warns "Failed to resolve component"); with it, the tag is created as it is.
    expect(compileSfcTemplate(false)).to.contain('resolveComponent("news-timeline")');
    const code = compileSfcTemplate(true);
    expect(code).not.to.contain('resolveComponent');
    expect(code).to.match(/createElementBlock\("news-timeline"/);
    expect(code, 'the event binding becomes a listener prop').to.contain('onNewsTimelineSelect');
  });

  it('binds :data as a property, @news-timeline-select as a listener and :selected to state', async () => {
    const {app, el, selected, received, warnings} = await mount(story);
    await waitUntil(() => el.timeline, 'the timeline did not read its data');
    await rendered(el);
    expect(el.data).to.equal(story);
    expect(el.hasAttribute('data')).to.be.false;
    expect($(el, '[part="title"]')!.textContent).to.equal(story.title);

    const target = $$(el, '[part~="marker"][data-id]')[0];
    target.click();
    await waitUntil(() => received.length === 1, 'the template handler was not called');
    expect(received[0].eventId).to.equal(target.dataset.id);
    expect(selected.value).to.equal(target.dataset.id);
    expect(cardOpen(el)).to.be.true;

    selected.value = null;
    await waitUntil(() => el.selected === null && !cardOpen(el), 'clearing the state did not close the card');
    app.unmount();
    expect(el.isConnected).to.be.false;
    expect(warnings).to.deep.equal([]);
  });
});
