// How every tool here starts Debian's Chromium: as root (no sandbox) and with no background calls
// to a closed network. One list for the test runner, story tests, example tests and the bench.
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
