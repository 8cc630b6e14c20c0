// The project's benchmark: builds the site into dist-bench/, measures first-visit bytes per page
// type (static analysis and a real Chromium), Lighthouse (mobile, simulated throttling), cold
// search latency and bytes, build time, and build scaling with generated content (1×, 10×, 50×),
// then writes BENCHMARKS.md with the numbers, the machine and the exact commands.
//
// Usage: npm run bench            (everything; about 10–15 minutes on 2 cores)
//        npm run bench -- --quick  (no Lighthouse, no 50× build)
//        npm run bench -- --keep   (keep dist-scale-* folders for inspection)
//        npm run bench -- --reuse  (debugging: measure the existing dist-bench, no real-site builds)
//        BENCH_SCALES=1,10 BENCH_LH_RUNS=1 BENCH_SEARCH_RUNS=3 npm run bench   (fewer runs)
// Never writes to dist/ or dist-sub/. Temporary content, browser profiles and build caches go
// under os.tmpdir() and are removed at the end, as are servers and browsers, even on failure.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
process.chdir(root);

/** This process's direct children, live or not yet reaped, as { pid, comm } (Linux /proc; [] elsewhere). */
function childProcesses() {
  const out = [];
  try {
    for (const name of readdirSync('/proc')) {
      if (!/^\d+$/.test(name)) continue;
      try {
        const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
        if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === process.pid)
          out.push({ pid: Number(name), comm: stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')')) });
      } catch {
        /* gone */
      }
    }
  } catch {
    /* no /proc */
  }
  return out;
}

// Build-runner mode, used by the benchmark for every build:
//   node tools/bench.mjs --astro-build <cacheDir>
// is `astro build` (Astro's own build(), reading astro.config.mjs and OUT_DIR/CONTENT_DIR as usual)
// with `cacheDir` set to the given folder, so each build can start from an empty cache without
// touching the cache other builds of this checkout share. Before exiting it waits until Pagefind's
// backend process has been reaped, so that its CPU time is counted in this process tree.
if (process.argv[2] === '--astro-build') {
  const { build } = await import('astro');
  await build({ cacheDir: process.argv[3] });
  // Only Pagefind's: other helpers (e.g. esbuild's service) live until this process exits.
  for (let i = 0; i < 200 && childProcesses().some((c) => c.comm.startsWith('pagefind')); i++) await new Promise((r) => setTimeout(r, 10));
  process.exit(0);
}

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const keep = args.includes('--keep');
const reuse = args.includes('--reuse');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Flags for every Chromium this script starts (Playwright adds --headless itself). */
const CHROME_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'];
const LH_RUNS = Number(process.env.BENCH_LH_RUNS ?? 3);
const SEARCH_RUNS = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const BUILD_RUNS = Number(process.env.BENCH_BUILD_RUNS ?? 2);
/** The machine is shared, so one build or one search per scale is too noisy to compare; take medians. */
const SCALE_BUILD_RUNS = Number(process.env.BENCH_SCALE_BUILD_RUNS ?? 2);
const SCALE_SEARCH_RUNS = Number(process.env.BENCH_SCALE_SEARCH_RUNS ?? 3);
const SCALES = process.env.BENCH_SCALES
  ? process.env.BENCH_SCALES.split(',')
      .map(Number)
      .filter((n) => n > 0)
  : quick
    ? [1, 10]
    : [1, 10, 50];
const BENCH_DIST = './dist-bench';
/** The whole run is abandoned (partial results still written) after this long. */
const GLOBAL_TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MIN ?? 25) * 60_000;
const KIB = 1024;

const startedAt = new Date();
const t0 = performance.now();
const loadBefore = os.loadavg();
const work = mkdtempSync(join(os.tmpdir(), 'skills-bench-'));
const problems = [];
const notes = [];
const commands = new Map();

// ---------------------------------------------------------------- process and folder hygiene

const children = new Set();
const removeAtExit = new Set([work]);
let cleanedUp = false;

function killTree(child) {
  if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    try {
      child.kill('SIGKILL');
    } catch {
      /* already gone */
    }
  }
}

function cleanup() {
  if (cleanedUp) return;
  cleanedUp = true;
  for (const c of children) killTree(c);
  for (const d of removeAtExit) rmSync(d, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP'])
  process.on(sig, () => {
    console.error(`\n[bench] ${sig}: cleaning up`);
    cleanup();
    process.exit(130);
  });

/** Spawns a process in its own group so the whole tree can be killed; tracks it for cleanup. */
function spawnTracked(cmd, argv, opts = {}) {
  const child = spawn(cmd, argv, { detached: true, stdio: ['ignore', 'pipe', 'pipe'], ...opts });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

/** Runs a command to completion, timing it and time-stamping each output line as it arrives. */
function run(cmd, argv, { env, timeoutMs = 10 * 60_000, label = cmd } = {}) {
  return new Promise((resolvePromise) => {
    const start = performance.now();
    const lines = [];
    const child = spawnTracked(cmd, argv, { env: env ?? process.env });
    const onData = (stream) => {
      let buf = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk) => {
        const now = performance.now() - start;
        buf += chunk;
        const parts = buf.split('\n');
        buf = parts.pop();
        for (const p of parts) lines.push({ t: now, text: p.replace(/\x1b\[[0-9;]*m/g, '') });
      });
      stream.on('end', () => buf && lines.push({ t: performance.now() - start, text: buf }));
    };
    onData(child.stdout);
    onData(child.stderr);
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      console.error(`[bench] ${label} timed out after ${timeoutMs / 1000}s; killing it`);
      killTree(child);
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolvePromise({ code: timedOut ? -1 : (code ?? -1), signal, timedOut, ms: performance.now() - start, lines });
    });
    child.on('error', (err) => {
      clearTimeout(timer);
      resolvePromise({ code: -1, error: err, ms: performance.now() - start, lines });
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${Math.round(ms / 1000)}s`)), ms);
    }),
  ]);
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForUrl(url, timeoutMs = 20_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    try {
      const r = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await sleep(150);
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000}s`);
}

/** Serves a built folder with tools/serve.mjs on a free port. */
async function serve(dir) {
  const port = await freePort();
  const child = spawnTracked(process.execPath, ['tools/serve.mjs', dir, String(port), '/']);
  child.stdout.resume();
  child.stderr.resume();
  const origin = `http://127.0.0.1:${port}`;
  await waitForUrl(`${origin}/`);
  return { origin, port, stop: () => killTree(child) };
}

// ---------------------------------------------------------------- small helpers

const median = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return NaN;
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const kib = (b) => (Number.isFinite(b) ? (b / KIB).toFixed(1) : 'n/a');
const ms = (x) => (Number.isFinite(x) ? `${Math.round(x)} ms` : 'n/a');
const secs = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(1)} s` : 'n/a');
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const table = (head, rows) =>
  [
    `| ${head.join(' | ')} |`,
    `| ${head.map((h, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
  ].join('\n');
const loads = [];
const markLoad = (section) => loads.push(`${section} ${os.loadavg()[0].toFixed(1)}`);
const log = (msg) => console.log(`[bench ${((performance.now() - t0) / 1000).toFixed(0).padStart(4)}s] ${msg}`);

function dirSize(dir) {
  let total = 0;
  let files = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      const s = statSync(p);
      if (s.isDirectory()) walk(p);
      else {
        total += s.size;
        files++;
      }
    }
  };
  if (existsSync(dir)) walk(dir);
  return { bytes: total, files };
}

function countHtml(dir) {
  let n = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else if (e.name.endsWith('.html')) n++;
    }
  };
  walk(dir);
  return n;
}

/** The dist file a same-origin URL path is served from (mirrors tools/serve.mjs). */
function distFile(dist, pathname) {
  let rel = decodeURIComponent(pathname).replace(/^\//, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const p = join(dist, rel);
  return existsSync(p) && statSync(p).isFile() ? p : undefined;
}

const gzCache = new Map();
/** Raw and gzip-equivalent size of a served file; already-compressed files count as they are. */
function fileSizes(dist, pathname) {
  const file = distFile(dist, pathname);
  if (!file) return { raw: 0, gzip: 0, file: undefined };
  if (!gzCache.has(file)) {
    const buf = readFileSync(file);
    gzCache.set(file, { raw: buf.length, gzip: Math.min(buf.length, gz(buf)), file });
  }
  return gzCache.get(file);
}

const kindOf = (pathname) => {
  if (/\.(m?js)$/.test(pathname)) return 'js';
  if (/\.css$/.test(pathname)) return 'css';
  if (/\.(woff2?|ttf|otf)$/.test(pathname)) return 'fonts';
  if (/\.(png|jpe?g|gif|webp|avif|svg|ico)$/.test(pathname)) return 'images';
  if (pathname.endsWith('/') || pathname.endsWith('.html')) return 'html';
  return 'other';
};
const isSearchUi = (pathname) => pathname.includes('/pagefind/') || /\/_astro\/search-(dialog|engine|render|page)[.-]/.test(pathname);

// ---------------------------------------------------------------- builds

/**
 * One `astro build` (Astro's programmatic build, the same as `npx astro build`) with a private
 * cache folder, so nothing is shared with other people's builds of this checkout: an empty cache
 * is a cold build as on a fresh clone or CI. Output lines are time-stamped on arrival, which
 * splits the build into phases.
 */
async function astroBuild({ outDir, contentDir, cacheDir, label, attempts = 3 }) {
  const env = { ...process.env, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' };
  delete env.BASE_PATH;
  if (contentDir) env.CONTENT_DIR = contentDir;
  else delete env.CONTENT_DIR;
  let result;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    rmSync(resolve(outDir), { recursive: true, force: true });
    log(`build ${label}${attempt > 1 ? ` (attempt ${attempt})` : ''} → ${outDir}`);
    const cpuBefore = childCpuMs();
    result = await run(process.execPath, ['tools/bench.mjs', '--astro-build', cacheDir], {
      env,
      timeoutMs: 12 * 60_000,
      label: `build ${label}`,
    });
    result.cpu = childCpuMs() - cpuBefore;
    if (result.code === 0) {
      if (attempt > 1)
        notes.push(
          `Build ${label}: attempt ${attempt} succeeded after the failure${attempt > 2 ? 's' : ''} above (other people were editing the checkout at the time).`,
        );
      break;
    }
    const err = result.lines
      .filter((l) => /\[ERROR\]|UNRESOLVED|Could not|Error:|failed/.test(l.text) && !/^\s+at /.test(l.text))
      .slice(0, 5)
      .map((l) => l.text.trim())
      .join(' | ');
    problems.push(
      `Build ${label}, attempt ${attempt} of ${attempts}, failed (exit ${result.code}${result.timedOut ? ', timed out' : ''})${attempt < attempts ? '; retried after 30 s' : ''}: ${err.slice(0, 600)}`,
    );
    // Other people edit this checkout while the benchmark runs; a half-written file is transient.
    if (attempt < attempts) await sleep(30_000);
  }
  if (result.code !== 0) throw new Error(`build ${label} failed after ${attempts} attempts`);
  return { ms: result.ms, cpu: result.cpu, phases: buildPhases(result.lines, result.ms), log: result.lines };
}

/**
 * CPU time (user + system, ms) of this process's finished children, from /proc/self/stat
 * (cutime + cstime include grandchildren such as Pagefind's binary once reaped). Taken around a
 * build, it is the build's CPU time: much less sensitive than wall time to other load on a shared
 * machine. NaN where /proc is not available.
 */
const CLK_TCK = 100;
function childCpuMs() {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(f[13]) + Number(f[14])) * 1000) / CLK_TCK;
  } catch {
    return NaN;
  }
}

/** Splits a build log into phases from the arrival times of Astro's own log lines. */
function buildPhases(lines, total) {
  const at = (re, from = 0) => {
    for (let i = from; i < lines.length; i++) if (re.test(lines[i].text)) return i;
    return -1;
  };
  const T = (i) => (i >= 0 ? lines[i].t : NaN);
  const syncing = at(/\[content\] Syncing content/);
  const synced = at(/\[content\] Synced content/);
  const entry = at(/Building static entrypoints/);
  const routes = at(/generating static routes/);
  const rendered = routes >= 0 ? at(/✓ Completed in/, routes) : -1;
  const sitemap = at(/\[@astrojs\/sitemap\]/);
  const indexed = at(/Indexed \d+ pages for search/);
  const renderMsMatch = rendered >= 0 ? /Completed in ([\d.]+)(ms|s)/.exec(lines[rendered].text) : null;
  const astroRenderMs = renderMsMatch ? Number(renderMsMatch[1]) * (renderMsMatch[2] === 's' ? 1000 : 1) : NaN;
  const pfFrom = sitemap >= 0 ? sitemap : rendered;
  return {
    startup: T(syncing),
    content: T(synced) - T(syncing),
    typesAndSetup: T(entry) - T(synced),
    bundle: T(routes) - T(entry),
    render: Number.isFinite(astroRenderMs) ? astroRenderMs : T(rendered) - T(routes),
    pagefind: T(indexed) - T(pfFrom),
    other: NaN, // filled below
    total,
    indexedPages: indexed >= 0 ? Number(/Indexed (\d+)/.exec(lines[indexed].text)[1]) : NaN,
  };
}
const withOther = (p) => ({
  ...p,
  other:
    p.total -
    ['startup', 'content', 'typesAndSetup', 'bundle', 'render', 'pagefind'].reduce((n, k) => n + (Number.isFinite(p[k]) ? p[k] : 0), 0),
});

// ---------------------------------------------------------------- page types

const pageTypes = [
  { type: 'home', match: (p) => p === '/', pick: '/' },
  { type: 'skills matrix', match: (p) => p === '/skills/', pick: '/skills/' },
  { type: 'category', match: (p) => /^\/skills\/[^/]+\/$/.test(p), pick: '/skills/domain/' },
  { type: 'skill', match: (p) => /^\/skills\/[^/]+\/[^/]+\/$/.test(p), pick: '/skills/domain/hl7-fhir/' },
  { type: 'month', match: (p) => /^\/roadmap\/month-\d+\/$/.test(p), pick: '/roadmap/month-7/' },
  { type: 'roadmap', match: (p) => p === '/roadmap/', pick: '/roadmap/' },
  { type: 'certifications', match: (p) => p === '/certifications/', pick: '/certifications/' },
  {
    type: 'certification detail',
    match: (p) => /^\/certifications\/[^/]+\/$/.test(p) && p !== '/certifications/guide/',
    pick: '/certifications/aws-ml-specialty/',
  },
  { type: 'glossary', match: (p) => p === '/glossary/', pick: '/glossary/' },
  { type: 'glossary term', match: (p) => /^\/glossary\/[^/]+\/$/.test(p), pick: '/glossary/fhir/' },
  { type: 'resources', match: (p) => p === '/resources/', pick: '/resources/' },
  { type: 'plan', match: (p) => p === '/plan/', pick: '/plan/' },
  { type: 'search', match: (p) => p === '/search/', pick: '/search/' },
  { type: 'about', match: (p) => p === '/about/', pick: '/about/' },
];

// ---------------------------------------------------------------- browser measurements

let chromiumVersion = 'unknown';

async function launchBrowser() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS, headless: true, timeout: 60_000 });
  chromiumVersion = browser.version();
  return browser;
}

/** Tracks a page's requests and in-flight count, for "network quiet" waits. */
function trackRequests(page) {
  const state = { inflight: 0, last: performance.now(), requests: [] };
  page.on('request', (r) => {
    state.inflight++;
    state.last = performance.now();
    state.requests.push({ url: r.url(), at: performance.now(), bodyBytes: NaN, req: r });
  });
  const done = (r) => {
    state.inflight = Math.max(0, state.inflight - 1);
    state.last = performance.now();
    const entry = state.requests.find((e) => e.req === r);
    if (entry)
      r.response()
        .then((res) => res?.body())
        .then((b) => {
          if (b) entry.bodyBytes = b.length;
        })
        .catch(() => undefined);
  };
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return state;
}

async function networkQuiet(state, quietMs = 600, maxMs = 15_000) {
  const end = performance.now() + maxMs;
  while (performance.now() < end) {
    if (state.inflight === 0 && performance.now() - state.last >= quietMs) return true;
    await sleep(50);
  }
  return false;
}

/** Chromium: what a first visit to each page type fetches until the network is idle (plus 2 s). */
async function measureFirstVisits(browser, origin, reps) {
  const out = [];
  for (const { type, path } of reps) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const state = trackRequests(page);
    try {
      await page.goto(origin + path, { waitUntil: 'networkidle', timeout: 30_000 });
      await sleep(2000); // idle-time loads (requestIdleCallback, timers) would show up here
      await networkQuiet(state, 500, 10_000);
      const fetched = state.requests.map((r) => new URL(r.url)).filter((u) => u.origin === origin);
      const by = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0 };
      let total = 0;
      let raw = 0;
      let searchUi = 0;
      for (const u of fetched) {
        const s = fileSizes(BENCH_DIST, u.pathname);
        by[kindOf(u.pathname)] += s.gzip;
        total += s.gzip;
        raw += s.raw;
        if (isSearchUi(u.pathname)) searchUi += s.gzip;
      }
      out.push({ type, path, requests: fetched.length, total, raw, searchUi, ...by, files: fetched.map((u) => u.pathname) });
    } catch (e) {
      problems.push(`First visit to ${path} in Chromium failed: ${e.message}`);
    } finally {
      await context.close();
    }
  }
  return out;
}

/**
 * One cold search: fresh context (empty cache), load the home page, wait until idle, press "/",
 * wait for the dialog's input to have focus, type "fhir", and stop when the first result link of
 * the list named "Search results" is visible. Times are taken inside the page (performance.now()
 * in a capturing keydown listener and a MutationObserver, at the next animation frame).
 */
async function coldSearch(browser, origin, dist, query = 'fhir') {
  const context = await browser.newContext();
  const page = await context.newPage();
  const state = trackRequests(page);
  try {
    await page.goto(`${origin}/`, { waitUntil: 'networkidle', timeout: 30_000 });
    await sleep(1000);
    await networkQuiet(state, 500, 10_000);
    const beforeCount = state.requests.length;
    const loadSearchUi = state.requests.map((r) => new URL(r.url)).filter((u) => u.origin === origin && isSearchUi(u.pathname));
    await page.evaluate(() => {
      const b = { slash: null, firstKey: null, visible: null, found: false };
      window.__bench = b;
      document.addEventListener(
        'keydown',
        (e) => {
          const now = performance.now();
          if (e.key === '/' && b.slash === null) b.slash = now;
          else if (b.firstKey === null && e.target instanceof HTMLInputElement && e.target.id === 'search-dialog-input') b.firstKey = now;
        },
        true,
      );
      const check = () => {
        if (b.found) return;
        const link = [...document.querySelectorAll('[aria-label="Search results"] a')].find((a) =>
          typeof a.checkVisibility === 'function' ? a.checkVisibility() : a.offsetParent !== null,
        );
        if (!link) return;
        b.found = true;
        mo.disconnect();
        requestAnimationFrame(() => {
          b.visible = performance.now();
        });
      };
      const mo = new MutationObserver(check);
      mo.observe(document.documentElement, { childList: true, subtree: true, attributes: true });
    });
    await page.keyboard.press('/');
    await page.waitForFunction(() => document.activeElement?.id === 'search-dialog-input', null, { timeout: 15_000 });
    await page.keyboard.type(query);
    await page.getByRole('list', { name: 'Search results' }).getByRole('link').first().waitFor({ state: 'visible', timeout: 20_000 });
    await page.waitForFunction(() => window.__bench.visible !== null, null, { timeout: 5000 });
    const b = await page.evaluate(() => window.__bench);
    await networkQuiet(state, 600, 10_000);
    await sleep(100);
    const queryReqs = state.requests.slice(beforeCount).filter((r) => new URL(r.url).origin === origin);
    let raw = 0;
    let gzip = 0;
    let body = 0;
    for (const r of queryReqs) {
      const s = fileSizes(dist, new URL(r.url).pathname);
      raw += s.raw;
      gzip += s.gzip;
      body += Number.isFinite(r.bodyBytes) ? r.bodyBytes : s.raw;
    }
    return {
      fromKey: b.visible - b.firstKey,
      fromSlash: b.visible - b.slash,
      requests: queryReqs.length,
      raw,
      body,
      gzip,
      files: queryReqs.map((r) => new URL(r.url).pathname),
      loadSearchUiRequests: loadSearchUi.length,
    };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- Lighthouse

async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const port = await freePort();
  const profile = mkdtempSync(join(work, 'lh-profile-'));
  const chrome = spawnTracked(CHROMIUM, [
    ...CHROME_FLAGS,
    '--headless',
    `--remote-debugging-port=${port}`,
    `--user-data-dir=${profile}`,
    '--no-first-run',
    '--no-default-browser-check',
    'about:blank',
  ]);
  chrome.stdout.resume();
  chrome.stderr.resume();
  try {
    await waitForUrl(`http://127.0.0.1:${port}/json/version`, 30_000);
    const result = await withTimeout(lighthouse(url, { port, output: 'json', logLevel: 'error' }), 150_000, `Lighthouse ${url}`);
    const lhr = result?.lhr;
    if (!lhr) throw new Error('no result');
    if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
    const score = (k) => (lhr.categories[k]?.score ?? NaN) * 100;
    const lost = [];
    for (const [key, cat] of Object.entries(lhr.categories))
      for (const ref of cat.auditRefs)
        if (ref.weight > 0 && lhr.audits[ref.id]?.score !== null && lhr.audits[ref.id]?.score < 1)
          lost.push(`${key}: ${ref.id} (${lhr.audits[ref.id].displayValue ?? lhr.audits[ref.id].score})`);
    // Lighthouse 13 reports the LCP element and its subparts in the "LCP breakdown" insight.
    const lcpItems = lhr.audits['lcp-breakdown-insight']?.details?.items ?? [];
    const lcpNode = lcpItems.find((i) => i.type === 'node');
    const lcpPhases = (lcpItems.find((i) => i.type === 'table')?.items ?? [])
      .map((i) => `${i.label ?? i.subpart}: ${Math.round(i.duration ?? 0)} ms (observed)`)
      .join(', ');
    return {
      lcpElement: lcpNode ? `${lcpNode.selector ?? ''} “${String(lcpNode.nodeLabel ?? '').slice(0, 60)}”`.trim() : '',
      lcpPhases,
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      seo: score('seo'),
      lcp: lhr.audits['largest-contentful-paint']?.numericValue,
      tbt: lhr.audits['total-blocking-time']?.numericValue,
      cls: lhr.audits['cumulative-layout-shift']?.numericValue,
      fcp: lhr.audits['first-contentful-paint']?.numericValue,
      lost,
      warnings: lhr.runWarnings ?? [],
      lhVersion: lhr.lighthouseVersion,
      formFactor: lhr.configSettings?.formFactor,
      throttling: lhr.configSettings?.throttlingMethod,
    };
  } finally {
    killTree(chrome);
    await sleep(300);
    rmSync(profile, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- the run

const results = {
  builds: [],
  warm: undefined,
  costs: undefined,
  visits: [],
  lighthouse: [],
  search: undefined,
  scale: [],
};

async function main() {
  // 4a. Real site: cold builds (empty private cache), the last one is the dist-bench everything uses.
  commands.set('build', `OUT_DIR=${BENCH_DIST} node tools/bench.mjs --astro-build <empty tmp dir>`);
  markLoad('builds');
  for (let i = 1; i <= (reuse ? 0 : BUILD_RUNS); i++) {
    const b = await astroBuild({
      outDir: BENCH_DIST,
      cacheDir: join(work, `cache-real-${i}`),
      label: `real site ${i}/${BUILD_RUNS} (cold)`,
    });
    results.builds.push({ ms: b.ms, cpu: b.cpu, phases: withOther(b.phases) });
  }
  if (reuse) notes.push('Run with --reuse: the real-site build was not timed; dist-bench was measured as found.');
  else
    try {
      const b = await astroBuild({ outDir: BENCH_DIST, cacheDir: join(work, `cache-real-${BUILD_RUNS}`), label: 'real site (warm cache)' });
      results.warm = { ms: b.ms, cpu: b.cpu, phases: withOther(b.phases) };
    } catch (e) {
      problems.push(`Warm rebuild: ${e.message}`);
    }
  results.realPages = countHtml(BENCH_DIST);
  results.realDist = dirSize(BENCH_DIST);
  results.realPagefind = dirSize(join(BENCH_DIST, 'pagefind'));

  // 1. Static first-visit costs per page type.
  const { budgetFailures } = await import('./budgets.mjs');
  const { failures, costs } = budgetFailures(BENCH_DIST, '/');
  results.budgetFailures = failures;
  results.costs = costs;
  const reps = pageTypes.map((t) => {
    const pages = costs.filter((c) => t.match(c.path));
    const rep = pages.find((c) => c.path === t.pick) ?? pages[0];
    return { ...t, pages, rep, path: rep?.path ?? t.pick };
  });
  results.reps = reps;
  const typed = new Set(reps.flatMap((r) => r.pages.map((p) => p.path)));
  results.otherPages = costs.filter((c) => !typed.has(c.path));

  const server = await serve(BENCH_DIST);
  let browser;
  try {
    browser = await launchBrowser();
    // 1b. Real first visits in Chromium.
    log('first visits in Chromium');
    markLoad('first visits');
    results.visits = await measureFirstVisits(
      browser,
      server.origin,
      reps.filter((r) => r.rep),
    );

    // 3. Cold search on the real site.
    log(`cold search ×${SEARCH_RUNS}`);
    markLoad('search');
    const runs = [];
    for (let i = 0; i < SEARCH_RUNS; i++) {
      try {
        runs.push(await withTimeout(coldSearch(browser, server.origin, BENCH_DIST), 60_000, 'cold search'));
      } catch (e) {
        problems.push(`Cold search run ${i + 1}: ${e.message}`);
      }
    }
    results.search = runs;
  } catch (e) {
    problems.push(`Browser measurements: ${e.stack ?? e.message}`);
  } finally {
    await browser?.close().catch(() => undefined);
  }

  // 2. Lighthouse, one fresh Chromium per run.
  if (!quick) {
    markLoad('Lighthouse');
    const lhPages = ['/', '/skills/domain/hl7-fhir/', '/roadmap/month-7/', '/certifications/', '/plan/'];
    for (const p of lhPages) {
      const runs = [];
      for (let i = 1; i <= LH_RUNS; i++) {
        log(`Lighthouse ${p} ${i}/${LH_RUNS}`);
        try {
          runs.push(await lighthouseRun(server.origin + p));
        } catch (e) {
          problems.push(`Lighthouse ${p} run ${i}: ${e.message}`);
        }
      }
      results.lighthouse.push({ path: p, runs });
    }
  }
  server.stop();

  // 4b. Scaling with generated content.
  const { generateContent } = await import('./generate-content.mjs');
  for (const scale of SCALES) {
    const outDir = `./dist-scale-${scale}`;
    markLoad(`${scale}×`);
    if (!keep) removeAtExit.add(resolve(outDir));
    try {
      const gen = generateContent(scale, join(work, `content-x${scale}`));
      const builds = [];
      for (let i = 1; i <= SCALE_BUILD_RUNS; i++) {
        const cacheDir = join(work, `cache-x${scale}-${i}`);
        const b = await astroBuild({ outDir, contentDir: gen.dir, cacheDir, label: `${scale}× content ${i}/${SCALE_BUILD_RUNS} (cold)` });
        rmSync(cacheDir, { recursive: true, force: true });
        builds.push({ ms: b.ms, cpu: b.cpu, phases: withOther(b.phases) });
      }
      const pages = countHtml(outDir);
      const phaseKeys = Object.keys(builds[0].phases);
      const entry = {
        scale,
        skills: gen.skills,
        tasks: gen.tasks,
        ms: median(builds.map((b) => b.ms)),
        runs: builds.map((b) => b.ms),
        cpu: median(builds.map((b) => b.cpu)),
        phases: Object.fromEntries(phaseKeys.map((k) => [k, median(builds.map((b) => b.phases[k]))])),
        pages,
        dist: dirSize(outDir),
        pagefind: dirSize(join(outDir, 'pagefind')),
      };
      const srv = await serve(outDir);
      let br;
      try {
        br = await launchBrowser();
        const runs = [];
        for (let i = 0; i < SCALE_SEARCH_RUNS; i++) {
          try {
            runs.push(await withTimeout(coldSearch(br, srv.origin, outDir), 90_000, `cold search at ${scale}×`));
          } catch (e) {
            problems.push(`Cold search at ${scale}×, run ${i + 1}: ${e.message}`);
          }
        }
        if (runs.length)
          entry.search = {
            fromKey: median(runs.map((r) => r.fromKey)),
            runs: runs.map((r) => r.fromKey),
            gzip: median(runs.map((r) => r.gzip)),
            requests: median(runs.map((r) => r.requests)),
          };
      } catch (e) {
        problems.push(`Cold search at ${scale}×: ${e.message}`);
      } finally {
        await br?.close().catch(() => undefined);
        srv.stop();
      }
      results.scale.push(entry);
    } catch (e) {
      problems.push(`Scale ${scale}×: ${e.message}`);
    } finally {
      rmSync(join(work, `content-x${scale}`), { recursive: true, force: true });
      if (!keep) rmSync(resolve(outDir), { recursive: true, force: true });
    }
  }
  commands.set('generate', 'node tools/generate-content.mjs <N> <tmp dir>   (N = 1, 10, 50)');
  commands.set('scale', `OUT_DIR=./dist-scale-<N> CONTENT_DIR=<tmp dir> node tools/bench.mjs --astro-build <empty tmp dir>`);
}

// ---------------------------------------------------------------- the report

function report() {
  const L = [];
  const cpu = os.cpus();
  const durationMin = (performance.now() - t0) / 60_000;
  L.push('# Benchmarks');
  L.push('');
  L.push(
    `Written by \`npm run bench${quick ? ' -- --quick' : ''}\` (tools/bench.mjs). Re-run it to refresh; do not edit the numbers by hand.`,
  );
  if (quick) L.push('\n**Quick mode:** Lighthouse and the 50× build were skipped.');
  L.push('');
  L.push(`- Date: ${startedAt.toISOString()} (run took ${durationMin.toFixed(1)} min)`);
  L.push(
    `- Machine: ${cpu.length} cores (${cpu[0]?.model ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB memory, ${os.type()} ${os.release()} ${os.arch()}`,
  );
  L.push(
    `- Node ${process.version}; Chromium ${chromiumVersion} (${CHROMIUM}); load average at start ${loadBefore.map((x) => x.toFixed(2)).join(' / ')}, at end ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(' / ')}`,
  );
  L.push(`- 1-minute load average as each part started: ${loads.join(', ')}.`);
  L.push(
    '- Other people were using this machine during the run (the load average above 2 means the 2 cores were shared), so timings carry noise; byte counts are exact.',
  );
  L.push('');
  L.push('## Commands');
  L.push('');
  L.push('```sh');
  L.push(`npm run bench${quick ? ' -- --quick' : ''}        # this report; --quick skips Lighthouse and 50×`);
  L.push(`# every build (cold: each gets its own empty cache folder, so nothing is shared with other builds):`);
  L.push(commands.get('build') ?? '');
  if (commands.has('generate')) {
    L.push(commands.get('generate'));
    L.push(commands.get('scale'));
  }
  L.push(`# served with:`);
  L.push('node tools/serve.mjs <dist-bench | dist-scale-N> <free port> /');
  L.push(`# browsers: ${CHROMIUM} ${CHROME_FLAGS.join(' ')} --headless (Playwright for page and search timings;`);
  L.push(`#   for Lighthouse started by hand with --remote-debugging-port=<port> and passed as { port })`);
  L.push('```');
  L.push('');
  L.push(
    "`node tools/bench.mjs --astro-build <dir>` is `astro build` (Astro's own `build()`, same config and env vars as `npm run build`) with `cacheDir` set to an empty temporary folder, so every build is cold and none touches the cache other people's builds share; it waits for Pagefind's backend process to exit so its CPU time is counted. CPU time is user + system time of the build process and its children, from /proc/self/stat of the benchmark.",
  );
  L.push('');

  // 1.
  L.push('## 1. First visit per page type');
  L.push('');
  L.push(
    'Static analysis (`budgetFailures(dist-bench)` costs): what the HTML references before any interaction, gzip level 9, KiB. "Pages" is how many pages the type has; "max" is the heaviest of them.',
  );
  L.push('');
  if (results.reps) {
    L.push(
      table(
        ['Page type', 'Example', 'Req', 'HTML', 'CSS', 'JS', 'Fonts', 'Images', 'Total', 'Pages', 'Max total (page)'],
        results.reps
          .filter((r) => r.rep)
          .map((r) => {
            const c = r.rep;
            const max = [...r.pages].sort((a, b) => b.total - a.total)[0];
            return [
              r.type,
              `\`${c.path}\``,
              c.requests,
              kib(c.html),
              kib(c.css),
              kib(c.js),
              kib(c.fonts),
              kib(c.images),
              `**${kib(c.total)}**`,
              r.pages.length,
              r.pages.length > 1 ? `${kib(max.total)} (\`${max.path}\`)` : '–',
            ];
          }),
      ),
    );
    L.push('');
    L.push('JS includes inline scripts (already counted in HTML); Total counts them once.');
    if (results.otherPages?.length) {
      L.push('');
      L.push(`Other pages: ${results.otherPages.map((c) => `\`${c.path}\` ${kib(c.total)} KiB / ${c.requests} req`).join('; ')}.`);
    }
    L.push('');
    L.push(
      results.budgetFailures?.length
        ? `Budget failures (tools/budgets.mjs):\n\n${results.budgetFailures.map((f) => `- ${f}`).join('\n')}`
        : 'All budgets in tools/budgets.mjs hold on this build.',
    );
    L.push('');
  }
  if (results.visits.length) {
    L.push(
      'Measured in Chromium: a fresh context loads the page, waits for network idle and 2 s more; every same-origin request is counted, with the gzip size of the file from dist-bench.',
    );
    L.push('');
    L.push(
      table(
        ['Page type', 'Page', 'Req', 'HTML', 'CSS', 'JS files', 'Images', 'Other', 'Total gzip', 'Raw', 'Search UI'],
        results.visits.map((v) => [
          v.type,
          `\`${v.path}\``,
          v.requests,
          kib(v.html),
          kib(v.css),
          kib(v.js),
          kib(v.images),
          kib(v.other),
          `**${kib(v.total)}**`,
          kib(v.raw),
          kib(v.searchUi),
        ]),
      ),
    );
    L.push('');
    L.push(
      '"JS files" counts fetched script files only (chunks that page scripts load at once included); inline scripts are inside the HTML bytes. Raw is the uncompressed total.',
    );
    L.push('');
    const files = [...new Set(results.visits.flatMap((v) => v.files))].filter((f) => !/\/$/.test(f)).sort();
    L.push(`Files other than the HTML fetched across these visits: ${files.map((f) => `\`${f}\``).join(', ')}.`);
    const nonSearch = results.visits.filter((v) => v.type !== 'search');
    const ui = nonSearch.reduce((n, v) => n + v.searchUi, 0);
    L.push('');
    L.push(
      `Search UI bytes on a plain page load (all page types except /search/, which is the search UI): **${ui} bytes**${ui === 0 ? ' (none)' : ''}.`,
    );
    L.push('');
  }

  // 2.
  L.push('## 2. Lighthouse (mobile, simulated throttling)');
  L.push('');
  if (quick) L.push('Skipped (--quick).');
  else if (results.lighthouse.length) {
    const lh0 = results.lighthouse.flatMap((l) => l.runs)[0];
    L.push(
      `Lighthouse ${lh0?.lhVersion ?? '13'} default config (form factor ${lh0?.formFactor ?? 'mobile'}, throttling ${lh0?.throttling ?? 'simulate'}), against the site served from http://127.0.0.1 by tools/serve.mjs (gzip for text files as any static host sends them, \`cache-control: no-cache\`). Median of ${LH_RUNS} runs, each in a fresh Chromium. Scores as measured.`,
    );
    L.push('');
    const lhTable = (list) =>
      table(
        ['Page', 'Runs', 'Performance', 'Accessibility', 'Best practices', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS'],
        list.map(({ path, runs }) => {
          const m = (k) => median(runs.map((r) => r[k]));
          return [
            `\`${path}\``,
            runs.length,
            m('performance'),
            m('accessibility'),
            m('bestPractices'),
            m('seo'),
            ms(m('fcp')),
            `**${ms(m('lcp'))}**`,
            ms(m('tbt')),
            Number.isFinite(m('cls')) ? m('cls').toFixed(3) : 'n/a',
          ];
        }),
      );
    L.push(lhTable(results.lighthouse));
    L.push('');
    L.push('LCP element and LCP breakdown (first run of each page):');
    L.push('');
    for (const { path, runs } of results.lighthouse)
      if (runs[0])
        L.push(`- \`${path}\`: ${runs[0].lcpElement.replace(/`/g, "'") || 'n/a'}${runs[0].lcpPhases ? ` — ${runs[0].lcpPhases}` : ''}`);
    const lostMap = new Map();
    for (const l of results.lighthouse)
      for (const r of l.runs)
        for (const x of r.lost) {
          const m = /^([^:]+): (\S+) \((.*)\)$/.exec(x);
          if (!m || !['performance', 'accessibility', 'best-practices', 'seo'].includes(m[1])) continue;
          const key = `\`${l.path}\` ${m[1]}: ${m[2]}`;
          lostMap.set(key, [...(lostMap.get(key) ?? []), m[3]]);
        }
    const lost = [...lostMap].map(([k, v]) => `${k} (${v.join(', ')}; in ${v.length} of ${LH_RUNS} runs)`);
    L.push('');
    L.push(
      lost.length
        ? `Audits that cost points in any run (the four categories above; served by tools/serve.mjs):\n\n${lost.map((x) => `- ${x}`).join('\n')}`
        : 'No weighted audit lost points in any run.',
    );
    const warns = [...new Set(results.lighthouse.flatMap((l) => l.runs.flatMap((r) => r.warnings)))];
    if (warns.length) L.push(`\nLighthouse warnings: ${warns.join(' | ')}`);
  } else L.push('No Lighthouse results (see "What did not work").');
  L.push('');

  // 3.
  L.push('## 3. Search, cold');
  L.push('');
  const sr = results.search ?? [];
  if (sr.length) {
    L.push(
      `Chromium against dist-bench: fresh context (empty cache), load \`/\`, wait for network idle + 1 s, press "/", wait for the dialog's input to have focus, type "fhir" (Playwright, no delay between keys), stop when the first link in the list named "Search results" is visible (next animation frame after it appears). Times come from \`performance.now()\` inside the page. ${sr.length} runs.`,
    );
    L.push('');
    L.push(
      table(
        ['Measure', 'Median', 'Runs'],
        [
          [
            'First keystroke in the dialog ("f") → first result visible',
            `**${ms(median(sr.map((r) => r.fromKey)))}**`,
            sr.map((r) => Math.round(r.fromKey)).join(', '),
          ],
          [
            '"/" pressed (dialog code not loaded yet) → first result visible',
            ms(median(sr.map((r) => r.fromSlash))),
            sr.map((r) => Math.round(r.fromSlash)).join(', '),
          ],
          [
            'Requests for the first query (from "/" until the network is quiet)',
            median(sr.map((r) => r.requests)),
            sr.map((r) => r.requests).join(', '),
          ],
          ['Bytes fetched, uncompressed (response bodies)', `${kib(median(sr.map((r) => r.body)))} KiB`, ''],
          [
            "Bytes fetched, gzip-equivalent (dist files; Pagefind's already-compressed files as they are)",
            `**${kib(median(sr.map((r) => r.gzip)))} KiB**`,
            '',
          ],
        ],
      ),
    );
    L.push('');
    const groups = new Map();
    const groupOf = (f) =>
      /\/_astro\/search-/.test(f)
        ? 'search dialog code (_astro/search-*.js)'
        : /pagefind-worker/.test(f)
          ? 'pagefind-worker.js'
          : /\/pagefind\/pagefind\.js$/.test(f)
            ? 'pagefind.js'
            : /wasm\./.test(f)
              ? 'WebAssembly (wasm.*.pagefind)'
              : /\.pf_index$/.test(f)
                ? 'index chunks (.pf_index)'
                : /\.pf_fragment$/.test(f)
                  ? 'result fragments (.pf_fragment)'
                  : /\.pf_filter$/.test(f)
                    ? 'filters (.pf_filter)'
                    : 'metadata (pagefind-entry.json, .pf_meta)';
    const mid = [...sr].sort((a, b) => a.gzip - b.gzip)[Math.floor((sr.length - 1) / 2)];
    for (const f of mid.files) {
      const g = groupOf(f);
      const s = fileSizes(BENCH_DIST, f);
      const cur = groups.get(g) ?? { n: 0, raw: 0, gzip: 0 };
      groups.set(g, { n: cur.n + 1, raw: cur.raw + s.raw, gzip: cur.gzip + s.gzip });
    }
    L.push(`Where the first query's bytes go (the run with the median byte count, ${mid.requests} requests):`);
    L.push('');
    L.push(
      'Typing is fast but not instant; when the machine is busy, a keystroke can arrive after the dialog\'s 60 ms debounce, so "f" or "fh" is searched first and more result fragments are fetched. That is why some runs make more requests.',
    );
    L.push('');
    L.push(
      table(
        ['Part', 'Files', 'Bytes on the wire from serve.mjs', 'gzip-equivalent'],
        [...groups].sort((a, b) => b[1].gzip - a[1].gzip).map(([g, v]) => [g, v.n, `${kib(v.raw)} KiB`, `${kib(v.gzip)} KiB`]),
      ),
    );
    L.push('');
    L.push(
      'Pagefind\'s .pagefind/.pf_* files are gzip-compressed by Pagefind itself and unpacked in the browser, so their wire size is their gzip size; "uncompressed (response bodies)" above counts them as served.',
    );
    L.push('');
    L.push(
      `Search UI requests on the plain load of \`/\` before "/" was pressed: ${sr.map((r) => r.loadSearchUiRequests).join(', ')} (per run).`,
    );
  } else L.push('No search results (see "What did not work").');
  L.push('');

  // 4.
  L.push('## 4. Build');
  L.push('');
  const phaseHead = ['Startup', 'Content sync', 'Types + setup', 'Vite bundle', 'Render pages', 'Pagefind', 'Rest'];
  const phaseRow = (p) => [p.startup, p.content, p.typesAndSetup, p.bundle, p.render, p.pagefind, p.other].map((x) => secs(x));
  if (results.builds.length) {
    L.push(
      `Real site, ${results.realPages} pages, cold build (empty cache): **median ${secs(median(results.builds.map((b) => b.ms)))}** wall time of ${results.builds.length} (${results.builds.map((b) => secs(b.ms)).join(', ')}), ${secs(median(results.builds.map((b) => b.cpu)))} CPU time (user + system, all threads and child processes).` +
        (results.warm ? ` A rebuild with the cache left by the previous build: ${secs(results.warm.ms)}.` : ''),
    );
    L.push(
      `dist-bench is ${kib(results.realDist.bytes)} KiB in ${results.realDist.files} files; the Pagefind index (pagefind/) is ${kib(results.realPagefind.bytes)} KiB in ${results.realPagefind.files} files.`,
    );
    L.push('');
    L.push(
      'Phases come from the arrival times of Astro\'s log lines ("Render pages" is Astro\'s own "generating static routes … Completed in"; "Pagefind" runs from the sitemap line to "Indexed N pages for search").',
    );
    L.push('');
    L.push(
      table(
        ['Build', 'Total', 'CPU', ...phaseHead],
        [
          ...results.builds.map((b, i) => [`cold ${i + 1}`, secs(b.ms), secs(b.cpu), ...phaseRow(b.phases)]),
          ...(results.warm ? [['warm', secs(results.warm.ms), secs(results.warm.cpu), ...phaseRow(results.warm.phases)]] : []),
        ],
      ),
    );
    L.push('');
  }
  if (results.scale.length) {
    L.push('### Scaling with generated content');
    L.push('');
    L.push(
      `tools/generate-content.mjs copies every skill N−1 times (\`<id>-x2\` …, same category, prerequisites remapped within the replica, glossary refs unchanged), copies the 18 months unchanged (the time model caps a month's hours, so the copies are skills the roadmap does not schedule: pages grow with skills, tasks stay as they are), lists every skill in every role, and copies certifications and glossary unchanged. Each scale: ${SCALE_BUILD_RUNS} cold build${SCALE_BUILD_RUNS === 1 ? '' : 's (median; phases are per-phase medians)'} and ${SCALE_SEARCH_RUNS} cold search${SCALE_SEARCH_RUNS === 1 ? '' : 'es'} as in section 3${SCALE_SEARCH_RUNS === 1 ? '' : ' (median)'}.`,
    );
    L.push('');
    L.push(
      table(
        [
          'Scale',
          'Skills',
          'Tasks',
          'Pages',
          'Build, median (runs)',
          'Per page',
          'CPU time',
          'CPU per page',
          'dist size',
          'Pagefind index',
          'Search cold, "f" → result, median (runs)',
          'Search bytes (gzip-eq.)',
        ],
        results.scale.map((s) => [
          `${s.scale}×`,
          s.skills,
          s.tasks,
          s.pages,
          `${secs(s.ms)} (${s.runs.map((x) => secs(x)).join(', ')})`,
          ms(s.ms / s.pages),
          secs(s.cpu),
          ms(s.cpu / s.pages),
          `${(s.dist.bytes / 2 ** 20).toFixed(1)} MiB`,
          `${(s.pagefind.bytes / 2 ** 20).toFixed(2)} MiB (${s.pagefind.files} files)`,
          s.search ? `${ms(s.search.fromKey)} (${s.search.runs.map((x) => Math.round(x)).join(', ')})` : 'n/a',
          s.search ? `${kib(s.search.gzip)} KiB / ${s.search.requests} req` : 'n/a',
        ]),
      ),
    );
    L.push('');
    L.push('Per-page time in each phase (phase time ÷ pages):');
    L.push('');
    L.push(
      table(
        ['Scale', ...phaseHead],
        results.scale.map((s) => [
          `${s.scale}×`,
          ...[
            s.phases.startup,
            s.phases.content,
            s.phases.typesAndSetup,
            s.phases.bundle,
            s.phases.render,
            s.phases.pagefind,
            s.phases.other,
          ].map((x) => (Number.isFinite(x) ? `${(x / s.pages).toFixed(1)} ms` : 'n/a')),
        ]),
      ),
    );
    L.push('');
    const one = results.scale.find((s) => s.scale === 1);
    const big = [...results.scale].sort((a, b) => b.scale - a.scale)[0];
    if (one && big && big !== one) {
      const rel = big.ms / big.pages / (one.ms / one.pages);
      const varPer = (s) => (s.ms - (Number.isFinite(s.phases.startup) ? s.phases.startup : 0)) / s.pages;
      L.push(
        `**Per-page build cost at ${big.scale}× is ${rel.toFixed(2)}× the cost at 1× in wall time** (${ms(big.ms / big.pages)} vs ${ms(one.ms / one.pages)} per page) **and ${(big.cpu / big.pages / (one.cpu / one.pages)).toFixed(2)}× in CPU time** (${ms(big.cpu / big.pages)} vs ${ms(one.cpu / one.pages)} per page; CPU time is the steadier measure on a shared machine). Leaving out the fixed start-up (Node, Astro and config loading before content sync), it is ${(varPer(big) / varPer(one)).toFixed(2)}× (${varPer(big).toFixed(1)} vs ${varPer(one).toFixed(1)} ms per page).`,
      );
      const keys = [
        ['startup', 'start-up'],
        ['content', 'content sync (loading and validating MDX/YAML)'],
        ['typesAndSetup', 'type generation and build setup'],
        ['bundle', 'Vite bundling (compiling every MDX entry)'],
        ['render', 'Astro rendering the pages'],
        ['pagefind', 'Pagefind indexing'],
        ['other', 'the rest (process exit, writing files)'],
      ];
      const growth = keys
        .map(([k, name]) => ({
          name,
          perPageBig: big.phases[k] / big.pages,
          perPageOne: one.phases[k] / one.pages,
          share: big.phases[k] / big.ms,
        }))
        .filter((g) => Number.isFinite(g.perPageBig) && Number.isFinite(g.perPageOne));
      const fmtShare = (g) => `${g.name} ${(g.share * 100).toFixed(0)}% (${g.perPageOne.toFixed(1)} → ${g.perPageBig.toFixed(1)} ms/page)`;
      const byShare = [...growth].sort((a, b) => b.share - a.share);
      if (rel > 1.5) {
        const byGrowth = [...growth].sort((a, b) => b.perPageBig - b.perPageOne - (a.perPageBig - a.perPageOne));
        L.push(
          `That exceeds 1.5×. Where the ${big.scale}× build spends its time: ${byShare.map(fmtShare).join('; ')}. The per-page increase comes mostly from ${byGrowth[0].name} (+${(byGrowth[0].perPageBig - byGrowth[0].perPageOne).toFixed(1)} ms/page)${byGrowth[1] ? ` and ${byGrowth[1].name} (+${(byGrowth[1].perPageBig - byGrowth[1].perPageOne).toFixed(1)} ms/page)` : ''}.`,
        );
      } else {
        const fastest = [...growth].sort((a, b) => b.perPageBig / b.perPageOne - a.perPageBig / a.perPageOne)[0];
        L.push(
          `Not above 1.5×: the cost per page does not grow with size (the fixed start-up is spread over more pages). Time at ${big.scale}×: ${byShare.map(fmtShare).join('; ')}. The phase whose per-page cost grows fastest is ${fastest.name} (${(fastest.perPageBig / fastest.perPageOne).toFixed(1)}× per page).`,
        );
      }
      L.push('');
    }
  }

  // 5.
  L.push('## 5. Against the peer (Starlight on the same content)');
  L.push('');
  const visit = (type) => results.visits.find((v) => v.type === type);
  const contentVisits = results.visits.filter((v) => !['plan', 'search'].includes(v.type));
  const worst = [...contentVisits].sort((a, b) => b.total - a.total)[0];
  const worstReq = [...contentVisits].sort((a, b) => b.requests - a.requests)[0];
  const skill = visit('skill');
  const lhSkill = results.lighthouse.find((l) => l.path === '/skills/domain/hl7-fhir/');
  const lcpSkill = lhSkill ? median(lhSkill.runs.map((r) => r.lcp)) : NaN;
  const lcpWorst = Math.max(...results.lighthouse.map((l) => median(l.runs.map((r) => r.lcp))).filter(Number.isFinite));
  const sKey = median(sr.map((r) => r.fromKey));
  const sSlash = median(sr.map((r) => r.fromSlash));
  const sBytes = median(sr.map((r) => r.gzip));
  const verdict = (ok) => (ok === undefined ? 'n/a' : ok ? 'meets' : '**misses**');
  const rows = [
    [
      'First visit bytes, skill page (incl. anything loaded on idle)',
      '~50 KiB (22 up front + 26 search UI on idle)',
      '< 25 KiB',
      skill ? `${kib(skill.total)} KiB` : 'n/a',
      skill ? verdict(skill.total < 25 * KIB) : 'n/a',
    ],
    [
      'First visit bytes, heaviest content page type',
      '~50 KiB',
      '< 25 KiB',
      worst ? `${kib(worst.total)} KiB (${worst.type})` : 'n/a',
      worst ? verdict(worst.total < 25 * KIB) : 'n/a',
    ],
    ['First visit requests, skill page', '10', '< 5', skill ? skill.requests : 'n/a', skill ? verdict(skill.requests < 5) : 'n/a'],
    [
      'First visit requests, most of any content page type',
      '10',
      '< 5',
      worstReq ? `${worstReq.requests} (${worstReq.type})` : 'n/a',
      worstReq ? verdict(worstReq.requests < 5) : 'n/a',
    ],
    [
      'Search UI loaded on idle',
      '26 KiB',
      '0',
      `${results.visits.filter((v) => v.type !== 'search').reduce((n, v) => n + v.searchUi, 0)} bytes`,
      verdict(results.visits.length ? results.visits.filter((v) => v.type !== 'search').every((v) => v.searchUi === 0) : undefined),
    ],
    [
      'Simulated mobile LCP, skill page',
      '1.17 s',
      '< 0.585 s',
      quick ? 'skipped' : ms(lcpSkill),
      quick || !Number.isFinite(lcpSkill) ? 'n/a' : verdict(lcpSkill < 585),
    ],
    [
      'Simulated mobile LCP, slowest of the 5 pages',
      '1.17 s',
      '< 0.585 s',
      quick || !Number.isFinite(lcpWorst) ? 'n/a' : ms(lcpWorst),
      quick || !Number.isFinite(lcpWorst) ? 'n/a' : verdict(lcpWorst < 585),
    ],
    ['Search cold, first keystroke → first result', '430 ms', '≤ 200 ms', ms(sKey), Number.isFinite(sKey) ? verdict(sKey <= 200) : 'n/a'],
    [
      'Search cold, "/" → first result (includes loading the dialog code)',
      '–',
      '≤ 200 ms',
      ms(sSlash),
      Number.isFinite(sSlash) ? verdict(sSlash <= 200) : 'n/a',
    ],
    [
      'Search bytes for the first query (gzip-equivalent)',
      '92 KiB',
      '≤ 120 KiB',
      `${kib(sBytes)} KiB`,
      Number.isFinite(sBytes) ? verdict(sBytes <= 120 * KIB) : 'n/a',
    ],
  ];
  L.push(table(['Measure', 'Peer (Starlight)', 'Target', 'This site', 'Verdict'], rows));
  L.push('');
  L.push(
    '"Less than half" targets are half the peer figure. The peer\'s numbers were measured elsewhere (not re-measured here); its 430 ms search time is on its own machine, ours on this one.',
  );
  L.push('');

  L.push('## What did not work');
  L.push('');
  const all = [...problems, ...notes];
  L.push(all.length ? all.map((p) => `- ${p}`).join('\n') : 'Nothing: every measurement ran.');
  L.push('');
  writeFileSync(join(root, 'BENCHMARKS.md'), L.join('\n'));
  log(`wrote BENCHMARKS.md (${durationMin.toFixed(1)} min)`);
}

let exitCode = 0;
const globalTimer = setTimeout(() => {
  problems.push(`The whole run hit the ${GLOBAL_TIMEOUT_MS / 60_000}-minute limit; later sections are missing.`);
  try {
    report();
  } finally {
    cleanup();
    process.exit(1);
  }
}, GLOBAL_TIMEOUT_MS);
globalTimer.unref();

try {
  if (!existsSync(CHROMIUM)) problems.push(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH).`);
  mkdirSync(work, { recursive: true });
  await main();
} catch (e) {
  problems.push(`Aborted: ${e.stack ?? e.message}`);
  exitCode = 1;
} finally {
  try {
    report();
  } catch (e) {
    console.error(e);
    exitCode = 1;
  }
  cleanup();
  // Leave no stray browsers; report the summary on stdout.
  if (problems.length) console.error(`[bench] ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
}
process.exit(exitCode);
