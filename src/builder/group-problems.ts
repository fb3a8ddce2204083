import type {TimelineProblem} from '../data/types.js';

/** Problems of one severity, in the order they were found. */
export interface ProblemGroup {
  readonly severity: TimelineProblem['severity'];
  readonly problems: readonly TimelineProblem[];
}

/** Errors first, then warnings; a severity with no problem has no group. */
export function groupProblems(problems: readonly TimelineProblem[]): ProblemGroup[] {
  const groups: ProblemGroup[] = [];
  for (const severity of ['error', 'warning'] as const) {
    const found = problems.filter((problem) => problem.severity === severity);
    if (found.length) groups.push({severity, problems: found});
  }
  return groups;
}

/**
 * Where a problem is, in an editor's words: `rows[12].Date` is "Row 12,
 * column Date" (a spreadsheet's row, the header being row 1); a JSON path is
 * given as it is; the document itself is "The file".
 */
export function describeLocation(path: string, words: {row: string; column: string; file: string}): string {
  if (!path) return words.file;
  const row = /^rows\[(\d+)\](?:\.(.+))?$/.exec(path);
  if (row) return row[2] ? `${words.row} ${row[1]}, ${words.column} ${row[2]}` : `${words.row} ${row[1]}`;
  return path;
}
