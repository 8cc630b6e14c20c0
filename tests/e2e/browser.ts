import { existsSync } from 'node:fs';

/**
 * The Chromium the browser tests launch: CHROMIUM_PATH, else Debian's /usr/bin/chromium.
 * Browsers are never downloaded; without one the tests fail and say how to install it.
 */
export function chromiumPath(): string {
  const candidates = [process.env['CHROMIUM_PATH'], '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((p): p is string =>
    Boolean(p),
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`) ' +
        'or set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
  }
  return found;
}
