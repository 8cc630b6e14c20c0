import { defineConfig } from '@playwright/test';
import { chromiumPath } from './tests/e2e/browser';

const port = Number(process.env.E2E_PORT ?? 4391);
const base = process.env.BASE_PATH ?? '/';
const dist = process.env.E2E_DIST ?? 'dist';

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI ? 'line' : 'list',
  timeout: 30_000,
  // Assertions wait for what a person would see; on a 2-core machine shared with other work, a
  // search index or an axe run can take longer than the default 5 s to answer.
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    // Pages register a service worker (issue 18), which would serve scripts from its cache past
    // page.route(), which specs use to make a load fail. offline.spec.ts allows it again.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    },
  },
  projects: [{ name: 'chromium', use: { browserName: 'chromium' } }],
  webServer: {
    command: `node tools/serve.mjs ${dist} ${port} ${base}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
  },
});
