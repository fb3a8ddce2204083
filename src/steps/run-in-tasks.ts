import type {Steps} from './steps.js';

/**
 * Milliseconds of work in one task of a long job (parsing, comparing, laying
 * out). Far under the 50 ms of a long task on purpose: on a busy machine
 * (two cores shared with other programs) a task's wall time stretched to
 * three times its work, and a 10 ms budget gave 80 ms pauses.
 */
export const TASK_BUDGET = 5;

let channel: MessageChannel | undefined;
const queued: Array<() => void> = [];

/**
 * Runs `task` in a task of its own, after the tasks queued already. A message
 * to ourselves, not a timer: browsers hold nested timers back by 4 ms, which
 * adds up over the hundreds of slices of a large timeline.
 */
export function scheduleTask(task: () => void): void {
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = () => queued.shift()?.();
  }
  queued.push(task);
  channel.port2.postMessage(undefined);
}

export interface RunInTasksOptions {
  /** Milliseconds of work per task (default TASK_BUDGET): the page gets to draw and answer input in between. */
  readonly budget?: number;
  /** Stops the work between two slices; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
  /** The clock the budget is counted on (default `performance.now`). */
  readonly now?: () => number;
  /** Runs a task later (default `scheduleTask`). */
  readonly schedule?: (task: () => void) => void;
}

/**
 * Runs `steps` a slice at a time, each in a task of its own of about `budget`
 * milliseconds, so that no task of a long piece of work holds the page up.
 * Resolves with the result, or rejects with what the steps threw.
 */
export function runInTasks<T>(steps: Steps<T>, options: RunInTasksOptions = {}): Promise<T> {
  const {budget = TASK_BUDGET, signal, now = () => performance.now(), schedule = scheduleTask} = options;
  return new Promise<T>((resolve, reject) => {
    const slice = () => {
      if (signal?.aborted) {
        steps.return(undefined as T);
        reject(signal.reason);
        return;
      }
      const start = now();
      try {
        for (;;) {
          const next = steps.next();
          if (next.done) {
            resolve(next.value);
            return;
          }
          if (now() - start >= budget) break;
        }
      } catch (error) {
        reject(error);
        return;
      }
      schedule(slice);
    };
    schedule(slice);
  });
}
