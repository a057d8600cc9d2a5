/**
 * Runs in Chromium for `npm run bench`: the real `<auth-flow>` (the default API backend over
 * `fetch`), whose first request is held by a stand-in `fetch`. What is timed is the main thread's
 * work from the sign-in form's submit to the `InitiateAuth` request going out (SRP's `A` is made
 * while the person types, so none of the big arithmetic should be left), and, separately, the
 * password verifier's work once Cognito's `PASSWORD_VERIFIER` arrives.
 */
import '../src/define.js';
import { answerPasswordVerifier, startSrp } from '../src/cognito/srp.js';
import { bigIntToHex, computeK, g, modPow, N } from '../src/cognito/srp-math.js';

const sent: { target: string; at: number }[] = [];
const realFetch = window.fetch.bind(window);
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const target = new Headers(init?.headers).get('x-amz-target') ?? '';
  if (!target) return realFetch(input, init);
  sent.push({ target, at: performance.now() });
  return new Promise<Response>(() => {}); // held: the sign-in stays pending
};

let round = 0;

/** One sign-in submit on a fresh flow, once the browser has been idle (so `A` is ready): ms to the request. */
(window as any).submitToRequest = async (): Promise<number> => {
  document.body.replaceChildren();
  const flow = document.createElement('auth-flow');
  flow.setAttribute('user-pool-id', 'eu-west-1_Bench1234');
  flow.setAttribute('client-id', 'benchclient');
  document.body.append(flow);
  const form = await until(() => flow.querySelector<HTMLFormElement>('auth-sign-in form'));
  // The person types for a while: the browser is idle, and the flow prepares SRP's `A` then.
  await new Promise((resolve) => requestIdleCallback(() => setTimeout(resolve, 300)));
  (form.elements.namedItem('username') as HTMLInputElement).value = `bench-${++round}`;
  (form.elements.namedItem('password') as HTMLInputElement).value = 'Bench-pass-1234';
  const before = sent.length;
  const start = performance.now();
  form.requestSubmit();
  await until(() => sent.length > before);
  return sent[before].at - start;
};

/** The verifier's work (the password's key and the claim's signature), `A` prepared beforehand. */
(window as any).verifierWork = async (): Promise<number> => {
  const b = 0x1234567890abcdefn ** 8n;
  const B = bigIntToHex(((await computeK()) * 3n + modPow(g, b, N)) % N);
  const { a, A } = startSrp();
  const start = performance.now();
  await answerPasswordVerifier({
    SALT: 'a3f19c02e4b7d6581f0e2c4d6b8a9f01', SRP_B: B, SECRET_BLOCK: btoa('secret-block'), USER_ID_FOR_SRP: 'bench-user',
    poolName: 'Bench1234', password: 'Bench-pass-1234', a, A,
  });
  return performance.now() - start;
};

async function until<T>(check: () => T | null | undefined | false): Promise<T> {
  for (let i = 0; i < 2000; i++) {
    const value = check();
    if (value) return value;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  throw new Error('the bench page never got there');
}
