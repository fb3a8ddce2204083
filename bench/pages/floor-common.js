// Shared by the two no-library floors: load the events, a linear time scale,
// and d3-zoom-like gestures (Ctrl/⌘ + wheel zooms around the pointer, drag pans).
export const WIDTH = 1280;
export const HEIGHT = 540;
export const ROW = 18;
export const ROWS = Math.floor(HEIGHT / ROW);
export const COLORS = {diplomacy: '#48a07c', conflict: '#c82c34', politics: '#305cfc', economy: '#d07400', humanitarian: '#b074e8', security: '#2e8fa3'};

export async function loadEvents(url) {
  const doc = await (await fetch(url)).json();
  const events = doc.events.map((e, i) => {
    const start = Date.parse(e.date);
    const end = e.end ? Date.parse(e.end) : start;
    return {start, end, range: Boolean(e.end), title: e.title, category: e.category, row: i % ROWS};
  });
  let lo = Infinity;
  let hi = -Infinity;
  for (const e of events) {
    if (e.start < lo) lo = e.start;
    if (e.end > hi) hi = e.end;
  }
  return {events, lo, hi};
}

/**
 * View state: x on screen = (time - lo) / (hi - lo) * WIDTH * k + tx.
 * `onChange(zoomed)` is called at most once per frame.
 */
export function attachGestures(element, lo, hi, onChange) {
  const view = {k: 1, tx: 0};
  const maxK = Math.max(1, (hi - lo) / 3_600_000);
  let frame = 0;
  let zoomed = false;
  const schedule = (z) => {
    zoomed ||= z;
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      const z2 = zoomed;
      zoomed = false;
      onChange(z2);
    });
  };
  const clamp = () => {
    view.tx = Math.min(0, Math.max(WIDTH - WIDTH * view.k, view.tx));
  };
  element.addEventListener('wheel', (event) => {
    if (!event.ctrlKey && !event.metaKey) return;
    event.preventDefault();
    const unit = event.deltaMode === 1 ? 0.05 : event.deltaMode ? 1 : 0.002;
    const k = Math.min(maxK, Math.max(1, view.k * 2 ** (-event.deltaY * unit * 10)));
    const px = event.clientX - element.getBoundingClientRect().left;
    view.tx = px - ((px - view.tx) * k) / view.k;
    view.k = k;
    clamp();
    schedule(true);
  }, {passive: false});
  let dragX = null;
  element.addEventListener('pointerdown', (event) => {
    if (event.button) return;
    dragX = event.clientX;
    element.setPointerCapture(event.pointerId);
  });
  element.addEventListener('pointermove', (event) => {
    if (dragX === null) return;
    view.tx += event.clientX - dragX;
    dragX = event.clientX;
    clamp();
    schedule(false);
  });
  const stop = () => (dragX = null);
  element.addEventListener('pointerup', stop);
  element.addEventListener('pointercancel', stop);
  /** The time span on screen. */
  view.window = () => {
    const span = (hi - lo) / view.k;
    const start = lo + (-view.tx / (WIDTH * view.k)) * (hi - lo);
    return [start, start + span];
  };
  return view;
}
