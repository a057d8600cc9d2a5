/** Which language <auth-flow> speaks: its own lang, an ancestor's, <html lang>, then (opted in) the browser's. */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { AuthController } from '../../src/core/controller.js';
import type { AuthFlowElement } from '../../src/elements/auth-flow.js';
import { registerLocale } from '../../src/i18n/translate.js';
import { waitFor } from '../support/dom.js';
import { ScriptedBackend } from '../support/scripted-backend.js';

const flowIn = (root: Element): AuthFlowElement => (root.localName === 'auth-flow' ? root : root.querySelector('auth-flow')!) as AuthFlowElement;
const frame = (el: AuthFlowElement) => el.shadowRoot!.querySelector('[part=frame]')!;
const heading = (el: AuthFlowElement) => el.querySelector('.auth-heading')?.textContent;
const controller = () => new AuthController(new ScriptedBackend({}));

/** Runs `body` with <html lang> set to `lang` (removed for null), then puts the page's back. */
async function withPageLanguage(lang: string | null, body: () => Promise<void>) {
  const root = document.documentElement;
  const before = root.getAttribute('lang');
  if (lang === null) root.removeAttribute('lang');
  else root.setAttribute('lang', lang);
  try {
    await body();
  } finally {
    if (before === null) root.removeAttribute('lang');
    else root.setAttribute('lang', before);
  }
}

/** Runs `body` with `navigator.languages` answering `languages`. */
async function withBrowserLanguages(languages: string[], body: () => Promise<void>) {
  Object.defineProperty(navigator, 'languages', { value: Object.freeze(languages), configurable: true });
  try {
    await body();
  } finally {
    delete (navigator as { languages?: unknown }).languages;
  }
}

describe('languages: built in, loaded when asked for', () => {
  it('speaks the language of its own lang, declared on the frame', async () => {
    const el = await fixture<AuthFlowElement>(html`<auth-flow lang="de" .controller=${controller()}></auth-flow>`);
    await waitFor(() => heading(el) === 'Anmelden');
    expect(el.querySelector('label')!.textContent).to.contain('Benutzername');
    expect(frame(el).getAttribute('lang')).to.equal('de');
    expect(frame(el).getAttribute('dir')).to.equal('ltr');
  });

  it('takes an ancestor\'s lang and lays out right to left for Arabic; axe finds nothing', async () => {
    const el = flowIn(await fixture(html`<div lang="ar"><auth-flow .controller=${controller()}></auth-flow></div>`));
    await waitFor(() => frame(el).getAttribute('dir') === 'rtl');
    expect(heading(el)).to.equal('تسجيل الدخول');
    expect(frame(el).getAttribute('lang')).to.equal('ar');
    await expect(el).to.be.accessible();
  });

  it('follows <html lang> as the page changes it (Japanese, then Traditional Chinese for zh-TW)', async () => {
    await withPageLanguage('ja', async () => {
      const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller()}></auth-flow>`);
      await waitFor(() => heading(el) === 'サインイン');
      await expect(el).to.be.accessible();
      document.documentElement.lang = 'zh-TW';
      await waitFor(() => heading(el) === '登入');
      expect(frame(el).getAttribute('lang')).to.equal('zh-TW');
    });
  });

  it("an app's own strings for a language win over the built-in ones, which fill the rest", async () => {
    registerLocale('nl-BE', { 'signIn.submit': 'Aanmelden' });
    const el = await fixture<AuthFlowElement>(html`<auth-flow lang="nl-BE" .controller=${controller()}></auth-flow>`);
    await waitFor(() => el.querySelector('button.auth-submit')?.textContent?.trim() === 'Aanmelden');
    expect(heading(el), 'from the built-in Dutch').to.equal('Inloggen');
  });
});

describe('languages: the browser\'s, only when the app opts in', () => {
  it('use-browser-language: the first of navigator.languages the kit has, when no lang is set anywhere', async () => {
    await withPageLanguage(null, () =>
      withBrowserLanguages(['gd', 'fr-CA', 'en'], async () => {
        const el = await fixture<AuthFlowElement>(html`<auth-flow use-browser-language .controller=${controller()}></auth-flow>`);
        await waitFor(() => heading(el) === 'Connexion');
        expect(frame(el).getAttribute('lang')).to.equal('fr-CA');
      }),
    );
  });

  it('without the attribute, or with a page language, the browser\'s languages are not used', async () => {
    await withBrowserLanguages(['fr-CA'], async () => {
      await withPageLanguage(null, async () => {
        const el = await fixture<AuthFlowElement>(html`<auth-flow .controller=${controller()}></auth-flow>`);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(heading(el)).to.equal('Sign in');
      });
      await withPageLanguage('en', async () => {
        const el = await fixture<AuthFlowElement>(html`<auth-flow use-browser-language .controller=${controller()}></auth-flow>`);
        await el.updateComplete;
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(heading(el)).to.equal('Sign in');
      });
    });
  });
});

describe('languages: a catalogue that does not arrive', () => {
  /** Runs `body`, then returns the promise rejections nobody handled meanwhile. */
  async function unhandledRejectionsDuring(body: () => Promise<void>): Promise<unknown[]> {
    const reasons: unknown[] = [];
    const onRejection = (event: PromiseRejectionEvent) => {
      reasons.push(event.reason);
      event.preventDefault(); // recorded here, asserted on below
    };
    addEventListener('unhandledrejection', onRejection);
    try {
      await body();
      await new Promise((resolve) => setTimeout(resolve, 50)); // unhandledrejection fires after a task
    } finally {
      removeEventListener('unhandledrejection', onRejection);
    }
    return reasons;
  }

  it('shows English, declared English and left to right, and rejects nothing unhandled', async () => {
    // A loader that fails as a catalogue chunk does offline, or after a redeploy removed it. The
    // Arabic catalogue under it loads: the whole catalogue did not, so the page says English.
    registerLocale('ar-x-gone', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module')));
    let el!: AuthFlowElement;
    const unhandled = await unhandledRejectionsDuring(async () => {
      el = await fixture<AuthFlowElement>(html`<auth-flow lang="ar" .controller=${controller()}></auth-flow>`);
      await waitFor(() => frame(el).getAttribute('dir') === 'rtl');
      el.lang = 'ar-x-gone';
      await waitFor(() => frame(el).getAttribute('lang') === 'en');
    });
    expect(unhandled).to.deep.equal([]);
    expect(heading(el)).to.equal('Sign in');
    expect(frame(el).getAttribute('dir')).to.equal('ltr');
    el.lang = 'de';
    await waitFor(() => heading(el) === 'Anmelden');
    expect(frame(el).getAttribute('lang'), 'the next language that loads is shown').to.equal('de');
  });
});
