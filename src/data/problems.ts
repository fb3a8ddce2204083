import type {TimelineProblem} from './types.js';

/** Collects problems while a document is read; `at()` builds child paths. */
export interface ProblemLog {
  readonly problems: TimelineProblem[];
  error(path: string, message: string): void;
  warning(path: string, message: string): void;
}

export function createProblemLog(): ProblemLog {
  const problems: TimelineProblem[] = [];
  return {
    problems,
    error: (path, message) => problems.push({severity: 'error', path, message}),
    warning: (path, message) => problems.push({severity: 'warning', path, message}),
  };
}

/** `at('events', 3)` → `events[3]`; `at('events[3]', 'date')` → `events[3].date`. */
export function at(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path ? `${path}.${key}` : key;
}

/**
 * One line for a reader or a log: `events.json: events[12].date: "2021-13-01" is not a valid date`.
 * The file is left out when not known.
 */
export function formatProblem(problem: TimelineProblem, file?: string): string {
  const where = [file, problem.path].filter(Boolean).join(': ');
  return where ? `${where}: ${problem.message}` : problem.message;
}

/** A short description of a JSON value's type for messages: "a number", "an array", "null". */
export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return value.trim() ? 'a string' : 'an empty string';
  return typeof value === 'undefined' ? 'nothing' : `a ${typeof value}`;
}
