import {html, nothing, type TemplateResult} from 'lit';
import {hostName, isHttpUrl} from '../../data/links.js';
import {playerUrl} from '../../data/media-kind.js';
import type {TimelineMedia} from '../../data/types.js';
import type {UiStrings} from '../../format/strings.js';
import {setStyles} from '../../directives/set-styles.js';

/**
 * What the page and the reader allow for media, owned by the element (see
 * MediaChoices): the services whose players the page lets load in a frame,
 * and the media the reader asked to show here.
 */
export interface MediaContext {
  /** Ids of the services listed in `embeds="…"`. */
  readonly embeds: ReadonlySet<string>;
  /** The reader clicked "Show here" for this medium. */
  shown(media: TimelineMedia): boolean;
  /** The reader clicked "Show here" (the button is `from`). */
  show(media: TimelineMedia, from?: Element): void;
}

// The player needs its own scripts and storage (same-origin within its own
// origin), its fullscreen button, and its "open on the site" link (a popup).
const SANDBOX = 'allow-scripts allow-same-origin allow-presentation allow-popups allow-popups-to-escape-sandbox';

const newTab = (strings: UiStrings) => html`<span class="visually-hidden"> (${strings.newTab})</span>`;

/**
 * A medium as text-safe templates. `open`: the reader has asked for it (the
 * card is open), so an image, video or audio file is shown; under the
 * timeline's title it waits for a click on "Show here". A hosted player is
 * always a link first, and a frame only after a click when the page lists its
 * service in `embeds`. Data never becomes markup, and nothing is fetched
 * before the medium is shown.
 */
export function renderMedia(media: TimelineMedia | undefined, strings: UiStrings, context: MediaContext, open: boolean): TemplateResult | typeof nothing {
  const url = media && isHttpUrl(media.url) ? media.url : undefined;
  if (!media || !url) return nothing;
  const {kind, provider, caption, credit} = media;
  const name = provider?.name ?? hostName(url) ?? url;
  const player = kind === 'embed' && provider && context.embeds.has(provider.id) ? playerUrl(url, provider.id) : undefined;
  const shown = context.shown(media);
  const thumbnail = isHttpUrl(media.thumbnail) ? media.thumbnail : undefined;
  const size = (media.width ?? 0) > 0 && (media.height ?? 0) > 0;
  // The box keeps the ratio, not the image: a broken image's own box follows width and height in some engines only.
  const box = (content: TemplateResult) => html`<div class="media-box" ${setStyles({aspectRatio: size ? `${media.width} / ${media.height}` : undefined})}>${content}</div>`;
  let body: TemplateResult;
  if (kind === 'embed' || !(open || shown)) {
    const action = provider?.action ?? (kind === 'video' ? 'watch' : kind === 'audio' ? 'listen' : 'view');
    const label = action === 'watch' ? strings.watchOn(name) : action === 'listen' ? strings.listenOn(name) : strings.viewOn(name);
    // Nothing to show in place: a service without a player the page allows, or an image nobody described.
    const canShow = kind === 'embed' ? player !== undefined : kind !== 'image' || typeof media.alt === 'string';
    body = player && shown
      ? box(html`<iframe src=${player} title=${strings.player(name)} sandbox=${SANDBOX} allow="fullscreen; picture-in-picture; encrypted-media"
          referrerpolicy="strict-origin-when-cross-origin" loading="lazy"></iframe>`)
      : html`<a class="media-link" part="card-link media-link" href=${url} target="_blank" rel="noopener noreferrer">${open && thumbnail
          ? html`<img class="media-thumb" src=${thumbnail} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer">`
          : nothing}<span>${label}</span>${newTab(strings)}</a>${canShow
          ? html` <button class="media-show" part="media-show" @click=${(event: Event) => context.show(media, event.currentTarget as Element)}>${strings.showHere(name)}</button>`
          : nothing}`;
  } else if (kind === 'image') {
    body = typeof media.alt === 'string'
      ? box(html`<img src=${url} alt=${media.alt} width=${size ? media.width! : nothing} height=${size ? media.height! : nothing}
          loading="lazy" decoding="async" referrerpolicy="no-referrer">`)
      : html`<a class="media-link" part="card-link media-link" href=${url} target="_blank" rel="noopener noreferrer">${strings.viewImage}${newTab(strings)}</a>`;
  } else {
    const fallback = html`<a href=${url} target="_blank" rel="noopener noreferrer">${kind === 'video' ? strings.watchOn(name) : strings.listenOn(name)}</a>`;
    body = kind === 'video'
      ? box(html`<video src=${url} controls preload="none" poster=${thumbnail ?? nothing}
          width=${size ? media.width! : nothing} height=${size ? media.height! : nothing}>${fallback}</video>`)
      : html`<audio src=${url} controls preload="none">${fallback}</audio>`;
  }
  return html`<figure class="media media-${kind}" part="media">${body}${caption || credit
    ? html`<figcaption>${caption ? html`<span dir="auto">${caption}</span>` : nothing}${caption && credit ? ' ' : nothing}${credit
        ? html`<span class="media-credit" dir="auto">${credit}</span>`
        : nothing}</figcaption>`
    : nothing}</figure>`;
}
