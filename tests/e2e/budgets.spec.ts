import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { pageCodeSettled } from './settled';
import { representativePages } from './page-types';
import { sitemapPaths } from './sitemap';
import { budgets, jsExceptions, requestExceptions, totalExceptions } from '../../tools/budgets.mjs';

const KIB = 1024;
const dist = process.env['E2E_DIST'] ?? 'dist';

/** gzip bytes of a built file. */
const gzipped = (rel: string) => gzipSync(readFileSync(`${dist}/${rel}`), { level: 9 }).length;

/** gzip bytes of a built page's inline scripts, counted together as `tools/budgets.mjs` counts them. */
function inlineScriptBytes(path: string): number {
  const html = readFileSync(`${dist}/${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
  const scripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
  return scripts.length ? gzipSync(scripts.join('\n'), { level: 9 }).length : 0;
}

/**
 * Every http(s) path a fresh page (new context: empty cache and storage) fetches for `path` until
 * the page's code has settled. A new page per measurement, so no late script of one page is ever
 * counted against the next. `prepare` runs first (e.g. to store data).
 */
async function firstVisit(browser: Browser, baseURL: string, path: string, prepare?: (page: Page) => Promise<unknown>) {
  const context = await browser.newContext({ baseURL });
  try {
    const page = await context.newPage();
    if (prepare) await prepare(page);
    const fetched: { path: string; type: string }[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http')) fetched.push({ path: url.pathname, type: r.resourceType() });
    });
    await page.goto(path);
    await pageCodeSettled(page);
    return { page, fetched, close: () => context.close() };
  } catch (e) {
    await context.close();
    throw e;
  }
}

/**
 * What a first visit really fetches before any interaction, measured in Chromium (which runs the
 * page's scripts, including chunks they load at once), with each file's gzip size read from dist/.
 * Byte counts, not timings, so the result is the same on every machine. The representative pages
 * (every one-off page; each collection's first and largest) stand for their templates here;
 * tests/dist/budgets.test.ts reads every page's bytes statically.
 */
const all = representativePages(sitemapPaths());
const groups = 2;
for (let g = 0; g < groups; g++) {
  const paths = all.filter((_, i) => i % groups === g);
  test(`pages ${g + 1} of ${groups} stay within their first-visit budgets in a real browser`, async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const base = new URL(baseURL!).pathname;
    const failures: string[] = [];
    const report: string[] = [];
    for (const path of paths) {
      const visit = await firstVisit(browser, baseURL!, path);
      await visit.close();
      const fetched = visit.fetched.map((f) => f.path);
      let js = inlineScriptBytes(path);
      let total = 0;
      for (const p of fetched) {
        let rel = p.slice(base.length);
        if (rel === '' || rel.endsWith('/')) rel += 'index.html';
        const bytes = gzipped(rel);
        total += bytes;
        if (rel.endsWith('.js')) js += bytes;
      }
      const jsBudget = path === 'plan/' ? budgets.planJsGzip : (jsExceptions[path] ?? budgets.contentJsGzip);
      report.push(`${(total / KIB).toFixed(1)} KiB, ${fetched.length} req, js ${(js / KIB).toFixed(2)} KiB: /${path}`);
      const totalBudget = totalExceptions[path] ?? budgets.totalGzip;
      if (total > totalBudget) failures.push(`/${path}: first visit ${(total / KIB).toFixed(1)} KiB gzip, over ${totalBudget / KIB} KiB`);
      const requestBudget = requestExceptions[path] ?? budgets.requests;
      if (fetched.length > requestBudget)
        failures.push(`/${path}: ${fetched.length} requests (${fetched.join(', ')}), over ${requestBudget}`);
      if (js > jsBudget)
        failures.push(`/${path}: JavaScript before interaction ${(js / KIB).toFixed(2)} KiB gzip, over ${jsBudget / KIB} KiB`);
    }
    test.info().annotations.push({ type: 'heaviest', description: report.sort().reverse().slice(0, 5).join('\n') });
    expect(failures).toEqual([]);
  });
}

test('a month page stays under 5 KiB of JavaScript before interaction (4 KiB of page code, 1 KiB to register the service worker), and under 8.5 KiB when stored data needs repair', async ({
  browser,
  baseURL,
}) => {
  const base = new URL(baseURL!).pathname;
  const path = 'roadmap/month-7/';
  const scriptBytes = (fetched: { path: string; type: string }[]) =>
    fetched.filter((f) => f.type === 'script').reduce((n, f) => n + gzipped(f.path.slice(base.length)), inlineScriptBytes(path));

  const clean = await firstVisit(browser, baseURL!, path);
  await clean.close();
  // Damaged stored data: the repair code loads after the page code, and says what it did.
  const damaged = await firstVisit(browser, baseURL!, path, (page) =>
    page.addInitScript(() => localStorage.setItem('hasm-progress', '{"version":2,"tasks":{"m07-x":"done"')),
  );
  await expect(damaged.page.getByText('Some saved progress could not be read, so the original was kept as a backup.')).toBeVisible();
  await damaged.close();

  const cleanJs = scriptBytes(clean.fetched);
  const damagedJs = scriptBytes(damaged.fetched);
  test.info().annotations.push({
    type: 'month page JavaScript',
    description: `${(cleanJs / KIB).toFixed(2)} KiB; with damaged stored data ${(damagedJs / KIB).toFixed(2)} KiB`,
  });
  expect(cleanJs).toBeLessThanOrEqual(budgets.contentJsGzip);
  expect(damagedJs).toBeGreaterThan(cleanJs); // the repair code was fetched
  // Repair loads the store and its write path too (it backs the original up and saves what it kept);
  // 7.5 KiB of page code (repair also reads the stored track), plus the 1 KiB that registers the
  // service worker (issue 18).
  expect(damagedJs).toBeLessThanOrEqual(8.5 * KIB);
});
