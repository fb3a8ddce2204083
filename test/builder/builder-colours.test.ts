import {expect} from '@open-wc/testing';

// axe checks the builder's contrast in the light scheme the test browsers
// use; the dark scheme's colours are checked here, from the style sheet's
// own custom properties, for the same pairs in both schemes.

const css = () => fetch(new URL('../../demo/builder.css', import.meta.url)).then((r) => r.text());

/** The `--builder-*` colours of the first `:root` block after `from` in the text. */
function palette(text: string, from: number): Record<string, string> {
  const block = text.slice(text.indexOf(':root {', from), text.indexOf('}', text.indexOf(':root {', from)));
  return Object.fromEntries([...block.matchAll(/--builder-([a-z]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]));
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Text colour on background colour, as the style sheet pairs them. */
const PAIRS: [string, string][] = [
  ['ink', 'page'], ['ink', 'panel'], ['muted', 'panel'], ['muted', 'page'], ['accent', 'panel'],
  ['page', 'accent'], ['error', 'panel'], ['warning', 'panel'],
];

describe('the builder\'s colours', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`give text at least 4.5:1 in the ${scheme} scheme`, async () => {
      const text = await css();
      const colours = palette(text, scheme === 'light' ? 0 : text.indexOf('prefers-color-scheme: dark'));
      expect(Object.keys(colours)).to.include.members(['ink', 'page', 'panel', 'muted', 'accent', 'error', 'warning']);
      for (const [fore, back] of PAIRS) {
        expect(contrast(colours[fore], colours[back]), `${fore} on ${back}`).to.be.at.least(4.5);
      }
    });
  }
});
