// A reporter that lists every failed test, with its browser, file and error,
// once more at the very end of a run: a CI log keeps only its tail, and the
// progress lines of a long run push a failure printed mid-run out of it.
import {relative} from 'node:path';

/** The failed tests of a suite and the suites in it, as "Suite > test". */
function failedTests(suite, path = []) {
  if (!suite) return [];
  const here = suite.name ? [...path, suite.name] : path;
  return [
    ...(suite.tests ?? []).filter((test) => !test.passed && !test.skipped).map((test) => ({name: [...here, test.name].join(' > '), error: test.error})),
    ...(suite.suites ?? []).flatMap((child) => failedTests(child, here)),
  ];
}

export function failuresReporter() {
  return {
    stop({sessions}) {
      const lines = [];
      for (const session of sessions) {
        if (session.passed) continue;
        const where = `[${session.browser.name}] ${relative(process.cwd(), session.testFile)}`;
        const failed = failedTests(session.testResults);
        for (const {name, error} of failed) {
          lines.push(`${where}: ${name}`, `    ${(error?.message ?? 'failed').split('\n').join('\n    ')}`);
        }
        for (const error of session.errors ?? []) lines.push(`${where}: ${error.message ?? error}`);
        if (!session.errors?.length && !failed.length) lines.push(`${where}: did not finish (${session.status})`);
      }
      if (lines.length) process.stdout.write(`\nFailed:\n${lines.join('\n')}\n`);
    },
  };
}
