/// <reference types="mocha" />
import {expect} from '@open-wc/testing';

import {runInTasks, scheduleTask} from '../../src/steps/run-in-tasks.js';
import type {Steps} from '../../src/steps/steps.js';

/** Steps that each take `cost` on the fake clock, and log when they ran. */
function* counted(count: number, clock: {t: number}, cost: number, log: number[]): Steps<string> {
  for (let i = 0; i < count; i++) {
    clock.t += cost;
    log.push(i);
    yield;
  }
  return 'done';
}

/** A queue the test runs by hand, and a fake clock. */
function manual() {
  const clock = {t: 0};
  const tasks: Array<() => void> = [];
  return {clock, tasks, now: () => clock.t, schedule: (task: () => void) => tasks.push(task)};
}

describe('runInTasks', () => {
  it('does about a budget of work per task, then leaves the rest to the next', async () => {
    const {clock, tasks, now, schedule} = manual();
    const log: number[] = [];
    const result = runInTasks(counted(10, clock, 3, log), {budget: 10, now, schedule});
    expect(log).to.deep.equal([]);
    const perTask: number[] = [];
    while (tasks.length > 0) {
      const before = log.length;
      tasks.shift()!();
      perTask.push(log.length - before);
    }
    // 3 ms a step, 10 ms a task: four steps reach the budget (12 ms), then a new task.
    expect(perTask).to.deep.equal([4, 4, 2]);
    expect(await result).to.equal('done');
  });

  it('stops between slices when its signal aborts, and rejects with the reason', async () => {
    const {clock, tasks, now, schedule} = manual();
    const log: number[] = [];
    let finished = false;
    function* steps(): Steps<string> {
      try {
        yield* counted(10, clock, 6, log);
        return 'done';
      } finally {
        finished = true;
      }
    }
    const abort = new AbortController();
    const result = runInTasks(steps(), {budget: 10, now, schedule, signal: abort.signal});
    tasks.shift()!();
    expect(log).to.deep.equal([0, 1]);
    abort.abort(new Error('a newer file'));
    tasks.shift()!();
    expect(log).to.deep.equal([0, 1]);
    expect(tasks).to.have.length(0);
    expect(finished, 'the steps were closed').to.equal(true);
    let reason: unknown;
    await result.catch((error: unknown) => (reason = error));
    expect((reason as Error).message).to.equal('a newer file');
  });

  it('rejects with what the steps throw', async () => {
    const {tasks, now, schedule} = manual();
    function* failing(): Steps<number> {
      yield;
      throw new SyntaxError('bad');
    }
    const result = runInTasks(failing(), {now, schedule});
    while (tasks.length > 0) tasks.shift()!();
    let reason: unknown;
    await result.catch((error: unknown) => (reason = error));
    expect(reason).to.be.instanceOf(SyntaxError);
  });

  it('resolves a result of undefined, and work with no steps', async () => {
    function* nothing(): Steps<undefined> {
      yield;
      return undefined;
    }
    expect(await runInTasks(nothing())).to.equal(undefined);
    function* immediate(): Steps<number> {
      return 7;
    }
    expect(await runInTasks(immediate())).to.equal(7);
  });

  it('lets other tasks of the page run between slices, by default', async () => {
    let ticks = 0;
    let polling = true;
    const poll = () => {
      ticks++;
      if (polling) setTimeout(poll, 0);
    };
    setTimeout(poll, 0);
    let ticksDuring = -1;
    const start = performance.now();
    // Real time, real queue: five slices of at least 2 ms each.
    function* busy(): Steps<number> {
      const firstTick = ticks;
      for (let i = 0; i < 5; i++) {
        const until = performance.now() + 2;
        while (performance.now() < until);
        yield;
      }
      ticksDuring = ticks - firstTick;
      return performance.now() - start;
    }
    await runInTasks(busy(), {budget: 1});
    polling = false;
    expect(ticksDuring, 'timer callbacks between the slices').to.be.greaterThan(0);
  });

  it('runs queued tasks in the order they were queued', async () => {
    const order: number[] = [];
    await new Promise<void>((resolve) => {
      for (let i = 0; i < 5; i++) scheduleTask(() => order.push(i));
      scheduleTask(resolve);
    });
    expect(order).to.deep.equal([0, 1, 2, 3, 4]);
  });
});
