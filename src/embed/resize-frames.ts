import {clampHeight, readHeightMessage} from './height-messages.js';

/** The iframes the resizer looks after. */
export const FRAME_SELECTOR = 'iframe[data-news-timeline]';

/** The embed iframe whose window sent `event`, if any. */
export function frameOf(event: MessageEvent, doc: Document): HTMLIFrameElement | undefined {
  if (!event.source) return undefined;
  return Array.from(doc.querySelectorAll<HTMLIFrameElement>(FRAME_SELECTOR)).find((frame) => frame.contentWindow === event.source);
}

/**
 * Listens on `win` for height messages and sizes the matching
 * `<iframe data-news-timeline>`; messages from any other window are ignored.
 * Returns a function that stops listening.
 */
export function listenForEmbedHeights(win: Window): () => void {
  const onMessage = (event: MessageEvent) => {
    const height = readHeightMessage(event.data);
    if (height === undefined) return;
    const frame = frameOf(event, win.document);
    if (!frame) return;
    const px = `${clampHeight(height)}px`;
    if (frame.style.height !== px) frame.style.height = px;
  };
  win.addEventListener('message', onMessage);
  return () => win.removeEventListener('message', onMessage);
}
