import AxeBuilder from '@axe-core/playwright';
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { chromiumPath } from './browser';
import { pageCodeSettled } from './settled';

/**
 * Offline support in a real browser (issue 18): the service worker keeps visited pages, shows the
 * offline page for the others, keeps the whole roadmap with search on request, and offers a reload
 * when a new build is deployed under an open page. Each test waits for explicit signals: the page's
 * `data-offline="ready"` (a worker is active) and the worker controlling the page, never a sleep.
 */
// The other specs block service workers (playwright.config.ts); these are about them.
test.use({ serviceWorkers: 'allow' });

const KIB = 1024;
const dist = process.env['E2E_DIST'] ?? 'dist';
const statusOf = (page: Page, n: number) => page.getByRole('combobox', { name: new RegExp(`^Status of task ${n}\\b`) });

/** The page has an active worker that controls it (the first install claims the open page). */
async function controlled(page: Page): Promise<void> {
  await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached' });
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
}

/** Every built script (as site paths under `base`) is in the worker's script cache. */
async function scriptsKept(page: Page, base: string): Promise<void> {
  const scripts = readdirSync(`${dist}/_astro`)
    .filter((f) => f.endsWith('.js'))
    .map((f) => `${base}_astro/${f}`);
  const allKept = () =>
    page.evaluate(async (urls) => {
      const cache = await caches.open('hasm-assets');
      const kept = await Promise.all(urls.map((u) => cache.match(u)));
      return kept.every(Boolean);
    }, scripts);
  await expect.poll(allKept).toBe(true);
}

/** Whether the page at `url` (absolute) is kept in the worker's page cache. */
const pageKept = (page: Page, url: string) => page.evaluate(async (u) => Boolean(await (await caches.open('hasm-pages')).match(u)), url);

/** Asks the worker for its upkeep (keep scripts, refresh a kept roadmap, purge old scripts) and waits until it is done. */
const upkeep = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        navigator.serviceWorker.controller!.postMessage({ type: 'KEEP_SCRIPTS' }, [channel.port2]);
      }),
  );

/** The script URLs in the worker's script cache. */
const cachedScripts = (page: Page) =>
  page.evaluate(async () => (await (await caches.open('hasm-assets')).keys()).map((r) => new URL(r.url).pathname));

test('the first page of a very first visit opens offline', async ({ context, page, baseURL }) => {
  await page.goto('roadmap/month-1/#share=private-plan-data');
  await pageCodeSettled(page);
  await controlled(page);
  // The worker keeps the page it took control of (from the HTTP cache) once it is active, without its #fragment.
  await expect.poll(() => pageKept(page, new URL('roadmap/month-1/', baseURL).href)).toBe(true);
  const keys = await page.evaluate(async () => (await (await caches.open('hasm-pages')).keys()).map((r) => r.url));
  expect(keys.filter((k) => k.includes('#'))).toEqual([]);
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await expect(page.getByRole('heading', { level: 2, name: 'Checklist' })).toBeVisible();
  await expect(statusOf(page, 1)).toBeVisible();
  await context.setOffline(false);
});

test('a visited page opens offline; a task ticked offline is kept; the first save asks to keep storage', async ({
  context,
  page,
  baseURL,
}) => {
  const base = new URL(baseURL!).pathname;
  await page.goto('./');
  await controlled(page);
  await page.goto('roadmap/month-1/');
  await pageCodeSettled(page);
  await controlled(page);
  // From the second page on, the worker keeps the site's scripts, so ticking (code loaded on intent) works offline.
  await scriptsKept(page, base);
  const title = await page.getByRole('heading', { level: 1 }).textContent();

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title!);
  await pageCodeSettled(page);
  await statusOf(page, 1).selectOption('done');
  await expect(page.getByText(/^1 of \d+ tasks done$/).first()).toBeVisible();
  // The first saved progress: the site asked for persistent storage and says what the answer means.
  await expect(page.locator('html[data-persist]')).toBeAttached();
  await expect(page.getByRole('status').filter({ hasText: /^Your progress is saved in this browser/ })).toBeVisible();

  await context.setOffline(false);
  await page.reload();
  await expect(statusOf(page, 1)).toHaveValue('done');
});

test('an unvisited page opened offline shows the offline page, listing what is kept; share-link data is never stored', async ({
  context,
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto('./');
  await controlled(page);
  await page.goto('roadmap/month-2/#share=private-plan-data');
  await pageCodeSettled(page);
  const month2 = (await page.title()).replace(/ · Healthcare AI Skills Matrix$/, '');
  const keys = await page.evaluate(async () => (await (await caches.open('hasm-pages')).keys()).map((r) => r.url));
  expect(keys.some((k) => k.includes('/roadmap/month-2/'))).toBe(true);
  expect(keys.filter((k) => k.includes('#'))).toEqual([]);

  await context.setOffline(true);
  await page.goto('glossary/');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await expect(page.locator('offline-list[data-state="ready"]')).toBeAttached();
  await expect(page.getByRole('heading', { name: 'Pages kept on this device' })).toBeVisible();
  await expect(page.getByRole('link', { name: month2, exact: true })).toBeVisible();
  // The offline page is outside the sitemap, so the accessibility sweep (quality.spec.ts) checks it here.
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto('glossary/');
    await expect(page.locator('offline-list[data-state="ready"]')).toBeAttached();
    const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
  await context.setOffline(false);
});

test('"Keep the roadmap offline" states its size, keeps every month and search: month 12 and a search for FHIR work offline', async ({
  context,
  page,
}) => {
  test.setTimeout(90_000);
  await page.goto('roadmap/');
  await controlled(page);
  const keep = page.locator('offline-keep');
  await expect(keep).toContainText(/: \d+(\.\d)? (KB|MB) to download/);
  await page.getByRole('button', { name: 'Keep the roadmap offline' }).click();
  await expect(keep).toHaveAttribute('data-state', 'kept', { timeout: 60_000 });
  await expect(keep.getByRole('status')).toHaveText(/every month, the print view and search work offline/);

  await context.setOffline(true);
  await page.goto('roadmap/month-12/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('12');
  await pageCodeSettled(page);
  await page.getByRole('button', { name: /^Search/ }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await dialog.getByRole('searchbox', { name: /Search skills/ }).fill('FHIR');
  await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “FHIR”/);
  await expect(dialog.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toContainText(/FHIR/);
  // A reload of the roadmap says the copy is kept.
  await page.goto('roadmap/');
  await expect(page.locator('offline-keep')).toHaveAttribute('data-state', 'kept');
  await context.setOffline(false);
});

test('the kept roadmap can be removed: it says what that frees, asks first, offers to keep it again, and leaves progress alone', async ({
  context,
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.goto('roadmap/month-1/');
  await pageCodeSettled(page);
  await controlled(page);
  await statusOf(page, 1).selectOption('done');
  await expect(page.getByText(/^1 of \d+ tasks done$/).first()).toBeVisible();
  const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
  const before = await stored();

  await page.goto('roadmap/');
  await pageCodeSettled(page);
  const keep = page.locator('offline-keep');
  const button = (name: string) => keep.getByRole('button', { name, exact: true });
  await button('Keep the roadmap offline').click();
  await expect(keep).toHaveAttribute('data-state', 'kept', { timeout: 60_000 });
  const month12 = new URL('roadmap/month-12/', baseURL).href;
  expect(await pageKept(page, month12)).toBe(true);

  // Asking first: it says what goes and what it frees; "No" leaves the copy kept.
  const list = JSON.parse(readFileSync(`${dist}/offline-roadmap.json`, 'utf8')) as { urls: string[] };
  const pages = list.urls.filter((u) => u.endsWith('/')).length;
  expect(pages).toBeGreaterThan(18);
  await button('Remove the offline copy').click();
  // The question comes before its answers, and the focused yes is described by it.
  const yes = button('Yes, remove the offline copy');
  await expect(yes).toBeFocused();
  await expect(yes).toHaveAccessibleDescription(
    new RegExp(`^Remove the offline copy of the roadmap\\? This deletes its ${pages} pages and`),
  );
  await expect(yes).toHaveAccessibleDescription(
    /pages and the search index from this browser, about \d+(\.\d)? (KB|MB)\. Your progress is stored separately and is not touched/,
  );
  const question = keep.getByText(/^Remove the offline copy of the roadmap\?/);
  expect((await question.boundingBox())!.y).toBeLessThan((await yes.boundingBox())!.y);
  // The question and its answers, checked at phone width in both themes (the sweep sees only the first state).
  await page.setViewportSize({ width: 375, height: 800 });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.evaluate((theme) => (document.documentElement.dataset['theme'] = theme), colorScheme);
    const { violations } = await new AxeBuilder({ page })
      .include('offline-keep')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(violations.map((v) => `${colorScheme}: ${v.id} (${v.nodes.length})`)).toEqual([]);
  }
  await button('No, keep it').click();
  await expect(keep).toHaveAttribute('data-state', 'kept');
  await expect(button('Remove the offline copy')).toBeFocused();

  await button('Remove the offline copy').click();
  await button('Yes, remove the offline copy').click();
  await expect(keep.getByRole('status')).toHaveText(
    /^The offline copy is removed: about \d+(\.\d)? (KB|MB) freed\. Your progress is untouched\./,
  );
  await expect(button('Keep the roadmap offline')).toBeFocused();
  await expect(button('Remove the offline copy')).toBeHidden();
  expect(await pageKept(page, month12)).toBe(false);
  expect(await stored()).toBe(before);

  // A page that only the kept copy held now shows the offline page; stored progress is as it was.
  await context.setOffline(true);
  await page.goto('roadmap/month-12/');
  await expect(page.getByRole('heading', { level: 1, name: 'You are offline' })).toBeVisible();
  await context.setOffline(false);
  await page.goto('roadmap/');
  await expect(page.locator('offline-keep')).toHaveAttribute('data-state', 'idle');
  expect(await stored()).toBe(before);
});

/** A free port on the loopback interface. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

/**
 * A proxy in front of the test server that records what the server sends, as on the wire (gzip
 * where the server compresses): so a measurement sees downloads, not requests the HTTP cache answered.
 */
async function recordingProxy(target: string): Promise<{ url: string; sent: { path: string; bytes: number }[]; close: () => void }> {
  const upstream = new URL(target);
  const sent: { path: string; bytes: number }[] = [];
  const server = createHttpServer((req, res) => {
    const forward = httpRequest(
      { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: req.headers },
      (answer) => {
        let bytes = 0;
        answer.on('data', (d: Buffer) => (bytes += d.length));
        answer.on('end', () => sent.push({ path: new URL(req.url ?? '/', upstream).pathname, bytes }));
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    forward.on('error', () => res.writeHead(502).end());
    req.pipe(forward);
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}${upstream.pathname}`, sent, close: () => server.close() };
}

test('a first visit downloads only the page, the worker and the offline page, and keeps that page; registering adds at most 1 KiB of JavaScript', async ({
  browser,
  baseURL,
}) => {
  const base = new URL(baseURL!).pathname;
  const proxy = await recordingProxy(baseURL!);
  const context = await browser.newContext({ baseURL: proxy.url });
  try {
    const page = await context.newPage();
    await page.goto('roadmap/month-1/');
    await controlled(page); // installed, so the precache is fetched
    // The worker keeps the page it took control of, and the scripts that page loaded, from the HTTP cache.
    await expect.poll(() => pageKept(page, new URL('roadmap/month-1/', proxy.url).href)).toBe(true);
    await expect.poll(async () => (await cachedScripts(page)).length).toBeGreaterThan(0);
  } finally {
    await context.close();
    proxy.close();
  }

  // The page's own files are held to their budget by budgets.spec.ts; beyond them come the
  // worker's script and the one page it precaches, the offline page. The page is downloaded once:
  // keeping it offline took the copy the browser already had.
  const page = `${base}roadmap/month-1/`;
  const paths = proxy.sent.map((s) => s.path);
  expect(paths.filter((p) => p === page)).toHaveLength(1);
  expect(paths.filter((p) => p !== page && !p.startsWith(`${base}_astro/`)).sort()).toEqual([`${base}offline/index.html`, `${base}sw.js`]);
  expect(new Set(paths).size).toBe(paths.length);
  const bytesOf = (p: string) => proxy.sent.filter((s) => s.path === p).reduce((n, s) => n + s.bytes, 0);
  const extra = bytesOf(`${base}sw.js`) + bytesOf(`${base}offline/index.html`);
  const total = proxy.sent.reduce((n, s) => n + s.bytes, 0);
  const home = readFileSync(`${dist}/index.html`, 'utf8');
  const register = [...home.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]
    .map((m) => m[1]!)
    .find((s) => s.includes('offline-support'))!;
  const registerBytes = gzipSync(register, { level: 9 }).length;
  const kib = (n: number) => `${(n / KIB).toFixed(2)} KiB`;
  test.info().annotations.push({
    type: 'offline shell',
    description: `first visit to month 1: ${kib(total)} in ${paths.length} downloads, of which the worker ${kib(bytesOf(`${base}sw.js`))} + offline page ${kib(bytesOf(`${base}offline/index.html`))} = ${kib(extra)} gzip; registration script ${kib(registerBytes)} gzip`,
  });
  expect(extra).toBeLessThanOrEqual(12 * KIB);
  expect(registerBytes).toBeLessThanOrEqual(1 * KIB);
});

/** Serves a temporary copy of the build (tools/serve.mjs reads files per request, so edits show at once). */
async function serveCopy(base: string): Promise<{ dir: string; url: string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'hasm-offline-'));
  cpSync(dist, dir, { recursive: true });
  const port = await freePort();
  const server = spawn(process.execPath, ['tools/serve.mjs', dir, String(port), base], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    server.stdout.on('data', (d: Buffer) => d.toString().includes('Serving') && resolve());
    server.on('exit', (code) => reject(new Error(`tools/serve.mjs exited with ${code}`)));
  });
  return {
    dir,
    url: `http://127.0.0.1:${port}${base}`,
    stop: () => {
      server.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Runs `body` in a new browser context on a copy of the built site, which the test may change as a
 * deploy would; then closes the context and stops the copy's server, whatever happened.
 */
async function onSiteCopy(
  browser: Browser,
  baseURL: string | undefined,
  body: (context: BrowserContext, site: { dir: string; url: string }, base: string) => Promise<void>,
): Promise<void> {
  const base = new URL(baseURL!).pathname;
  const site = await serveCopy(base);
  const context = await browser.newContext({ baseURL: site.url });
  try {
    await body(context, site, base);
  } finally {
    await context.close();
    site.stop();
  }
}

test('a build deployed under an open page: the page offers a reload, the reload switches to the new worker, a kept roadmap is kept again, and old scripts go once no old page is open', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await onSiteCopy(browser, baseURL, async (context, site, base) => {
    const page = await context.newPage();
    await page.goto('roadmap/');
    await controlled(page);
    await page.getByRole('button', { name: 'Keep the roadmap offline' }).click();
    await expect(page.locator('offline-keep')).toHaveAttribute('data-state', 'kept', { timeout: 60_000 });
    await page.goto('roadmap/month-1/');
    await controlled(page);
    await statusOf(page, 1).selectOption('done');
    await expect(page.getByText(/^1 of \d+ tasks done$/).first()).toBeVisible();
    const stored = () => page.evaluate(() => JSON.stringify(Object.entries(localStorage).sort()));
    const before = await stored();
    // A second tab stays open on the old build throughout.
    const oldTab = await context.newPage();
    await oldTab.goto('roadmap/month-2/');
    await controlled(oldTab);
    await scriptsKept(page, base);
    // Deploy: the offline page and the roadmap's files changed, so the worker's precache revision,
    // the kept roadmap's version (in the worker, the list and the roadmap page) and the worker change.
    const version = (JSON.parse(readFileSync(join(site.dir, 'offline-roadmap.json'), 'utf8')) as { version: string }).version;
    const deploy = (rel: string, change: (text: string) => string) => {
      const before = readFileSync(join(site.dir, rel), 'utf8');
      const after = change(before.replaceAll(version, 'deployed-build-2'));
      expect(after, rel).not.toBe(before);
      writeFileSync(join(site.dir, rel), after);
    };
    // One script changes: the new build names it differently. The old file stays on the server, as
    // hosts often keep it; the worker has to drop it from its cache all the same. It is a chunk no
    // page names (only other chunks load it), so only the open old tab can still need it.
    const pagesText = readdirSync(site.dir, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(site.dir, f), 'utf8'))
      .join('\n');
    const changed = readdirSync(join(site.dir, '_astro')).find((f) => f.endsWith('.js') && !pagesText.includes(f))!;
    const renamed = changed.replace(/\.[\w-]+\.js$/, '.Deploy02.js');
    cpSync(join(site.dir, '_astro', changed), join(site.dir, '_astro', renamed));
    const [oldScript, newScript] = [`${base}_astro/${changed}`, `${base}_astro/${renamed}`];
    deploy('sw.js', (t) => t.replace(/"revision":"[^"]+"/, '"revision":"deployed-build-2"').replace(`"${oldScript}"`, `"${newScript}"`));
    deploy('offline-roadmap.json', (t) => t.replace(`"${oldScript}"`, `"${newScript}"`));
    deploy('roadmap/index.html', (t) => t);
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the site is available.' });
    await expect(notice).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-update', 'waiting');

    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await controlled(page);
    await expect(notice).toBeHidden();
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.waiting)).toBeNull();
    // The switch leaves stored progress exactly as it was.
    expect(await stored()).toBe(before);
    await expect(statusOf(page, 1)).toHaveValue('done');
    // The new worker keeps the roadmap again, from the new build, once a page it controls has settled.
    const keptVersion = () =>
      page.evaluate(
        async (url) => ((await (await caches.match(url))?.json()) as { version?: string } | undefined)?.version,
        `${base}offline-roadmap.json`,
      );
    await expect.poll(keptVersion, { timeout: 60_000 }).toBe('deployed-build-2');
    // The old tab may still load the old script (on intent), so it stays while that tab is open ...
    await upkeep(page);
    expect(await cachedScripts(page)).toEqual(expect.arrayContaining([oldScript, newScript]));
    // ... and goes once it is closed, at the next upkeep (any page that settles asks for it).
    await oldTab.close();
    await upkeep(page);
    const scripts = await cachedScripts(page);
    expect(scripts).toContain(newScript);
    expect(scripts).not.toContain(oldScript);
    await page.goto('roadmap/');
    await expect(page.locator('offline-keep')).toHaveAttribute('data-state', 'kept');
  });
});

test('after a deploy, search files kept only because a search fetched them (the roadmap never kept) go once no old page is open', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const searchFiles = (page: Page) => page.evaluate(async () => (await (await caches.open('hasm-search')).keys()).length);
  await onSiteCopy(browser, baseURL, async (context, site) => {
    const page = await context.newPage();
    await page.goto('glossary/');
    await controlled(page);
    await page.goto('glossary/fhir/');
    await controlled(page);
    await pageCodeSettled(page);
    await page.getByRole('button', { name: /^Search/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Search' });
    await dialog.getByRole('searchbox', { name: /Search skills/ }).fill('FHIR');
    await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “FHIR”/);
    await dialog.getByRole('button', { name: 'Close search' }).click();
    await expect(dialog).toBeHidden();
    await upkeep(page);
    await expect.poll(() => searchFiles(page)).toBeGreaterThan(0);
    // Deploy a build whose search index changed: its worker carries a new version of the roadmap's files.
    const version = (JSON.parse(readFileSync(join(site.dir, 'offline-roadmap.json'), 'utf8')) as { version: string }).version;
    const sw = readFileSync(join(site.dir, 'sw.js'), 'utf8');
    writeFileSync(
      join(site.dir, 'sw.js'),
      sw.replaceAll(version, 'deployed-build-3').replace(/"revision":"[^"]+"/, '"revision":"deployed-build-3"'),
    );
    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
    const notice = page.getByRole('status').filter({ hasText: 'A new version of the site is available.' });
    await expect(notice).toBeVisible();
    await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
    await controlled(page);
    await upkeep(page);
    expect(await searchFiles(page)).toBe(0);
    // Searching again, online, fetches and keeps this build's files.
    await pageCodeSettled(page);
    await page.getByRole('button', { name: /^Search/ }).click();
    await dialog.getByRole('searchbox', { name: /Search skills/ }).fill('FHIR');
    await expect(dialog.getByRole('status')).toHaveText(/\d+ results? for “FHIR”/);
    await expect.poll(() => searchFiles(page)).toBeGreaterThan(0);
  });
});

test('installable: the manifest has 192 and 512 px PNG icons and a maskable one, and Chromium reports no installability error', async ({
  baseURL,
}) => {
  const manifest = JSON.parse(readFileSync(`${dist}/manifest.webmanifest`, 'utf8')) as {
    icons: { src: string; sizes: string; type: string; purpose: string }[];
  };
  const png = manifest.icons.filter((i) => i.type === 'image/png');
  expect(png.map((i) => `${i.sizes} ${i.purpose}`)).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  for (const icon of png) {
    const bytes = readFileSync(`${dist}/${icon.src}`);
    const [w, h] = [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
    expect(`${w}x${h}`, icon.src).toBe(icon.sizes);
  }
  // Installability is judged in a real profile (an incognito context is never installable), as Lighthouse ran it.
  const profile = mkdtempSync(join(tmpdir(), 'hasm-profile-'));
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: chromiumPath(),
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
      baseURL: baseURL!,
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto('./');
    await controlled(page);
    const cdp = await context.newCDPSession(page);
    const { errors } = await cdp.send('Page.getAppManifest');
    expect(errors).toEqual([]);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
  } finally {
    await context?.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

test('without JavaScript, the roadmap says what keeping it offline needs', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL: baseURL!, javaScriptEnabled: false });
  try {
    const page = await context.newPage();
    await page.goto('roadmap/');
    const keep = page.locator('offline-keep');
    await expect(keep.getByRole('heading', { name: 'Keep the roadmap offline' })).toBeVisible();
    await expect(keep).toContainText(/: \d+(\.\d)? (KB|MB) to download/);
    await expect(keep.getByText('Keeping the roadmap offline needs JavaScript')).toBeVisible();
    await expect(keep.getByRole('button')).toBeHidden();
  } finally {
    await context.close();
  }
});
