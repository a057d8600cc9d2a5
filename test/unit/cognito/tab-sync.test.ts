/** The word between tabs and the one refresh at a time, in Chromium: BroadcastChannel, `storage` events, Web Locks. */
import { expect } from '@open-wc/testing';
import { TabSync } from '../../../src/cognito/tab-sync.js';
import { waitFor } from '../../support/dom.js';
import { rejection } from '../../support/rejection.js';

const freshName = () => `tab-sync-test:${crypto.randomUUID()}`;

describe('TabSync', () => {
  it('a change announced by one is heard by the others of that name, not by itself or another name', async () => {
    const name = freshName();
    const [one, two, elsewhere] = [new TabSync(name), new TabSync(name), new TabSync(freshName())];
    const heard = { one: 0, two: 0, elsewhere: 0 };
    const stops = [one.listen(() => heard.one++), two.listen(() => heard.two++), elsewhere.listen(() => heard.elsewhere++)];
    one.announce();
    await waitFor(() => heard.two === 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard).to.deep.equal({ one: 0, two: 1, elsewhere: 0 });
    stops[1]();
    one.announce();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(heard.two, 'no longer listening').to.equal(1);
    for (const stop of stops) stop();
  });

  it('without BroadcastChannel, the word goes by a storage event (heard in another document, as in another tab)', async () => {
    const name = freshName();
    const original = globalThis.BroadcastChannel;
    const frame = document.createElement('iframe');
    document.body.append(frame);
    try {
      (globalThis as { BroadcastChannel?: unknown }).BroadcastChannel = undefined;
      const here = new TabSync(name);
      let heard = 0;
      const stop = here.listen(() => heard++);
      // The other document writes the key, as another tab's TabSync would.
      frame.contentWindow!.localStorage.setItem(name, 'changed');
      await waitFor(() => heard === 1);
      // And this one's word reaches the other document.
      const seen: string[] = [];
      frame.contentWindow!.addEventListener('storage', (event) => seen.push(event.key ?? ''));
      here.announce();
      await waitFor(() => seen.includes(name));
      stop();
    } finally {
      globalThis.BroadcastChannel = original;
      frame.remove();
      localStorage.removeItem(name);
    }
  });

  it('runs one task at a time per name; the second waits for the first', async () => {
    const name = freshName();
    const order: string[] = [];
    const task = (label: string) => async () => {
      order.push(`${label} starts`);
      await new Promise((resolve) => setTimeout(resolve, 30));
      order.push(`${label} ends`);
      return label;
    };
    const results = await Promise.all([new TabSync(name).exclusive(task('a')), new TabSync(name).exclusive(task('b'))]);
    expect(results).to.deep.equal(['a', 'b']);
    expect(order).to.deep.equal(['a starts', 'a ends', 'b starts', 'b ends']);
  });

  it('a caller that gives up while waiting its turn gets the kit\'s abort error; the task never runs', async () => {
    const name = freshName();
    let release: (() => void) | undefined;
    const holding = new TabSync(name).exclusive(() => new Promise<void>((resolve) => (release = resolve)));
    await waitFor(() => release); // the first holds the lock
    const caller = new AbortController();
    let ran = false;
    const waiting = new TabSync(name).exclusive(async () => {
      ran = true;
    }, caller.signal);
    caller.abort();
    expect((await rejection(waiting)).name).to.equal('AbortError');
    release!();
    await holding;
    expect(ran).to.equal(false);
  });
});
