import {html, svg, type TemplateResult} from 'lit';
import type {UiStrings} from '../../format/strings.js';
import type {StepPosition} from '../../layout/story-steps.js';

export interface StepperContext {
  readonly strings: UiStrings;
  readonly position: StepPosition;
  /** Selects the step before (-1) or after (1) the selected event. */
  readonly onStep: (direction: 1 | -1) => void;
}

// Chevrons pointing back and on in a left-to-right page; the styles mirror them in a right-to-left one.
const BACK = 'M15 5l-7 7 7 7';
const ON = 'M9 5l7 7-7 7';

/**
 * Previous and next, with the selected event's place among the steps
 * between them (how many steps there are while none is selected): in the header beside the zoom buttons, and in the pinned
 * card (`where` tells them apart, for styles and for giving focus back
 * after the card moved to the next event).
 */
export function renderStepper({strings, position, onStep}: StepperContext, where: 'header' | 'card'): TemplateResult {
  const {index, total, atFirst, atLast} = position;
  // aria-disabled rather than disabled: at the last step, focus stays on the button just pressed.
  const button = (direction: 1 | -1, label: string, disabled: boolean, path: string) =>
    html`<button part="step-button" data-step=${direction > 0 ? 'next' : 'previous'} aria-label=${label} title=${label}
      aria-disabled=${disabled ? 'true' : 'false'} @click=${() => !disabled && onStep(direction)}><svg viewBox="0 0 24 24" aria-hidden="true">${svg`<path d=${path}/>`}</svg></button>`;
  return html`<div class="stepper stepper-${where}" part="stepper" role="group" aria-label=${strings.stepGroup}>
    ${button(-1, strings.previousEvent, atFirst, BACK)}
    <span class="step-position" part="step-position">${index >= 0 ? strings.stepPosition(index + 1, total) : strings.eventCount(total)}</span>
    ${button(1, strings.nextEvent, atLast, ON)}
  </div>`;
}
