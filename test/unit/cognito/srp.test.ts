import { expect } from '@open-wc/testing';
import * as identity from 'amazon-cognito-identity-js';
import { AuthError } from '../../../src/core/errors.js';
import { answerPasswordVerifier, startSrp } from '../../../src/cognito/srp.js';
import {
  N,
  base64ToBytes,
  bigIntToHex,
  bytesToBase64,
  bytesToHex,
  computeK,
  computeU,
  computeX,
  deriveKey,
  formatTimestamp,
  g,
  hexToBigInt,
  hexToBytes,
  mod,
  modPow,
  padHex,
  passwordClaimSignature,
} from '../../../src/cognito/srp-math.js';

// amazon-cognito-identity-js exports these at run time but does not declare them.
/* eslint-disable @typescript-eslint/no-explicit-any */
const { AuthenticationHelper, CognitoUserPool, CognitoUser, AuthenticationDetails, DateHelper } = identity as any;

/** `crypto.getDiffieHellman('modp15').getPrime('hex')` in Node 20. */
const MODP15 =
  'ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404ddef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7edee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3be39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa051015728e5a8aaac42dad33170d04507a33a85521abdf1cba64ecfb850458dbef0a8aea71575d060c7db3970f85a6e1e4c7abf5ae8cdb0933d71e8c94e04a25619dcee3d2261ad2ee6bf12ffa06d98a0864d87602733ec86a64521f2b18177b200cbbe117577a615d6c770988c0bad946e208e24fa074e5ab3143db5bfce0fd108e4b82d120a93ad2caffffffffffffffff';

// Fixtures (1024-bit a and b, as the client and Cognito use).
const A_HEX =
  '4c2f146b304d59af9641154b616a5c6505b1ba6ce2b98f35a8b20995713c2d9ec6483f76bccc01fba9bc4c7b6fb2306a8412542023a1b9d53e755500e0cc9346'.repeat(2);
const B_SECRET_HEX =
  '7cf0d0ff8b8a82d5eb7ddc7b0889e7efe3287b855dd37ccfcdaded4535d6a130f97aa0340bcda2f9d2304fbc910fa0d012f16fbcaca4995e59bd24ff2629a46f'.repeat(2);
const SALTS = ['63479ad69a090b258277ec8fba6f9941', 'e3479ad69a090b258277ec8fba6f9941', '0a479ad69a090b258277ec8fba6f99'];
const SECRET_BLOCK = 'fQ/IXE9NxjekwjAkdcT5oxOp4wa6OanGZ8Emc9eii/IVFSrmd3h1WYFRM3M90b1R';
const POOL = 'AuthFlow1';
const USER_ID = 'demo-user-id';
const PASSWORD = 'Demo-pass-1234 ü';
const NOW = new Date(Date.UTC(2026, 2, 3, 9, 7, 5));
const TIMESTAMP = 'Tue Mar 3 09:07:05 UTC 2026';

const a = hexToBigInt(A_HEX);
const b = hexToBigInt(B_SECRET_HEX);

/** The server side of docs/cognito.md §4, written from the formulas. */
async function simulatedServer(saltHex: string, password = PASSWORD) {
  const k = await computeK();
  const x = await computeX(POOL, USER_ID, password, saltHex);
  const v = modPow(g, x, N);
  const B = mod(k * v + modPow(g, b, N), N);
  return {
    B,
    async key(A: bigint) {
      const u = await computeU(A, B);
      return deriveKey(modPow(mod(A * modPow(v, u, N), N), b, N), u);
    },
  };
}

/** identity-js's AuthenticationHelper with its small a replaced by the fixture. */
function oracleHelper(): any {
  const helper = new AuthenticationHelper(POOL);
  helper.smallAValue = new helper.N.constructor(A_HEX, 16);
  helper.largeAValue = undefined;
  return helper;
}

function oracleLargeA(helper: any): Promise<string> {
  return new Promise((resolve, reject) =>
    helper.getLargeAValue((err: unknown, A: any) => (err ? reject(err) : resolve(A.toString(16)))),
  );
}

function oracleKey(helper: any, B: bigint, saltHex: string): Promise<Uint8Array> {
  const BigInteger = helper.N.constructor;
  return new Promise((resolve, reject) =>
    helper.getPasswordAuthenticationKey(
      USER_ID,
      PASSWORD,
      new BigInteger(bigIntToHex(B), 16),
      new BigInteger(saltHex, 16),
      (err: unknown, key: Uint8Array) => (err ? reject(err) : resolve(new Uint8Array(key))),
    ),
  );
}

async function hmacBase64(key: Uint8Array, message: Uint8Array): Promise<string> {
  const k = await crypto.subtle.importKey('raw', new Uint8Array(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return bytesToBase64(new Uint8Array(await crypto.subtle.sign('HMAC', k, new Uint8Array(message))));
}

describe('srp-math', () => {
  it('uses the RFC 5054 3072-bit group (= Node modp15 = identity-js initN), g = 2', () => {
    expect(bigIntToHex(N)).to.equal(MODP15);
    expect(oracleHelper().N.toString(16)).to.equal(MODP15);
    expect(g).to.equal(2n);
  });

  it('computes k like identity-js', async () => {
    expect(bigIntToHex(await computeK())).to.equal(oracleHelper().k.toString(16));
  });

  it('pads like Java BigInteger.toByteArray', () => {
    expect(padHex(0x7fn)).to.equal('7f');
    expect(padHex(0x80n)).to.equal('0080');
    expect(padHex(0xabcn)).to.equal('0abc');
    expect(padHex(0n)).to.equal('00');
    expect(padHex(2n)).to.equal('02');
    expect(padHex(N).slice(0, 4)).to.equal('00ff');
    const helper = oracleHelper();
    for (const hex of ['7f', '80', 'abc', '1', 'ffff']) {
      expect(padHex(hexToBigInt(hex))).to.equal(helper.padHex(new helper.N.constructor(hex, 16)));
    }
  });

  it('modPow agrees with square-and-multiply and handles edge cases', () => {
    const naive = (base: bigint, exp: bigint, m: bigint) => {
      let r = 1n;
      base %= m;
      while (exp > 0n) {
        if (exp & 1n) r = (r * base) % m;
        base = (base * base) % m;
        exp >>= 1n;
      }
      return r;
    };
    const m = 1000000007n;
    for (const [base, exp] of [
      [2n, 0n],
      [2n, 1n],
      [3n, 16n],
      [123456789n, 0x10f0n],
      [m - 1n, 98765432123456789n],
    ]) {
      expect(modPow(base, exp, m)).to.equal(naive(base, exp, m));
    }
    expect(modPow(-2n, 3n, 7n)).to.equal(6n);
    expect(modPow(5n, 3n, 1n)).to.equal(0n);
    expect(modPow(g, b, N)).to.equal(naive(g, b, N));
  });

  it('converts hex, bytes and base64 both ways', () => {
    expect(bytesToHex(hexToBytes('00ff10'))).to.equal('00ff10');
    expect(bytesToHex(hexToBytes('abc'))).to.equal('0abc');
    expect(hexToBigInt('')).to.equal(0n);
    expect(bytesToBase64(base64ToBytes(SECRET_BLOCK))).to.equal(SECRET_BLOCK);
    expect(bytesToHex(base64ToBytes('AP8Q'))).to.equal('00ff10');
  });

  it('formats TIMESTAMP as "EEE MMM d HH:mm:ss UTC yyyy"', () => {
    expect(formatTimestamp(NOW)).to.equal(TIMESTAMP);
    expect(formatTimestamp(new Date(Date.UTC(2025, 11, 31, 23, 59, 59)))).to.equal('Wed Dec 31 23:59:59 UTC 2025');
    expect(formatTimestamp(new Date(Date.UTC(2026, 0, 1, 0, 0, 0)))).to.equal('Thu Jan 1 00:00:00 UTC 2026');
    expect(formatTimestamp(new Date(Date.UTC(2024, 1, 29, 12, 30, 9)))).to.equal('Thu Feb 29 12:30:09 UTC 2024');
    // Local time zone never leaks in: the same instant, whatever the offset.
    expect(formatTimestamp(new Date('2026-03-03T10:07:05+01:00'))).to.equal(TIMESTAMP);
  });
});

describe('srp (client) against amazon-cognito-identity-js', () => {
  it('startSrp makes a fresh 1024-bit a and A = g^a mod N', () => {
    const one = startSrp();
    const two = startSrp();
    expect(one.a).not.to.equal(two.a);
    expect(one.A).to.equal(modPow(g, one.a, N));
    expect(one.srpAHex).to.equal(bigIntToHex(one.A));
    expect(one.a < 1n << 1024n).to.equal(true);
  });

  it('computes the same A as AuthenticationHelper', async () => {
    expect(bigIntToHex(modPow(g, a, N))).to.equal(await oracleLargeA(oracleHelper()));
  });

  for (const salt of SALTS) {
    it(`derives the same HKDF key and signature as AuthenticationHelper (salt ${salt.slice(0, 2)}…)`, async () => {
      const server = await simulatedServer(salt);
      const helper = oracleHelper();
      await oracleLargeA(helper);
      const expectedKey = await oracleKey(helper, server.B, salt);
      const A = modPow(g, a, N);
      const u = await computeU(A, server.B);
      expect(bigIntToHex(u)).to.equal(helper.UValue.toString(16));
      const x = await computeX(POOL, USER_ID, PASSWORD, salt);
      const k = await computeK();
      const S = modPow(mod(server.B - k * modPow(g, x, N), N), a + u * x, N);
      const key = await deriveKey(S, u);
      expect(bytesToHex(key)).to.equal(bytesToHex(expectedKey));
      expect(key.length).to.equal(16);

      // Step 8, computed independently over the oracle key.
      const message = new Uint8Array([
        ...new TextEncoder().encode(POOL + USER_ID),
        ...base64ToBytes(SECRET_BLOCK),
        ...new TextEncoder().encode(TIMESTAMP),
      ]);
      const expectedSignature = await hmacBase64(expectedKey, message);
      expect(await passwordClaimSignature(key, POOL, USER_ID, SECRET_BLOCK, TIMESTAMP)).to.equal(expectedSignature);

      const responses = await answerPasswordVerifier({
        SALT: salt,
        SRP_B: bigIntToHex(server.B),
        SECRET_BLOCK,
        USER_ID_FOR_SRP: USER_ID,
        USERNAME: 'demo',
        poolName: POOL,
        password: PASSWORD,
        a,
        A,
        now: NOW,
      });
      expect(responses).to.deep.equal({
        PASSWORD_CLAIM_SECRET_BLOCK: SECRET_BLOCK,
        PASSWORD_CLAIM_SIGNATURE: expectedSignature,
        TIMESTAMP,
        USERNAME: USER_ID,
      });
    });
  }

  it('matches the ChallengeResponses identity-js CognitoUser sends (scripted endpoint)', async () => {
    const salt = SALTS[1];
    const server = await simulatedServer(salt);
    const proto = AuthenticationHelper.prototype;
    const originalSmallA = proto.generateRandomSmallA;
    const originalNow = DateHelper.prototype.getNowString;
    DateHelper.prototype.getNowString = () => TIMESTAMP;
    const originalFetch = window.fetch;
    const sent: any[] = [];
    proto.generateRandomSmallA = function (this: any) {
      return new this.N.constructor(A_HEX, 16);
    };
    window.fetch = async (_url: RequestInfo | URL, init?: RequestInit) => {
      const target = new Headers(init?.headers).get('X-Amz-Target') ?? '';
      const body = JSON.parse(String(init?.body));
      sent.push({ target, body });
      if (target.endsWith('.InitiateAuth')) {
        return new Response(
          JSON.stringify({
            ChallengeName: 'PASSWORD_VERIFIER',
            Session: 'session-1',
            ChallengeParameters: {
              SALT: salt,
              SRP_B: bigIntToHex(server.B),
              SECRET_BLOCK,
              USER_ID_FOR_SRP: USER_ID,
              USERNAME: USER_ID,
            },
          }),
          { status: 200 },
        );
      }
      return new Response(JSON.stringify({ __type: 'NotAuthorizedException', message: 'stop here' }), { status: 400 });
    };
    try {
      const pool = new CognitoUserPool({ UserPoolId: `us-east-1_${POOL}`, ClientId: 'client', endpoint: 'http://scripted.invalid/' });
      const user = new CognitoUser({ Username: 'demo', Pool: pool });
      await new Promise<void>((resolve) =>
        user.authenticateUser(new AuthenticationDetails({ Username: 'demo', Password: PASSWORD }), {
          onSuccess: () => resolve(),
          onFailure: () => resolve(),
        }),
      );
    } finally {
      proto.generateRandomSmallA = originalSmallA;
      DateHelper.prototype.getNowString = originalNow;
      window.fetch = originalFetch;
    }
    expect(sent[0].body.AuthParameters.SRP_A).to.equal(bigIntToHex(modPow(g, a, N)));
    const theirs = sent[1].body.ChallengeResponses;
    const ours = await answerPasswordVerifier({
      SALT: salt,
      SRP_B: bigIntToHex(server.B),
      SECRET_BLOCK,
      USER_ID_FOR_SRP: USER_ID,
      poolName: POOL,
      password: PASSWORD,
      a,
      A: modPow(g, a, N),
      now: NOW,
    });
    expect(ours.TIMESTAMP).to.equal(theirs.TIMESTAMP);
    expect(ours.PASSWORD_CLAIM_SIGNATURE).to.equal(theirs.PASSWORD_CLAIM_SIGNATURE);
    expect(ours.USERNAME).to.equal(theirs.USERNAME);
    expect(ours.PASSWORD_CLAIM_SECRET_BLOCK).to.equal(theirs.PASSWORD_CLAIM_SECRET_BLOCK);
  });
});

describe('srp against a simulated server (protocol correctness)', () => {
  for (const salt of SALTS) {
    it(`server and client derive the same key (salt ${salt.slice(0, 2)}…)`, async () => {
      const server = await simulatedServer(salt);
      const { a: clientA, A } = startSrp();
      const responses = await answerPasswordVerifier({
        SALT: salt,
        SRP_B: bigIntToHex(server.B),
        SECRET_BLOCK,
        USER_ID_FOR_SRP: USER_ID,
        poolName: POOL,
        password: PASSWORD,
        a: clientA,
        A,
        now: NOW,
      });
      const serverKey = await server.key(A);
      expect(responses.PASSWORD_CLAIM_SIGNATURE).to.equal(
        await passwordClaimSignature(serverKey, POOL, USER_ID, SECRET_BLOCK, responses.TIMESTAMP),
      );
    });
  }

  it('a wrong password gives a signature the server rejects', async () => {
    const server = await simulatedServer(SALTS[0]);
    const { a: clientA, A } = startSrp();
    const responses = await answerPasswordVerifier({
      SALT: SALTS[0],
      SRP_B: bigIntToHex(server.B),
      SECRET_BLOCK,
      USER_ID_FOR_SRP: USER_ID,
      poolName: POOL,
      password: PASSWORD + 'x',
      a: clientA,
      A,
      now: NOW,
    });
    const serverKey = await server.key(A);
    expect(responses.PASSWORD_CLAIM_SIGNATURE).not.to.equal(
      await passwordClaimSignature(serverKey, POOL, USER_ID, SECRET_BLOCK, responses.TIMESTAMP),
    );
  });

  for (const [label, SRP_B] of [
    ['B = 0', '0'],
    ['B = N', bigIntToHex(N)],
    ['B = 2N', bigIntToHex(2n * N)],
    ['B not hex', 'zz'],
  ]) {
    it(`rejects ${label}`, async () => {
      const { a: clientA, A } = startSrp();
      let error: unknown;
      try {
        await answerPasswordVerifier({
          SALT: SALTS[0],
          SRP_B,
          SECRET_BLOCK,
          USER_ID_FOR_SRP: USER_ID,
          poolName: POOL,
          password: PASSWORD,
          a: clientA,
          A,
        });
      } catch (e) {
        error = e;
      }
      expect(error).to.be.instanceOf(AuthError);
      expect(String((error as Error).message)).not.to.contain(PASSWORD);
    });
  }
});
