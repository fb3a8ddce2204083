/**
 * What an editor chooses in the builder, and how each choice becomes an
 * attribute of `<news-timeline>` (the preview and the script-tag embed) or a
 * parameter of the iframe embed page (`embed.html?…`, src/embed/embed-params.ts).
 */
export interface BuilderOptions {
  /** The title used when the data has none (a spreadsheet): the element's first heading child. */
  title: string;
  theme: 'auto' | 'light' | 'dark' | 'high-contrast';
  /** A BCP 47 tag, or `""` to follow the page. */
  lang: string;
  dir: '' | 'ltr' | 'rtl';
  /** An event's id, or `""`. */
  selected: string;
  /** `first`, `last`, an event's id, or `""`. */
  startAt: string;
  /** ISO 8601 dates of the first window, or `""`. */
  start: string;
  end: string;
  search: boolean;
  layout: 'auto' | 'horizontal' | 'vertical';
  headingLevel: number;
  /** Pixels past which the iframe stops growing and scrolls inside (`max-height`); 0 for none. */
  phoneHeight: number;
}

export const DEFAULT_OPTIONS: Readonly<BuilderOptions> = {
  title: '',
  theme: 'auto',
  lang: '',
  dir: '',
  selected: '',
  startAt: '',
  start: '',
  end: '',
  search: false,
  layout: 'auto',
  headingLevel: 2,
  phoneHeight: 640,
};

export const THEMES: readonly BuilderOptions['theme'][] = ['auto', 'light', 'dark', 'high-contrast'];
export const LAYOUTS: readonly BuilderOptions['layout'][] = ['auto', 'horizontal', 'vertical'];
export const DIRECTIONS: readonly BuilderOptions['dir'][] = ['', 'ltr', 'rtl'];
/** The iframe's `max-height` is refused below this (embed-params.ts's MIN_MAX_HEIGHT). */
export const MIN_PHONE_HEIGHT = 80;

/**
 * The attributes of `<news-timeline>` for these options, in a fixed order,
 * leaving out every one that equals the element's default (so the embed code
 * is no longer than it needs to be). `src` comes first.
 */
export function elementAttributes(options: BuilderOptions, src: string): [string, string][] {
  const attributes: [string, string][] = [['src', src]];
  const add = (name: string, value: string, unless = '') => {
    if (value.trim() !== unless) attributes.push([name, value.trim()]);
  };
  add('theme', options.theme, 'auto');
  add('lang', options.lang);
  add('dir', options.dir);
  add('selected', options.selected);
  add('start-at', options.startAt);
  // The element needs both ends of the first window, or uses neither.
  if (options.start.trim() && options.end.trim()) {
    add('start', options.start);
    add('end', options.end);
  }
  if (options.search) attributes.push(['search', '']);
  add('layout', options.layout, 'auto');
  add('heading-level', String(options.headingLevel), '2');
  return attributes;
}

/**
 * The query of the iframe embed page for these options: only what it reads
 * (embed-params.ts); `dir` and `lang` as chosen, `max-height` when set.
 */
export function embedQuery(options: BuilderOptions, src: string): URLSearchParams {
  const query = new URLSearchParams({src});
  if (options.selected.trim()) query.set('selected', options.selected.trim());
  if (options.startAt.trim()) query.set('start-at', options.startAt.trim());
  if (options.theme !== 'auto') query.set('theme', options.theme);
  if (options.lang.trim()) query.set('lang', options.lang.trim());
  if (options.dir) query.set('dir', options.dir);
  if (options.phoneHeight >= MIN_PHONE_HEIGHT) query.set('max-height', String(Math.round(options.phoneHeight)));
  return query;
}

/** The options a builder address asks for: `?src=` (the data's address) and nothing else yet. */
export function readBuilderQuery(search: string): {src?: string} {
  const src = new URLSearchParams(search).get('src')?.trim();
  return src ? {src} : {};
}
