/**
 * The script of the embed page (`embed.html?src=…`): one `<news-timeline>`
 * filling the frame, configured from the query string, that tells its parent
 * page its height whenever it changes, as pym.js's string message and as
 * `{type: 'news-timeline:height', height, id}`; with `max-height`, the
 * timeline scrolls inside the frame past that height and the height posted
 * stops there. Built to dist/embed-child.js
 * with the element inlined, so the page needs this one module and no inline
 * script (it works under `script-src 'self'`).
 */
import '../news-timeline.js';
import {readEmbedParams, type EmbedParams} from './embed-params.js';
import {heightMessage, pymHeightMessage} from './height-messages.js';

function configure(el: HTMLElement, params: EmbedParams): void {
  if (params.lang) el.setAttribute('lang', params.lang);
  if (params.theme) el.setAttribute('theme', params.theme);
  if (params.selected) el.setAttribute('selected', params.selected);
  if (params.startAt) el.setAttribute('start-at', params.startAt);
  if (params.embeds) el.setAttribute('embeds', params.embeds);
  if (params.src) el.setAttribute('src', params.src);
  if (params.maxHeight !== undefined) {
    // embed.css holds the rule; only the number comes from the query, set through the CSSOM.
    el.style.setProperty('--news-timeline-embed-max-height', `${params.maxHeight}px`);
    el.classList.add('news-timeline-embed-capped');
  }
}

function showMessage(text: string): void {
  const message = document.createElement('p');
  message.className = 'news-timeline-embed-message';
  message.setAttribute('role', 'alert');
  message.textContent = text;
  document.body.append(message);
}

/**
 * Posts the body's height, up to `maxHeight`, to the parent each time it
 * changes; returns a function that stops.
 */
export function reportHeight(childId: string | undefined, target: Window = window.parent, maxHeight = Infinity): () => void {
  if (target === window) return () => {};
  let last = -1;
  const post = () => {
    const height = Math.min(maxHeight, Math.ceil(document.body.getBoundingClientRect().height));
    if (height === last) return;
    last = height;
    if (childId !== undefined) target.postMessage(pymHeightMessage(childId, height), '*');
    target.postMessage(heightMessage(childId ?? null, height), '*');
  };
  const observer = new ResizeObserver(post);
  observer.observe(document.body);
  post();
  return () => observer.disconnect();
}

function start(): void {
  const params = readEmbedParams(location.search, location.href);
  for (const reason of params.ignored) console.warn(`news-timeline embed: ${reason}`);
  if (params.lang) document.documentElement.lang = params.lang;
  // On the root, so the element and the page's own messages both follow it.
  if (params.dir) document.documentElement.dir = params.dir;
  let el = document.querySelector<HTMLElement>('news-timeline');
  if (!el) {
    el = document.createElement('news-timeline');
    document.body.prepend(el);
  }
  configure(el, params);
  if (!params.src) {
    el.hidden = true;
    showMessage(params.ignored[0] ?? 'No timeline to show.');
  }
  reportHeight(params.childId, window.parent, params.maxHeight);
}

start();
