// Types for the test that imports the plugin (test/node/minify-css-literals.test.ts).
export function squeezeCss(text: string): string;
export function minifyCssInCode(code: string): {code: string; count: number};
export function minifyCssLiterals(): {
  name: string;
  transform(this: {error(message: string): void}, code: string, id: string): {code: string; map: null} | null;
};
