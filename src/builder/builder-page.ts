import {html, LitElement, nothing, type PropertyValues} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import {keyed} from 'lit/directives/keyed.js';
import type {Timeline, TimelineProblem} from '../data/types.js';
import type {NewsTimeline} from '../elements/timeline/timeline.js';
import type {NewsTimelineErrorEvent} from '../events/error-event.js';
import type {NewsTimelineLoadEvent} from '../events/load-event.js';
import {timelineToHtml} from '../fallback/timeline-to-html.js';
import {DEFAULT_OPTIONS, elementAttributes, readBuilderQuery, type BuilderOptions} from './builder-options.js';
import {defaultDataAddress, previewSource, type BuilderInput} from './builder-input.js';
import {BUILDER_STRINGS as S} from './builder-strings.js';
import {renderCode, renderOptions, renderProblems} from './builder-view.js';
import {eventIdForPath, readInputEntries, type InputEntries} from './event-for-path.js';
import {addressOfTimelineText} from './sheet-address.js';
import {iframeSnippet, scriptTagSnippet} from './snippets.js';
import {timelineToDocument} from './timeline-to-document.js';

type Status = {kind: 'empty'} | {kind: 'loading'} | {kind: 'loaded'; events: number} | {kind: 'failed'; message: string};

/**
 * The builder page (`builder.html`): an editor gives a timeline (an address,
 * a file, or text), sees it in a real `<news-timeline>` with every problem
 * found, chooses its options and copies the embed code. Rendered in the light
 * DOM so the page's style sheet (no inline styles: it runs under a strict
 * policy) styles it. Everything it computes comes from the pure modules beside it.
 */
export class NewsTimelineBuilder extends LitElement {
  static override properties = {
    options: {state: true},
    input: {state: true},
    status: {state: true},
    timeline: {state: true},
    problems: {state: true},
    phone: {state: true},
    files: {state: true},
    data: {state: true},
    announcement: {state: true},
  };

  declare options: BuilderOptions;
  declare input: BuilderInput | undefined;
  declare status: Status;
  declare timeline: Timeline | undefined;
  declare problems: readonly TimelineProblem[];
  declare phone: boolean;
  /** The directory of news-timeline's files, as the embed code names it. */
  declare files: string;
  /** The data's address, as the embed code names it. */
  declare data: string;
  declare announcement: string;

  private entries: InputEntries = new Map();
  /** The input whose text `entries` were read from, once read. */
  private entriesOf?: BuilderInput;
  /** Counts inputs: each gets a new preview element, so the same address given again is fetched again. */
  private inputs = 0;
  private blobAddress?: string;
  private downloads?: {json: string; html: string};

  constructor() {
    super();
    this.options = {...DEFAULT_OPTIONS};
    this.status = {kind: 'empty'};
    this.problems = [];
    this.phone = false;
    // The page says where the built files are relative to it (dist/: beside it); the code needs an absolute address.
    const files = document.querySelector<HTMLMetaElement>('meta[name="news-timeline-files"]')?.content ?? './';
    this.files = new URL(files, location.href).href;
    this.data = '';
    this.announcement = '';
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const {src} = readBuilderQuery(location.search);
    if (src) this.give({kind: 'address', address: src});
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.revoke();
  }

  /** Shows a new input: the preview loads it, and the problems and options start again. */
  give(input: BuilderInput): void {
    this.input = input;
    this.inputs++;
    this.announcement = '';
    this.data = defaultDataAddress(input, location.href);
    this.status = {kind: 'loading'};
    this.timeline = undefined;
    this.problems = [];
    this.options = {...this.options, selected: '', startAt: ''};
    this.entries = input.kind === 'text' ? readInputEntries(input.text) : new Map();
  }

  private get preview(): NewsTimeline | null {
    return this.querySelector('news-timeline');
  }

  private readonly setOption = <K extends keyof BuilderOptions>(name: K, value: BuilderOptions[K]) => {
    this.options = {...this.options, [name]: value};
  };

  private onLoad(event: NewsTimelineLoadEvent): void {
    if (event.target !== this.preview) return;
    this.timeline = event.timeline;
    this.problems = event.problems;
    this.status = {kind: 'loaded', events: event.timeline.events.length};
    const input = this.input;
    // Once per input: a title or other option read the data again, but the file is the same.
    if (input?.kind === 'address' && this.entriesOf !== input) void this.readEntries(input);
  }

  private onError(event: NewsTimelineErrorEvent): void {
    if (event.target !== this.preview) return;
    this.timeline = undefined;
    this.problems = event.problems.length ? event.problems : [{severity: 'error', path: '', message: event.message}];
    this.status = {kind: 'failed', message: event.message};
  }

  /** For an address, its text read once more (the browser's cache usually answers), to tie problems to events. */
  private async readEntries(input: BuilderInput & {kind: 'address'}): Promise<void> {
    this.entriesOf = input;
    try {
      const answer = await fetch(new URL(addressOfTimelineText(input.address), location.href));
      const text = answer.ok ? await answer.text() : '';
      if (this.input === input) {
        this.entries = readInputEntries(text);
        this.requestUpdate();
      }
    } catch {
      // Problems are still listed; they only lack their "Show this event" buttons.
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('input')) {
      this.revoke();
      const input = this.input;
      if (input?.kind === 'text') this.blobAddress = URL.createObjectURL(new Blob([input.text], {type: 'text/plain'}));
    }
    if (changed.has('timeline') || changed.has('options') || changed.has('data')) this.makeDownloads();
  }

  protected override async updated(changed: PropertyValues<this>): Promise<void> {
    // Options such as `selected` add problems of their own once the preview has taken them.
    if (!changed.has('options') || !this.timeline || !this.preview) return;
    await this.preview.updateComplete;
    const problems = this.preview.problems;
    if (JSON.stringify(problems) !== JSON.stringify(this.problems)) this.problems = problems;
  }

  private revoke(): void {
    if (this.blobAddress) URL.revokeObjectURL(this.blobAddress);
    this.blobAddress = undefined;
  }

  private makeDownloads(): void {
    if (this.downloads) for (const address of Object.values(this.downloads)) URL.revokeObjectURL(address);
    this.downloads = undefined;
    const timeline = this.timeline;
    if (!timeline) return;
    const json = JSON.stringify(timelineToDocument(timeline), null, 2);
    let markup: string;
    const lang = this.options.lang || undefined;
    try {
      markup = timelineToHtml(timeline, {lang, src: this.data});
    } catch {
      // An address the fallback refuses (not relative, not http(s)) is left out of it.
      markup = timelineToHtml(timeline, {lang});
    }
    this.downloads = {
      json: URL.createObjectURL(new Blob([json + '\n'], {type: 'application/json'})),
      html: URL.createObjectURL(new Blob([markup], {type: 'text/html'})),
    };
  }

  private statusText(): string {
    const status = this.status;
    if (status.kind === 'loading') return S.loading;
    if (status.kind === 'failed') return S.failed(status.message);
    if (status.kind === 'loaded') return S.loadedFrom(this.input?.kind === 'address' ? this.input.address : this.input?.name ?? S.pastedText, status.events);
    return S.nothingYet;
  }

  private readonly showEvent = (id: string) => {
    const preview = this.preview;
    if (!preview) return;
    preview.select(id);
    preview.scrollIntoView({block: 'nearest'});
  };

  private readonly copy = async (id: string) => {
    const area = this.querySelector<HTMLTextAreaElement>(`#${id}`)!;
    try {
      await navigator.clipboard.writeText(area.value);
      this.announce(S.copied);
    } catch {
      // No clipboard (an insecure page, a refusal): the text is selected for the editor to copy.
      area.focus();
      area.select();
      this.announce(S.copyFailed);
    }
  };

  /** Says a message in the live region (instead of the loading status), even when it is the same as the last one. */
  private announce(message: string): void {
    this.announcement = '';
    void this.updateComplete.then(() => (this.announcement = message));
  }

  private onAddress(event: SubmitEvent): void {
    event.preventDefault();
    const address = new FormData(event.target as HTMLFormElement).get('address')?.toString().trim();
    if (address) this.give({kind: 'address', address});
  }

  private onText(event: SubmitEvent): void {
    event.preventDefault();
    const text = new FormData(event.target as HTMLFormElement).get('text')?.toString() ?? '';
    if (text.trim()) this.give({kind: 'text', text});
  }

  private async readFile(file: File | undefined): Promise<void> {
    if (file) this.give({kind: 'text', text: await file.text(), name: file.name});
  }

  /** A dropped file is read; a dropped link (from the address bar, a page) is loaded as an address. */
  private onDrop(event: DragEvent): void {
    event.preventDefault();
    const transfer = event.dataTransfer;
    const file = transfer?.files[0];
    const link = transfer?.getData('text/uri-list').split(/\r?\n/).find((line) => line && !line.startsWith('#'));
    if (file) void this.readFile(file);
    else if (link) this.give({kind: 'address', address: link.trim()});
  }

  private renderPreview() {
    const input = this.input;
    if (!input) return html`<p>${S.nothingYet}</p>`;
    const source = previewSource(input, () => this.blobAddress ?? '');
    const o = this.options;
    const attributes = new Map(elementAttributes(o, source.src));
    const title = o.title.trim();
    return keyed(this.inputs, html`<news-timeline
      src=${source.src}
      type=${ifDefined(source.type)}
      theme=${o.theme}
      lang=${ifDefined(attributes.get('lang'))}
      dir=${ifDefined(attributes.get('dir'))}
      selected=${ifDefined(attributes.get('selected'))}
      start-at=${ifDefined(attributes.get('start-at'))}
      start=${ifDefined(attributes.get('start'))}
      end=${ifDefined(attributes.get('end'))}
      ?search=${o.search}
      layout=${o.layout}
      heading-level=${o.headingLevel}
      @news-timeline-load=${this.onLoad}
      @news-timeline-error=${this.onError}
      >${title ? html`<h2>${title}</h2>` : nothing}</news-timeline
    >`);
  }

  override render() {
    const targets = {data: this.data, files: this.files};
    const title = this.options.title.trim() || this.timeline?.title || '';
    const eventOf = (path: string) => eventIdForPath(path, this.entries, this.timeline);
    return html`
      <header><h1>${S.heading}</h1><p>${S.intro}</p></header>
      <p class="status" role="status">${this.announcement || this.statusText()}</p>
      <main>
        <section class="input" aria-labelledby="input-heading" @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this.onDrop}>
          <h2 id="input-heading">${S.inputHeading}</h2>
          <form class="address" @submit=${this.onAddress}>
            <label for="address">${S.addressLabel}</label>
            <div class="row">
              <input id="address" name="address" type="text" inputmode="url" autocomplete="url"
                .value=${this.input?.kind === 'address' ? this.input.address : ''} />
              <button type="submit">${S.addressLoad}</button>
            </div>
          </form>
          <label for="file">${S.fileLabel}</label>
          <input id="file" type="file" accept=".json,.csv,application/json,text/csv,text/plain"
            @change=${(e: Event) => this.readFile((e.target as HTMLInputElement).files?.[0])} />
          <form class="text" @submit=${this.onText}>
            <label for="text">${S.textLabel}</label>
            <textarea id="text" name="text" rows="5" spellcheck="false"></textarea>
            <button type="submit">${S.textUse}</button>
          </form>
        </section>
        <section class="preview-section" aria-labelledby="preview-heading">
          <h2 id="preview-heading">${S.previewHeading}</h2>
          <fieldset class="width">
            <legend>${S.previewWidth}</legend>
            <label><input type="radio" name="width" value="desktop" .checked=${!this.phone} @change=${() => (this.phone = false)} /> ${S.desktop}</label>
            <label><input type="radio" name="width" value="phone" .checked=${this.phone} @change=${() => (this.phone = true)} /> ${S.phone}</label>
          </fieldset>
          <div class="preview-frame ${this.phone ? 'phone' : 'desktop'}" role="region" aria-label=${S.previewRegion} tabindex="0">
            ${this.renderPreview()}
          </div>
        </section>
        <section class="options-section" aria-labelledby="options-heading">
          <h2 id="options-heading">${S.optionsHeading}</h2>
          ${renderOptions(this.options, this.timeline, this.setOption)}
        </section>
        <section class="problems-section" aria-labelledby="problems-heading">
          <h2 id="problems-heading">${S.problemsHeading}</h2>
          ${this.input ? renderProblems(this.problems, eventOf, this.showEvent) : html`<p>${S.nothingYet}</p>`}
        </section>
        <section class="output" aria-labelledby="output-heading">
          <h2 id="output-heading">${S.outputHeading}</h2>
          <label class="field" for="files">${S.filesLabel}</label>
          <input id="files" type="url" .value=${this.files} @change=${(e: Event) => (this.files = (e.target as HTMLInputElement).value.trim())} />
          <label class="field" for="data">${S.dataLabel}</label>
          <input id="data" type="text" .value=${this.data} @change=${(e: Event) => (this.data = (e.target as HTMLInputElement).value.trim())} />
          ${renderCode('script-code', S.scriptTag, S.scriptTagHint, scriptTagSnippet(this.options, targets), this.copy)}
          ${renderCode('iframe-code', S.iframe, S.iframeHint, iframeSnippet(this.options, targets, S.frameTitle(title)), this.copy)}
          <h3>${S.downloads}</h3>
          ${this.downloads
            ? html`<ul class="downloads">
                <li><a id="download-json" href=${this.downloads.json} download="timeline.json">${S.downloadJson}</a></li>
                <li><a id="download-html" href=${this.downloads.html} download="timeline.html">${S.downloadHtml}</a></li>
              </ul>`
            : html`<p>${S.nothingYet}</p>`}
        </section>
      </main>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'news-timeline-builder': NewsTimelineBuilder;
  }
}
