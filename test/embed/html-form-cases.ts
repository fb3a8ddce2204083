/**
 * The valid schema fixtures (test/fixtures/schema/valid/) that the HTML form
 * must carry whole. A browser cannot list a directory, so the names are
 * written here and test/node/html-form-fixtures.test.ts checks that they are
 * all of them.
 */
export const VALID_FIXTURES = [
  'all-fields.json',
  'empty-events.json',
  'minimal.json',
  'negative-and-expanded-years.json',
  'partial-dates.json',
  'ranges.json',
  'text-and-colours.json',
  'update-times.json',
];

/**
 * Fixtures whose timeline has no event, category or era: their HTML form is a
 * heading alone, which is also how a page titles a timeline whose data comes
 * later (from `data` or a CSV `src`), so it is not read as an empty timeline.
 */
export const NOTHING_TO_DECLARE = ['empty-events.json'];
