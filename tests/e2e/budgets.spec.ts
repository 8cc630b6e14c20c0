import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { sitemapPaths } from './sitemap';
import { requestExceptions, totalExceptions } from '../../tools/budgets.mjs';

const KIB = 1024;
const dist = process.env['E2E_DIST'] ?? 'dist';

/**
 * What a first visit really fetches before any interaction, measured in Chromium (which runs the
 * page's scripts, including chunks they load at once), with each file's gzip size read from dist/.
 * Byte counts, not timings, so the result is the same on every machine.
 */
const all = sitemapPaths();
const groups = 4;
for (let g = 0; g < groups; g++) {
  const paths = all.filter((_, i) => i % groups === g);
  test(`pages ${g + 1} of ${groups} stay within their first-visit budgets in a real browser`, async ({ page, baseURL }) => {
  test.setTimeout(180_000);
  const base = new URL(baseURL!).pathname;
  const failures: string[] = [];
  const report: string[] = [];
  for (const path of paths) {
    const fetched: string[] = [];
    const listener = (r: { url(): string }) => {
      const url = new URL(r.url());
      if (url.protocol.startsWith('http')) fetched.push(url.pathname);
    };
    page.on('request', listener);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.off('request', listener);
    let js = 0;
    let total = 0;
    for (const p of fetched) {
      let rel = p.slice(base.length);
      if (rel === '' || rel.endsWith('/')) rel += 'index.html';
      const bytes = gzipSync(readFileSync(`${dist}/${rel}`), { level: 9 }).length;
      total += bytes;
      if (rel.endsWith('.js')) js += bytes;
    }
    const html = readFileSync(`${dist}/${path}${path === '' || path.endsWith('/') ? 'index.html' : ''}`, 'utf8');
    for (const m of html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)) js += gzipSync(m[1]!, { level: 9 }).length;
    const jsBudget = path === 'plan/' ? 30 * KIB : 4 * KIB;
    report.push(`${(total / KIB).toFixed(1)} KiB, ${fetched.length} req, js ${(js / KIB).toFixed(2)} KiB: /${path}`);
    const totalBudget = totalExceptions[path] ?? 20 * KIB;
    if (total > totalBudget) failures.push(`/${path}: first visit ${(total / KIB).toFixed(1)} KiB gzip, over ${totalBudget / KIB} KiB`);
    const requestBudget = requestExceptions[path] ?? 4;
    if (fetched.length > requestBudget) failures.push(`/${path}: ${fetched.length} requests (${fetched.join(', ')}), over ${requestBudget}`);
    if (js > jsBudget) failures.push(`/${path}: JavaScript before interaction ${(js / KIB).toFixed(2)} KiB gzip, over ${jsBudget / KIB} KiB`);
  }
  test.info().annotations.push({ type: 'heaviest', description: report.sort().reverse().slice(0, 5).join('\n') });
  expect(failures).toEqual([]);
  });
}

test('a month page stays under 6 KiB of JavaScript before interaction, also when stored data needs repair', async ({ page, baseURL }) => {
  const base = new URL(baseURL!).pathname;
  const path = 'roadmap/month-7/';
  const measure = async () => {
    const fetched: string[] = [];
    const listener = (r: { url(): string; resourceType(): string }) => {
      if (r.resourceType() === 'script') fetched.push(new URL(r.url()).pathname.slice(base.length));
    };
    page.on('request', listener);
    await page.reload();
    await page.waitForLoadState('networkidle');
    page.off('request', listener);
    const html = readFileSync(`${dist}/${path}index.html`, 'utf8');
    let js = fetched.reduce((n, rel) => n + gzipSync(readFileSync(`${dist}/${rel}`), { level: 9 }).length, 0);
    for (const m of html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)) js += gzipSync(m[1]!, { level: 9 }).length;
    return { js, files: fetched.length };
  };
  await page.goto(path);
  await page.waitForLoadState('networkidle'); // so no request of this first load is counted below
  const clean = await measure();
  await page.evaluate(() => localStorage.setItem('hasm-progress', '{"version":2,"tasks":{"m07-x":"done"'));
  const damaged = await measure();
  await expect(page.getByText('Some saved progress could not be read. What could be read was kept')).toBeVisible();
  test.info().annotations.push({
    type: 'month page JavaScript',
    description: `${(clean.js / KIB).toFixed(2)} KiB in ${clean.files} file(s); with damaged stored data ${(damaged.js / KIB).toFixed(2)} KiB in ${damaged.files}`,
  });
  expect(clean.js).toBeLessThanOrEqual(4 * KIB);
  expect(damaged.js).toBeGreaterThan(clean.js); // the repair code was fetched
  expect(damaged.js).toBeLessThanOrEqual(6 * KIB);
});
