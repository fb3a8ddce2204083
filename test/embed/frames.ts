// Shared by the embed tests: iframes of the embed page, and the messages they post.
import {fixture, html} from '@open-wc/testing';

const embedPage = new URL('../../demo/embed.html', import.meta.url);

/** Every message this window receives, with the window that sent it. */
export const received: {data: unknown; source: MessageEventSource | null}[] = [];
window.addEventListener('message', (event) => received.push({data: event.data, source: event.source}));

/** An iframe of `src`, 150 px tall to start with; `embed` marks it for the resizer. */
export async function frameFor(src: string, embed = true, width = 900): Promise<HTMLIFrameElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
  const frame = document.createElement('iframe');
  if (embed) frame.setAttribute('data-news-timeline', '');
  frame.title = 'Timeline';
  frame.style.cssText = `display: block; width: ${width}px; height: 150px; border: 0`;
  frame.src = src;
  wrapper.append(frame);
  return frame;
}

/** The embed page (demo/embed.html, from the sources) with a query string. */
export const embedUrl = (query: string) => `${embedPage.pathname}?${query}`;

/** What `frame`'s own window has posted to this one. */
export const messagesFrom = (frame: HTMLIFrameElement) => received.filter((m) => m.source === frame.contentWindow).map((m) => m.data);
