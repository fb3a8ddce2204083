// The canvas floor: every event drawn on one <canvas>, redrawn in full on each
// zoom or pan frame. Titles are drawn only when at most 400 events are in view.
import {loadEvents, attachGestures, WIDTH, HEIGHT, ROW, COLORS} from './floor-common.js';

const canvas = document.getElementById('stage');
const ratio = devicePixelRatio || 1;
canvas.width = WIDTH * ratio;
canvas.height = HEIGHT * ratio;
canvas.style.width = `${WIDTH}px`;
canvas.style.height = `${HEIGHT}px`;
const context = canvas.getContext('2d');
context.scale(ratio, ratio);
const {events, lo, hi} = await loadEvents(__bench.dataUrl);
const pxPerMs = WIDTH / (hi - lo);
const byCategory = new Map();
for (const e of events) {
  if (!byCategory.has(e.category)) byCategory.set(e.category, []);
  byCategory.get(e.category).push(e);
}
const draw = () => {
  const scale = pxPerMs * view.k;
  context.clearRect(0, 0, WIDTH, HEIGHT);
  const visible = [];
  for (const [category, list] of byCategory) {
    context.fillStyle = COLORS[category] ?? '#666';
    for (const e of list) {
      const x0 = (e.start - lo) * scale + view.tx;
      const x1 = e.range ? (e.end - lo) * scale + view.tx : x0 + 3;
      if (x1 < 0 || x0 > WIDTH) continue;
      context.fillRect(x0, e.row * ROW + 3, Math.max(3, x1 - x0), e.range ? 12 : 12);
      visible.push([x0, e]);
    }
  }
  if (visible.length <= 400) {
    context.fillStyle = '#222';
    context.font = '11px system-ui, sans-serif';
    for (const [x, e] of visible) context.fillText(e.title, x + 5, e.row * ROW + 13, 200);
  }
};
const view = attachGestures(canvas, lo, hi, draw);
draw();
__bench.window = view.window;
__bench.finish();
