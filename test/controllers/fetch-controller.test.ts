import {expect} from '@open-wc/testing';
import {FetchController, type FetchState} from '../../src/controllers/fetch-controller.js';
import {minimalHost} from './host.js';

/** A fetch controller on a minimal host, with every settled state and the number of events it prepared. */
function fetcher(timeout?: number) {
  const host = minimalHost();
  const settled: FetchState<number>[] = [];
  let resolve = () => {};
  const controller = new FetchController<number>(host.stub, {
    onSettled: (state) => {
      settled.push(state);
      resolve();
    },
    prepare: function* (result) {
      return result.timeline!.events.length;
    },
    ...(timeout !== undefined && {timeout}),
  });
  const next = () => new Promise<void>((done) => (resolve = done));
  return {controller, settled, next, host};
}

describe('FetchController', () => {
  it('loads, parses and prepares a timeline, asking for an update at each state', async () => {
    const {controller, settled, next, host} = fetcher();
    const done = next();
    controller.load('/__faults/good/events.json?title=Loaded');
    expect(controller.state).to.deep.equal({status: 'loading', src: '/__faults/good/events.json?title=Loaded'});
    await done;
    expect(settled).to.have.length(1);
    const state = settled[0];
    expect(state.status).to.equal('loaded');
    if (state.status !== 'loaded') return;
    expect(state.file).to.equal('events.json');
    expect(state.result.timeline!.title).to.equal('Loaded');
    expect(state.prepared, 'prepared in the same slices').to.equal(2);
    expect(host.updates(), 'loading, then loaded').to.equal(2);
  });

  it('lets a newer src win: the older answer never settles', async () => {
    const {controller, settled, next} = fetcher();
    const done = next();
    controller.load('/__faults/delay/old.json?ms=300&title=Old');
    controller.load('/__faults/good/new.json?title=New');
    await done;
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(settled.map((s) => (s.status === 'loaded' ? s.result.timeline!.title : s.status))).to.deep.equal(['New']);
  });

  it('says what went wrong, naming the file: a status, no answer in time, not a timeline', async () => {
    const {controller, settled, next} = fetcher(200);
    let done = next();
    controller.load('/__faults/404/missing.json');
    await done;
    done = next();
    controller.load('/__faults/hang/slow.json');
    await done;
    done = next();
    controller.load('/__faults/html/page.json');
    await done;
    const messages = settled.map((s) => (s.status === 'failed' ? s.message : s.status));
    expect(messages[0]).to.equal('missing.json: the server answered 404 Not Found');
    expect(messages[1]).to.equal('slow.json: no answer within 0.2 seconds');
    expect(messages[2]).to.match(/^page\.json: .*HTML page/);
  });

  it('stops a request when the host leaves, and finishes it when it comes back', async () => {
    const {controller, settled, next, host} = fetcher();
    controller.load('/__faults/delay/moved.json?ms=200&title=Moved');
    host.disconnect();
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(settled, 'aborted: nothing settles').to.deep.equal([]);
    const done = next();
    host.connect();
    await done;
    expect(settled.map((s) => s.status)).to.deep.equal(['loaded']);
  });
});
