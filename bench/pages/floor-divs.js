// The naive DOM floor: one absolutely positioned div per event, with its title.
// Zoom rewrites every div's position; pan moves their common layer.
import {loadEvents, attachGestures, WIDTH, HEIGHT, ROW} from './floor-common.js';

const stage = document.getElementById('stage');
const layer = document.createElement('div');
layer.className = 'layer';
stage.append(layer);
const {events, lo, hi} = await loadEvents(__bench.dataUrl);
const pxPerMs = WIDTH / (hi - lo);
const nodes = events.map((e) => {
  const div = document.createElement('div');
  div.className = `ev ${e.range ? 'range ' : ''}${e.category}`;
  div.textContent = e.title;
  div.style.top = `${e.row * ROW}px`;
  return div;
});
const place = (k) => {
  for (let i = 0; i < events.length; i++) {
    const e = events[i];
    const style = nodes[i].style;
    style.left = `${(e.start - lo) * pxPerMs * k}px`;
    if (e.range) style.width = `${Math.max(4, (e.end - e.start) * pxPerMs * k)}px`;
  }
};
place(1);
layer.append(...nodes);
stage.style.height = `${HEIGHT}px`;
const view = attachGestures(stage, lo, hi, (zoomed) => {
  if (zoomed) place(view.k);
  layer.style.transform = `translateX(${view.tx}px)`;
});
__bench.window = view.window;
__bench.finish();
