import {html} from 'lit';
import type {ParseResult} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';

/**
 * The problems found in the data, for the editor who wrote it: a summary a
 * reader can skip (with how many events were left out) that opens to the
 * full list, each with its JSON path.
 */
export function renderProblems(result: ParseResult, strings: UiStrings, file: string | undefined) {
  const left = result.eventsLeftOut;
  return html`<details class="notice" part="problems">
    <summary>${strings.problemsSummary(result.problems.length)}${file ? html` (<code>${file}</code>)` : ''}${left ? html`: ${strings.eventsLeftOut(left)}` : ''}</summary>
    <ul>
      ${result.problems.map((p) => html`<li>${p.path ? html`<code>${p.path}</code>: ` : ''}${p.message}</li>`)}
    </ul>
  </details>`;
}
