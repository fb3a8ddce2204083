/** Test helper (not a test file itself). */

/** Records the locale of every `Intl.DateTimeFormat` built while `run` runs. */
export async function recordDateFormats(run: (built: Array<string | undefined>) => Promise<void>): Promise<void> {
  const original = Intl.DateTimeFormat;
  const built: Array<string | undefined> = [];
  const recording = function (locale?: string, options?: Intl.DateTimeFormatOptions) {
    built.push(locale);
    return new original(locale, options);
  };
  Object.assign(recording, original);
  Intl.DateTimeFormat = recording as unknown as typeof Intl.DateTimeFormat;
  try {
    await run(built);
  } finally {
    Intl.DateTimeFormat = original;
  }
}
