/** A JSON object, as the readers take one apart. */
export type Json = Record<string, unknown>;

/** Whether a parsed JSON value is an object (not null, not an array). */
export const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
