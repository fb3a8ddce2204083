/// <reference types="node" />
// placeEraLabels: where era titles go, whole where their row has room.
// Run with: node --import tsx --test test/node/era-labels.test.ts
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {MIN_ERA_LABEL, placeEraLabels} from '../../src/layout/era-labels.js';
import type {EraBand} from '../../src/layout/timeline-view.js';

/** Every title is 10 px a character. */
const tenPerChar = (title: string) => title.length * 10;
const band = (title: string, x0: number, x1: number, row = 0): EraBand => ({title, x0, x1, row});

describe('placeEraLabels', () => {
  it('shows a title whole when it fits, even past its band into the free part of its row', () => {
    // "Short era" (90 px) on a 20 px band, the next band of its row 200 px on.
    const [label] = placeEraLabels([band('Short era', 100, 120), band('Next', 300, 400)], 0, 1000, tenPerChar);
    assert.deepEqual({left: label.labelLeft, width: label.labelWidth, full: label.full, shift: label.fullShift}, {left: 100, width: 90, full: true, shift: 0});
  });

  it('shortens a title that meets the next band of its row, and moves it back into view to show it whole', () => {
    const labels = placeEraLabels([band('A rather long era title', 900, 950), band('Next', 960, 990)], 0, 1000, tenPerChar);
    // Room from 900 to the next band less a 4 px gap: 56 px for 230 px of title.
    assert.equal(labels[0].full, false);
    assert.equal(labels[0].labelWidth, 56);
    // Whole, it must end at the viewport's edge (1000): it moves back 130 px.
    assert.equal(labels[0].fullShift, 130);
  });

  it('ignores bands of other rows, and clips the room at the viewport', () => {
    const labels = placeEraLabels([band('Nine char', 0, 40, 0), band('Other row', 20, 60, 1)], 0, 100, tenPerChar);
    assert.equal(labels[0].labelWidth, 90);
    assert.equal(labels[0].full, true);
    assert.equal(labels[1].labelLeft, 20);
    assert.equal(labels[1].labelWidth, 80);
    assert.equal(labels[1].full, false);
  });

  it('gives no room at rest under MIN_ERA_LABEL, and never shifts a title past the start', () => {
    const labels = placeEraLabels([band('Tiny', 10, 12), band('Next', 10 + MIN_ERA_LABEL, 280), band('Wider than the view is wide', 300, 400)], -250, 100, tenPerChar);
    // Panned by -250: the first band is off screen, the second partly (to 30), the third starts at 50.
    assert.deepEqual(labels.map((l) => l.band.title), ['Next', 'Wider than the view is wide']);
    assert.equal(labels[0].labelLeft, 0);
    assert.equal(labels[0].left, 10 + MIN_ERA_LABEL - 250);
    const wide = labels[1];
    assert.equal(wide.labelLeft, 50);
    assert.equal(wide.full, false);
    // 270 px of title in a 100 px view: moved back to the start, no further.
    assert.equal(wide.fullShift, 50);
    const tiny = placeEraLabels([band('Tiny', 10, 12), band('Next', 10 + MIN_ERA_LABEL, 200)], 0, 1000, tenPerChar)[0];
    assert.equal(tiny.labelWidth, 0);
  });
});
