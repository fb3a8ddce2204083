/// <reference types="node" />
// The custom elements manifest that editors and framework tooling read: it is
// referenced from package.json, shipped, and names each tag's class, events
// and properties (custom-elements-manifest.config.mjs corrects what the
// analyzer cannot follow).
import assert from 'node:assert/strict';
import {execFile} from 'node:child_process';
import {existsSync, readFileSync} from 'node:fs';
import {before, test} from 'node:test';
import {fileURLToPath} from 'node:url';
import {promisify} from 'node:util';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

interface Declaration {
  name: string;
  tagName?: string;
  superclass?: {name: string; module?: string; package?: string};
  events?: {name?: string; type?: {text: string}}[];
  members?: {kind: string; name: string; privacy?: string}[];
}
interface Manifest {
  modules: {path: string; declarations?: Declaration[]; exports?: {kind: string; name: string; declaration: {name: string; module: string}}[]}[];
}

let manifest: Manifest;

before(async () => {
  const file = `${root}custom-elements.json`;
  if (!existsSync(file)) await promisify(execFile)('npm', ['run', 'analyze'], {cwd: root});
  manifest = JSON.parse(readFileSync(file, 'utf8'));
});

const declarations = () => manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({module: module.path, declaration})));

test('package.json points to the manifest and ships it', () => {
  assert.equal(pkg.customElements, 'custom-elements.json');
  assert.equal(pkg.exports['./custom-elements.json'], './custom-elements.json');
  assert.ok(pkg.files.includes('custom-elements.json'));
});

test('each tag is defined as its own class', () => {
  const definitions = manifest.modules.flatMap((module) => (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition'));
  assert.deepEqual(
    definitions.map((entry) => [entry.name, entry.declaration.name, entry.declaration.module]).sort(),
    [
      ['news-timeline', 'NewsTimeline', 'src/elements/timeline/timeline.ts'],
      ['news-timeline-category', 'NewsTimelineCategory', 'src/elements/event/category.ts'],
      ['news-timeline-era', 'NewsTimelineEra', 'src/elements/event/era.ts'],
      ['news-timeline-event', 'NewsTimelineEvent', 'src/elements/event/event.ts'],
      ['news-timeline-steps', 'NewsTimelineSteps', 'src/elements/steps/steps-element.ts'],
    ],
  );
});

test('<news-timeline-steps> lists its attribute, its typed event and its problems', () => {
  const steps = declarations().find(({declaration}) => declaration.tagName === 'news-timeline-steps')!.declaration;
  const {attributes} = steps as {attributes?: {name: string}[]};
  assert.deepEqual(attributes?.map((attribute) => attribute.name), ['for']);
  assert.deepEqual(steps.events!.map((event) => [event.name, event.type?.text]), [['news-timeline-step', 'NewsTimelineStepEvent']]);
  assert.ok(steps.members!.some((member) => member.name === 'problems' && member.privacy === undefined));
});

test('<news-timeline> lists its typed events, each once and named', () => {
  const timeline = declarations().find(({declaration}) => declaration.tagName === 'news-timeline')!.declaration;
  assert.deepEqual(
    timeline.events!.map((event) => [event.name, event.type?.text]),
    [
      ['news-timeline-load', 'NewsTimelineLoadEvent'],
      ['news-timeline-error', 'NewsTimelineErrorEvent'],
      ['news-timeline-select', 'NewsTimelineSelectEvent'],
      ['news-timeline-range-change', 'NewsTimelineRangeChangeEvent'],
      ['news-timeline-update', 'NewsTimelineUpdateEvent'],
    ],
  );
});

test('<news-timeline> lists the properties frameworks set', () => {
  const timeline = declarations().find(({declaration}) => declaration.tagName === 'news-timeline')!.declaration;
  const fields = new Set(timeline.members!.filter((member) => member.kind === 'field' && (!member.privacy || member.privacy === 'public')).map((member) => member.name));
  for (const name of ['data', 'src', 'selected', 'theme', 'layout']) assert.ok(fields.has(name), `no public field ${name}`);
});

test('<news-timeline-event> is recorded as extending HTMLElement, not the module constant that picks it', () => {
  const event = declarations().find(({declaration}) => declaration.tagName === 'news-timeline-event')!.declaration;
  assert.deepEqual(event.superclass, {name: 'HTMLElement'});
});
