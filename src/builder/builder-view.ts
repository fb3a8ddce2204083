import {html, nothing, type TemplateResult} from 'lit';
import {ifDefined} from 'lit/directives/if-defined.js';
import type {Timeline, TimelineProblem} from '../data/types.js';
import {DIRECTIONS, LAYOUTS, THEMES, type BuilderOptions} from './builder-options.js';
import {BUILDER_STRINGS as S} from './builder-strings.js';
import {describeLocation, groupProblems} from './group-problems.js';

// The builder's sections as templates of plain values and callbacks: the
// element (builder-page.ts) holds the state and passes it down.

/** Changes one option. */
export type SetOption = <K extends keyof BuilderOptions>(name: K, value: BuilderOptions[K]) => void;

const value = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

function select<K extends keyof BuilderOptions>(
  name: K,
  label: string,
  current: string,
  choices: readonly [string, string][],
  set: (value: string) => void,
): TemplateResult {
  return html`<label class="field" for="option-${name}">${label}</label>
    <select id="option-${name}" name=${name} @change=${(e: Event) => set(value(e))}>
      ${choices.map(([v, text]) => html`<option value=${v} ?selected=${v === current}>${text}</option>`)}
    </select>`;
}

function text(name: keyof BuilderOptions, label: string, current: string, set: (value: string) => void, hint?: string): TemplateResult {
  return html`<label class="field" for="option-${name}">${label}</label>
    <input id="option-${name}" name=${name} type="text" .value=${current} @change=${(e: Event) => set(value(e).trim())}
      aria-describedby=${ifDefined(hint ? `hint-${name}` : undefined)} />
    ${hint ? html`<p class="hint" id="hint-${name}">${hint}</p>` : nothing}`;
}

/** The options form: each change re-renders the preview and the code. */
export function renderOptions(options: BuilderOptions, timeline: Timeline | undefined, set: SetOption): TemplateResult {
  const events: [string, string][] = (timeline?.events ?? []).map((event) => [event.id, `${event.date.iso}: ${event.title}`]);
  return html`<form class="options" @submit=${(e: Event) => e.preventDefault()}>
    ${text('title', S.title, options.title, (v) => set('title', v))}
    ${select('theme', S.theme, options.theme, THEMES.map((t) => [t, S.themes[t]]), (v) => set('theme', v as BuilderOptions['theme']))}
    ${text('lang', S.lang, options.lang, (v) => set('lang', v))}
    ${select('dir', S.dir, options.dir, DIRECTIONS.map((d) => [d, S.dirs[d]]), (v) => set('dir', v as BuilderOptions['dir']))}
    ${select('selected', S.selected, options.selected, [['', S.none], ...events], (v) => set('selected', v))}
    ${select('startAt', S.startAt, options.startAt, [['', S.none], ['first', S.first], ['last', S.last], ...events], (v) => set('startAt', v))}
    ${text('start', S.start, options.start, (v) => set('start', v), S.startEndHint)}
    ${text('end', S.end, options.end, (v) => set('end', v))}
    <label class="check"><input id="option-search" name="search" type="checkbox" .checked=${options.search}
      @change=${(e: Event) => set('search', (e.target as HTMLInputElement).checked)} /> ${S.search}</label>
    ${select('layout', S.layout, options.layout, LAYOUTS.map((l) => [l, S.layouts[l]]), (v) => set('layout', v as BuilderOptions['layout']))}
    ${select('headingLevel', S.headingLevel, String(options.headingLevel), [1, 2, 3, 4, 5, 6].map((n) => [String(n), `h${n}`]), (v) => set('headingLevel', Number(v)))}
    <label class="field" for="option-phoneHeight">${S.phoneHeight}</label>
    <input id="option-phoneHeight" name="phoneHeight" type="number" min="0" step="10" .value=${String(options.phoneHeight)}
      @change=${(e: Event) => set('phoneHeight', Math.max(0, Number(value(e)) || 0))} />
  </form>`;
}

/** The problems, errors first, each with where it is and, when it names a shown event, a button that opens it. */
export function renderProblems(problems: readonly TimelineProblem[], eventOf: (path: string) => string | undefined, show: (id: string) => void): TemplateResult {
  if (!problems.length) return html`<p>${S.noProblems}</p>`;
  return html`${groupProblems(problems).map(
    (group) => html`<h3 class="severity-${group.severity}">${S.severities[group.severity]}: ${group.problems.length}</h3>
      <ul class="problems">
        ${group.problems.map((problem) => {
          const id = eventOf(problem.path);
          return html`<li>
            <strong>${describeLocation(problem.path, S.where)}</strong>: ${problem.message}
            ${id === undefined ? nothing : html`<button type="button" data-event=${id} @click=${() => show(id)}>${S.showEvent}</button>`}
          </li>`;
        })}
      </ul>`,
  )}`;
}

/** One piece of code with its label and Copy button. */
export function renderCode(id: string, label: string, hint: string, code: string, copy: (id: string) => void): TemplateResult {
  return html`<div class="code">
    <label for=${id}>${label}</label>
    <p class="hint" id="${id}-hint">${hint}</p>
    <textarea id=${id} readonly rows="6" spellcheck="false" aria-describedby="${id}-hint" .value=${code}></textarea>
    <button type="button" class="copy" data-copy=${id} @click=${() => copy(id)}>${S.copy} <span class="visually-hidden">${label}</span></button>
  </div>`;
}
