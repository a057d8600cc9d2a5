/**
 * The managed-login round trip in a popup: the popup goes to the provider and comes back to the
 * app's redirect URI, where the kit (loaded there too) hands the URL it landed on to this window
 * and closes. Same-origin messages only.
 */
import { abortError } from '../../core/errors.js';
import { oauthError } from './managed-login.js';

/** The popup's window name: how the kit in it knows it is one. */
export const POPUP_NAME = 'cognito-auth-flow-oauth';
const MESSAGE = 'cognito-auth-flow:oauth-return';

/**
 * Opens `url` in a popup and resolves with the URL it returned to; null when the browser blocked
 * the popup (the caller redirects instead). Rejects when the person closes it first.
 */
export function openPopup(url: string, redirectUri: string, signal?: AbortSignal): Promise<string | null> {
  const popup = window.open(url, POPUP_NAME, 'popup,width=480,height=640');
  if (!popup) return Promise.resolve(null);
  const origin = new URL(redirectUri).origin;
  return new Promise((resolve, reject) => {
    const done = () => {
      clearInterval(watch);
      window.removeEventListener('message', onMessage);
      signal?.removeEventListener('abort', onAbort);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin !== origin || event.source !== popup || event.data?.type !== MESSAGE) return;
      done();
      resolve(String(event.data.url));
    };
    const onAbort = () => {
      done();
      popup.close();
      reject(abortError(signal?.reason));
    };
    // Closing the popup sends no event: look every half second.
    const watch = setInterval(() => {
      if (!popup.closed) return;
      done();
      reject(oauthError('oauthPopupClosed', 'The sign-in window was closed before it finished.'));
    }, 500);
    window.addEventListener('message', onMessage);
    signal?.addEventListener('abort', onAbort);
  });
}

/** In the popup, back from the provider: hands the URL to the opener and closes. True when it did. */
export function returnFromPopup(url: string): boolean {
  const opener = window.opener as Window | null;
  if (window.name !== POPUP_NAME || !opener) return false;
  try {
    opener.postMessage({ type: MESSAGE, url }, location.origin);
  } catch {
    return false;
  }
  window.close();
  return true;
}
