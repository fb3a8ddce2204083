/**
 * The browser's `HTMLElement`, or an empty class where there is none (Node,
 * when a server-rendered page imports the package): extending the global at
 * module load would throw `HTMLElement is not defined` there, and the element
 * is never used without a DOM.
 */
export const ElementBase: typeof HTMLElement = globalThis.HTMLElement ?? (class {} as unknown as typeof HTMLElement);

