// Types for the test that imports the plugin (test/node/trim-d3.test.ts).
export const PURE_TOP_LEVEL_CALLS: Record<string, number>;
export const SELECTION_METHODS: string[];
export function trimSelectionPrototype(code: string, keep: readonly string[]): string;
export function markPureTopLevelCalls(code: string): {code: string; count: number};
export function trimD3(): {
  name: string;
  transform(this: {error(message: string): void}, code: string, id: string): {code: string; map: null; moduleSideEffects?: false} | null;
};
