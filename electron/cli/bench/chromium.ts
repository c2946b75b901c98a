/**
 * Debian's Chromium, as the benchmark and the e2e suite launch it: never a downloaded browser, and
 * kept off the (closed) network so it does not stall on background connections.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]
