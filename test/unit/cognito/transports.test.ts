import { expect } from '@open-wc/testing';
import { defaultEndpoint, parseErrorType, regionFromPoolId, type CognitoTransport } from '../../../src/cognito/transport.js';
import { createFetchTransport } from '../../../src/cognito/transports/fetch.js';
import { createSdkTransport, toAuthError } from '../../../src/cognito/transports/sdk.js';
import { rejection } from '../../support/rejection.js';

/** One scripted HTTP answer. */
interface Reply {
  status: number;
  body?: string;
  headers?: Record<string, string>;
}

interface Seen {
  url: string;
  target: string;
  body: Record<string, unknown>;
  headers: Record<string, string>;
}


/** Rejects like fetch does once `signal` aborts; never answers otherwise. */
function hang(signal: AbortSignal | null | undefined): Promise<never> {
  return new Promise((_, reject) => {
    const fail = () => reject(new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) fail();
    signal?.addEventListener('abort', fail);
  });
}

type Script = Reply | 'network' | 'hang';

/** A transport whose HTTP layer is scripted, for each implementation. */
interface Harness {
  name: string;
  make(script: Script, seen: Seen[]): CognitoTransport;
}

const harnesses: Harness[] = [
  {
    name: 'fetch',
    make(script, seen) {
      return createFetchTransport({
        region: 'eu-west-1',
        endpoint: 'http://scripted.invalid/',
        fetch: async (url, init) => {
          const headers = Object.fromEntries(new Headers(init?.headers).entries());
          seen.push({
            url: String(url),
            target: headers['x-amz-target'],
            body: JSON.parse(String(init?.body)),
            headers,
          });
          if (script === 'network') throw new TypeError('Failed to fetch');
          if (script === 'hang') return hang(init?.signal);
          return new Response(script.body ?? null, { status: script.status, headers: script.headers });
        },
      });
    },
  },
  {
    name: 'sdk',
    make(script, seen) {
      return createSdkTransport({
        region: 'eu-west-1',
        endpoint: 'http://scripted.invalid/',
        clientConfig: {
          maxAttempts: 1,
          requestHandler: {
            async handle(request: any, options?: { abortSignal?: AbortSignal }) {
              const headers: Record<string, string> = {};
              for (const [k, v] of Object.entries(request.headers as Record<string, string>)) headers[k.toLowerCase()] = v;
              seen.push({
                url: `${request.protocol}//${request.hostname}${request.port ? ':' + request.port : ''}${request.path}`,
                target: headers['x-amz-target'],
                body: JSON.parse(typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body)),
                headers,
              });
              if (script === 'network') throw new TypeError('Failed to fetch');
              if (script === 'hang') return hang(options?.abortSignal);
              const body = new Response(script.body ?? '').body;
              return { response: { statusCode: script.status, headers: script.headers ?? {}, body } };
            },
          } as any,
        },
      });
    },
  },
];

describe('transport helpers', () => {
  it('parses __type and x-amzn-errortype', () => {
    expect(parseErrorType('NotAuthorizedException')).to.equal('NotAuthorizedException');
    expect(parseErrorType('com.amazonaws.cognito.identity.idp.model#UserNotFoundException')).to.equal(
      'UserNotFoundException',
    );
    expect(parseErrorType('CodeMismatchException:http://internal.amazon.com/coral/com.amazon.coral.validate/')).to.equal(
      'CodeMismatchException',
    );
    expect(parseErrorType('aws.protocoltests#Foo#BarException:x:y')).to.equal('BarException');
    expect(parseErrorType('')).to.equal(undefined);
    expect(parseErrorType(undefined)).to.equal(undefined);
    expect(parseErrorType(42)).to.equal(undefined);
  });

  it('takes the region from the pool id', () => {
    expect(regionFromPoolId('eu-west-1_AbC123')).to.equal('eu-west-1');
    expect(regionFromPoolId('local_AuthFlow1')).to.equal('local');
    expect(() => regionFromPoolId('nounderscore')).to.throw(TypeError);
    expect(defaultEndpoint('us-east-2')).to.equal('https://cognito-idp.us-east-2.amazonaws.com/');
  });

  it('maps stray SDK errors', () => {
    expect(toAuthError(new TypeError('Failed to fetch')).name).to.equal('NetworkError');
    expect(toAuthError(Object.assign(new Error('x'), { name: 'AbortError' })).name).to.equal('AbortError');
    expect(toAuthError(Object.assign(new Error('Bad'), { name: 'LimitExceededException', $fault: 'client' })).name).to.equal(
      'LimitExceededException',
    );
    expect(toAuthError('weird').name).to.equal('UnknownError');
  });

  it('the fetch transport defaults to the regional endpoint', async () => {
    const urls: string[] = [];
    const transport = createFetchTransport({
      region: 'ap-south-1',
      fetch: async (url: RequestInfo | URL) => {
        urls.push(String(url));
        return new Response('{}', { status: 200 });
      },
    } as any);
    await transport.call('SignUp', {});
    expect(urls).to.deep.equal(['https://cognito-idp.ap-south-1.amazonaws.com/']);
  });

  it('the fetch transport turns a refused connection into NetworkError', async () => {
    const transport = createFetchTransport({ region: 'local', endpoint: 'http://127.0.0.1:65534/' });
    expect((await rejection(transport.call('SignUp', {}))).name).to.equal('NetworkError');
  });

  it('the fetch transport rejects a 200 that is not JSON', async () => {
    const transport = createFetchTransport({
      region: 'local',
      fetch: async () => new Response('<html>', { status: 200 }),
    } as any);
    expect((await rejection(transport.call('SignUp', {}))).name).to.equal('UnknownError');
  });
});

for (const harness of harnesses) {
  describe(`${harness.name} transport (scripted HTTP)`, () => {
    it('posts the operation as x-amz-json-1.1 without signing and returns the output', async () => {
      const seen: Seen[] = [];
      const transport = harness.make(
        { status: 200, body: JSON.stringify({ UserConfirmed: false, UserSub: 'sub-1' }), headers: { 'content-type': 'application/x-amz-json-1.1' } },
        seen,
      );
      const output = await transport.call('SignUp', { ClientId: 'c', Username: 'u', Password: 'p' });
      expect(output.UserConfirmed).to.equal(false);
      expect(output.UserSub).to.equal('sub-1');
      expect(output).not.to.have.property('$metadata');
      expect(seen).to.have.length(1);
      expect(seen[0].url).to.equal('http://scripted.invalid/');
      expect(seen[0].target).to.equal('AWSCognitoIdentityProviderService.SignUp');
      expect(seen[0].headers['content-type']).to.equal('application/x-amz-json-1.1');
      expect(seen[0].headers).not.to.have.property('authorization');
      expect(seen[0].headers).not.to.have.property('x-amz-security-token');
      expect(seen[0].body).to.deep.equal({ ClientId: 'c', Username: 'u', Password: 'p' });
    });

    it('keeps the exception name of a namespaced __type and reads "message"', async () => {
      const transport = harness.make(
        {
          status: 400,
          body: JSON.stringify({
            __type: 'com.amazonaws.cognito.identity.idp.model#NotAuthorizedException',
            message: 'Incorrect username or password.',
          }),
          headers: { 'content-type': 'application/x-amz-json-1.1' },
        },
        [],
      );
      const error = await rejection(transport.call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH' }));
      expect(error.name).to.equal('NotAuthorizedException');
      expect(error.message).to.equal('Incorrect username or password.');
    });

    it('reads "Message" and the header form with a suffix', async () => {
      const transport = harness.make(
        {
          status: 400,
          body: JSON.stringify({ Message: 'Invalid verification code provided, please try again.' }),
          headers: {
            'content-type': 'application/x-amz-json-1.1',
            'x-amzn-errortype': 'CodeMismatchException:http://internal.amazon.com/coral/com.amazon.coral.validate/',
          },
        },
        [],
      );
      const error = await rejection(transport.call('ConfirmSignUp', {}));
      expect(error.name).to.equal('CodeMismatchException');
      expect(error.message).to.equal('Invalid verification code provided, please try again.');
    });

    it("keeps an unmodelled exception's name (cognito-local's Unsupported)", async () => {
      const transport = harness.make(
        { status: 500, body: JSON.stringify({ __type: 'CognitoLocal#Unsupported', message: 'nope' }) },
        [],
      );
      expect((await rejection(transport.call('InitiateAuth', {}))).name).to.equal('Unsupported');
    });

    it('maps a network failure to NetworkError', async () => {
      const transport = harness.make('network', []);
      const error = await rejection(transport.call('SignUp', { Password: 'secret-pass' }));
      expect(error.name).to.equal('NetworkError');
      expect(error.message).not.to.contain('secret-pass');
    });

    it('maps an abort in flight to AbortError', async () => {
      const transport = harness.make('hang', []);
      const controller = new AbortController();
      const pending = transport.call('SignUp', {}, controller.signal);
      setTimeout(() => controller.abort(), 10);
      expect((await rejection(pending)).name).to.equal('AbortError');
    });

    it('maps an already aborted signal to AbortError without sending', async () => {
      const seen: Seen[] = [];
      const transport = harness.make({ status: 200, body: '{}' }, seen);
      const error = await rejection(transport.call('SignUp', {}, AbortSignal.abort()));
      expect(error.name).to.equal('AbortError');
      expect(seen).to.have.length(0);
    });
  });
}
