/**
 * A page that starts on a step whose code has not arrived (`initial-step="signUp"`: its template,
 * the rest of English and of the step table load on demand) shows the frame waiting, never a blank
 * body (docs/architecture.md §2). A file of its own, importing nothing that bundles those modules,
 * so that nothing is here yet when it starts (a fresh page).
 */
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { waitFor } from '../support/dom.js';
import { ScriptedBackend } from '../support/scripted-backend.js';

describe('the first screen while its code is on its way', () => {
  const idle = globalThis.requestIdleCallback;
  // Nothing prefetched when the browser is idle: the first screen comes before the later code.
  before(() => (globalThis.requestIdleCallback = () => 0));
  after(() => (globalThis.requestIdleCallback = idle));

  it('says to wait, then shows the step in its place; the body is never empty', async () => {
    const el = document.createElement('auth-flow') as AuthFlowElement;
    el.setAttribute('initial-step', 'signUp');
    el.backend = new ScriptedBackend({ currentSession: [null] });
    const bodies: string[] = [];
    // The frame's parts arrive alongside (updateComplete covers them), so the wait is caught as it shows.
    let waiting: Element | null = null;
    const record = () => {
      waiting ??= el.querySelector('.auth-waiting');
      bodies.push([...el.children].map((child) => child.localName + (child.textContent?.trim() ? `:${child.textContent.trim().slice(0, 20)}` : '')).join(' ') || '(empty)');
    };
    const observer = new MutationObserver(record);
    observer.observe(el, { childList: true });
    document.body.append(el);
    await el.updateComplete;
    record();
    await waitFor(() => el.querySelector('auth-sign-up h2'));
    expect(waiting, 'the frame said to wait').to.not.equal(null);
    expect(waiting!.textContent, 'waiting, in words').to.equal('Please wait…');
    expect(waiting!.getAttribute('aria-busy')).to.equal('true');
    observer.disconnect();
    expect(el.querySelector('.auth-waiting'), 'gone once the step is here').to.equal(null);
    expect(bodies.filter((body) => body === '(empty)'), `never blank: ${bodies.join(' → ')}`).to.deep.equal([]);
    el.remove();
  });
});
