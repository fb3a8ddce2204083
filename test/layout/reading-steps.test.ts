/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {
  centreInBox, findCurrentStep, glideAt, placeStep, readStepTarget, scrollBehaviourFor, stepDirection, stepPath, type StepAttributes,
} from '../../src/layout/reading-steps.js';

const band = {top: 490, bottom: 500};
const none: StepAttributes = {event: null, start: null, end: null, card: null};
const ids = new Set(['doha-agreement', 'fall-of-kabul-2021']);

describe('placeStep', () => {
  it('places a step wholly above the band as passed, one below as not reached, and one touching it as in it', () => {
    expect(placeStep({top: 100, bottom: 489}, band)).to.equal('above');
    expect(placeStep({top: 501, bottom: 900}, band)).to.equal('below');
    expect(placeStep({top: 495, bottom: 497}, band)).to.equal('in');
    expect(placeStep({top: 0, bottom: 2000}, band), 'a step taller than the viewport').to.equal('in');
    expect(placeStep({top: 400, bottom: 490}, band), 'its bottom on the band').to.equal('in');
    expect(placeStep({top: 500, bottom: 600}, band), 'its top on the band').to.equal('in');
  });
});

describe('findCurrentStep', () => {
  it('is -1 before the first step reaches the band', () => {
    expect(findCurrentStep([])).to.equal(-1);
    expect(findCurrentStep(['below', 'below', 'below'])).to.equal(-1);
  });

  it('is the step in the band', () => {
    expect(findCurrentStep(['above', 'in', 'below'])).to.equal(1);
    expect(findCurrentStep(['in', 'below', 'below'])).to.equal(0);
  });

  it('keeps the step last passed while the band is in the text between two steps', () => {
    expect(findCurrentStep(['above', 'above', 'below'])).to.equal(1);
    expect(findCurrentStep(['above', 'above', 'above'])).to.equal(2);
  });

  it('takes the later of a step and one nested in it that has reached the band', () => {
    expect(findCurrentStep(['in', 'above', 'below'])).to.equal(1);
  });

  it('going back up, returns to the step before once the band is above the later one', () => {
    const down = findCurrentStep(['above', 'in', 'below']);
    const up = findCurrentStep(['in', 'below', 'below']);
    expect([down, up]).to.deep.equal([1, 0]);
    expect(stepDirection(down, up)).to.equal('backwards');
    expect(stepDirection(-1, 0)).to.equal('forwards');
    expect(stepDirection(0, -1)).to.equal('backwards');
  });
});

describe('readStepTarget', () => {
  it('reads an event step, with its card open only for data-card="open"', () => {
    expect(readStepTarget({...none, event: 'doha-agreement'}, 0, ids)).to.deep.equal({kind: 'event', eventId: 'doha-agreement', card: false});
    expect(readStepTarget({...none, event: 'doha-agreement', card: 'open'}, 0, ids)).to.deep.equal({kind: 'event', eventId: 'doha-agreement', card: true});
    expect(readStepTarget({...none, event: 'doha-agreement', card: 'closed'}, 0, ids)).to.deep.equal({kind: 'event', eventId: 'doha-agreement', card: false});
  });

  it('reads a window from the start of one date to the end of the other', () => {
    expect(readStepTarget({...none, start: '2021-08', end: '2021-08-31'}, 1, ids)).to.deep.equal({
      kind: 'window', window: {start: Date.UTC(2021, 7, 1), end: Date.UTC(2021, 8, 1)},
    });
  });

  it('reports an unknown event, naming the step and what was expected', () => {
    expect(readStepTarget({...none, event: 'x'}, 2, ids)).to.deep.equal({
      severity: 'error', path: 'news-timeline-steps > [data-event="x"] (step 3)',
      message: `"x" is not the id of an event in the timeline; expected one of its events' ids`,
    });
  });

  it('reports a date that is not one, a window with one end or ending before it starts', () => {
    const bad = readStepTarget({...none, start: '2021-02-30', end: '2021-03'}, 0, ids);
    expect(bad).to.include({path: 'news-timeline-steps > [data-start="2021-02-30"] (step 1)'});
    expect((bad as {message: string}).message).to.match(/^data-start: "2021-02-30" is not a valid date: February 2021 has 28 days/);
    expect((readStepTarget({...none, start: '2021', end: 'soon'}, 0, ids) as {message: string}).message).to.match(/^data-end: "soon" is not a valid date/);
    expect((readStepTarget({...none, end: '2021'}, 4, ids) as {path: string; message: string})).to.deep.equal({
      severity: 'error', path: 'news-timeline-steps > [data-end="2021"] (step 5)',
      message: 'a window needs both data-start and data-end (ISO dates such as "2021-08-15")',
    });
    expect((readStepTarget({...none, start: '2021-09', end: '2021-08'}, 0, ids) as {message: string}).message)
      .to.equal('data-end "2021-08" is not after data-start "2021-09"');
  });

  it('quotes what the page wrote in the step\'s name as a string, whatever it holds', () => {
    expect(stepPath({...none, event: 'a"]<b>'}, 0)).to.equal('news-timeline-steps > [data-event="a\\"]<b>"] (step 1)');
  });
});

describe('scrollBehaviourFor', () => {
  it('jumps for readers who ask for reduced motion and glides for the others', () => {
    expect(scrollBehaviourFor(true)).to.equal('instant');
    expect(scrollBehaviourFor(false)).to.equal('smooth');
  });
});

describe('glideAt', () => {
  it('starts and ends where asked, halfway at the middle, slow at both ends', () => {
    expect(glideAt(100, 500, 0)).to.equal(100);
    expect(glideAt(100, 500, 1)).to.equal(500);
    expect(glideAt(100, 500, 0.5)).to.equal(300);
    expect(glideAt(100, 500, 0.1) - 100, 'eases in').to.be.below(40);
    expect(500 - glideAt(100, 500, 0.9), 'eases out').to.be.below(40);
    expect(glideAt(500, 100, 0.25), 'upwards too').to.equal(450);
  });
});

describe('centreInBox', () => {
  const box = {top: 100, bottom: 400, scrollTop: 0, maxScroll: 1000};
  it('centres an entry below the box\'s middle by scrolling down by the difference', () => {
    // The entry's middle is at 600, the box's at 250.
    expect(centreInBox({top: 580, bottom: 620}, box)).to.equal(350);
    expect(centreInBox({top: 580, bottom: 620}, {...box, scrollTop: 200})).to.equal(550);
  });

  it('scrolls back up for an entry above the middle, and no further than the box can', () => {
    expect(centreInBox({top: 150, bottom: 170}, {...box, scrollTop: 300})).to.equal(210);
    expect(centreInBox({top: -500, bottom: -480}, {...box, scrollTop: 300})).to.equal(0);
    expect(centreInBox({top: 5000, bottom: 5020}, box)).to.equal(1000);
  });
});
