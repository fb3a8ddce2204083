// Shared measurement hooks for every benchmark page (not counted in any payload).
// window.__bench: `finish()` marks the first complete render (after two frames),
// `begin(phase)`/`end()` record requestAnimationFrame deltas, long tasks are
// observed from navigation start.
(() => {
  const bench = (window.__bench = {
    done: false,
    error: null,
    renderMs: null,
    longTasks: [],
    phases: {},
  });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.longTasks.push([entry.startTime, entry.duration]);
    }).observe({type: 'longtask', buffered: true});
  } catch {
    bench.noLongTasks = true;
  }
  let current = null;
  let last = 0;
  let looping = false;
  const tick = (time) => {
    if (!current) {
      looping = false;
      return;
    }
    if (last) current.frames.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  bench.begin = (name) => {
    const phase = (bench.phases[name] ??= {frames: [], spans: []});
    phase.spans.push([performance.now(), null]);
    current = phase;
    last = 0;
    if (!looping) {
      looping = true;
      requestAnimationFrame(tick);
    }
  };
  bench.end = () => {
    if (!current) return;
    current.spans[current.spans.length - 1][1] = performance.now();
    current = null;
  };
  bench.finish = () =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        if (bench.done) return;
        bench.renderMs = performance.now();
        bench.done = true;
      }),
    );
  bench.fail = (reason) => {
    bench.error ??= String(reason?.message ?? reason);
  };
  addEventListener('error', (event) => bench.fail(event.message));
  addEventListener('unhandledrejection', (event) => bench.fail(event.reason));
  bench.n = new URLSearchParams(location.search).get('n') ?? '100';
  bench.dataUrl = `../data/events-${bench.n}.json`;
})();
