import { expect } from '@open-wc/testing';
import { loadOnce } from '../../../src/core/load-once.js';

describe('loadOnce', () => {
  it('shares one import among callers', async () => {
    let imports = 0;
    const load = loadOnce(async () => ({ n: ++imports }));
    const [a, b] = await Promise.all([load(), load()]);
    expect(a).to.equal(b);
    expect(await load()).to.equal(a);
    expect(imports).to.equal(1);
  });

  it('forgets a failed import: the next call fetches afresh', async () => {
    let imports = 0;
    const load = loadOnce(async () => {
      imports += 1;
      if (imports === 1) throw new TypeError('Failed to fetch dynamically imported module');
      return 'module';
    });
    const first = await load().then(
      () => null,
      (error: Error) => error.name,
    );
    expect(first).to.equal('TypeError');
    expect(await load()).to.equal('module');
    expect(imports).to.equal(2);
  });
});
