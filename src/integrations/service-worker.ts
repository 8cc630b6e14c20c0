import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { getManifest } from 'workbox-build';
import { KEEP_LIST_FILE, OFFLINE_PATH, SW_FILE, formatBytes, keepPaths, type KeepList } from '../lib/offline';

/** File types a host compresses; Pagefind's index and WebAssembly come compressed already. */
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.txt', '.xml']);
/** Where the roadmap page shows the size of the roadmap kept offline (KeepOffline.astro). */
const SIZE_SLOT = /(<span data-keep-size>)[^<]*(<\/span>)/;
const VERSION_SLOT = /data-keep-version="unmeasured"/;

/** What `file` takes to download: its gzip size where hosts compress that type, else its size. */
export function downloadBytes(file: string, body: Buffer): number {
  return COMPRESSIBLE.has(extname(file)) ? gzipSync(body, { level: 9 }).length : body.length;
}

/** `html` with the kept roadmap's size and version filled in; throws when the slots are missing. */
export function fillKeepSlots(html: string, list: KeepList): string {
  if (!SIZE_SLOT.test(html) || !VERSION_SLOT.test(html))
    throw new Error(
      'roadmap/index.html has no <span data-keep-size> or data-keep-version="unmeasured" (src/components/offline/KeepOffline.astro)',
    );
  return html.replace(SIZE_SLOT, `$1${formatBytes(list.bytes)}$2`).replace(VERSION_SLOT, `data-keep-version="${list.version}"`);
}

/** The bundled worker with each `self.<name>` replaced by its JSON value; each must occur once. */
export function fillWorker(code: string, values: Record<string, unknown>): string {
  for (const [name, value] of Object.entries(values)) {
    const slots = code.split(`self.${name}`).length - 1;
    if (slots !== 1) throw new Error(`src/sw/sw.ts: expected one self.${name} in the bundle, found ${slots}`);
    code = code.replace(`self.${name}`, JSON.stringify(value));
  }
  return code;
}

/** Bundles src/sw/sw.ts (with Workbox) into one classic script, minified, as text. */
async function bundleWorker(root: string): Promise<string> {
  const out = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    // Workbox's development logging is dropped by its NODE_ENV checks.
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      lib: { entry: join(root, 'src/sw/sw.ts'), formats: ['iife'], name: 'sw', fileName: () => SW_FILE },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const code = outputs.flatMap((o) => o.output).find((c) => c.type === 'chunk')?.code;
  if (!code) throw new Error('src/sw/sw.ts: the service worker bundle came out empty');
  return code;
}

/**
 * Offline support, after every other build step (it measures the search index Pagefind wrote and
 * precaches the offline page as csp-first left it):
 * - `offline-roadmap.json`: the files "Keep the roadmap offline" fetches, their download size and
 *   a version; the size and version are written into the roadmap page.
 * - `sw.js`: src/sw/sw.ts bundled with Workbox, its precache list (the offline page alone, so a
 *   first visit stays small) from workbox-build's `getManifest`, under the deploy base path, and
 *   the list of built scripts (kept from the second page on, and the ones a deploy leaves behind dropped).
 */
export default function serviceWorker(): AstroIntegration {
  let base = '/';
  let root = '';
  return {
    name: 'healthcare-ai/service-worker',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        root = fileURLToPath(config.root);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const dist = fileURLToPath(dir);
        const files = (await readdir(dist, { recursive: true, withFileTypes: true }))
          .filter((d) => d.isFile())
          .map((d) =>
            join(d.parentPath, d.name)
              .slice(dist.length)
              .replace(/^[\\/]/, '')
              .split(sep)
              .join('/'),
          );

        const paths = keepPaths(files);
        const bodies = await Promise.all(paths.map((p) => readFile(join(dist, p.endsWith('/') || p === '' ? `${p}index.html` : p))));
        const hash = createHash('sha256');
        bodies.forEach((b, i) => hash.update(paths[i]!).update(b));
        const list: KeepList = {
          version: hash.digest('hex').slice(0, 16),
          bytes: bodies.reduce((n, b, i) => n + downloadBytes(paths[i]!.endsWith('/') ? 'index.html' : paths[i]!, b), 0),
          urls: paths.map((p) => `${base}${p}`),
        };
        const roadmap = join(dist, 'roadmap', 'index.html');
        await writeFile(roadmap, fillKeepSlots(await readFile(roadmap, 'utf8'), list));
        await writeFile(join(dist, KEEP_LIST_FILE), `${JSON.stringify(list)}\n`);

        const { manifestEntries, warnings } = await getManifest({
          globDirectory: dist,
          globPatterns: [`${OFFLINE_PATH.slice(1)}index.html`],
          modifyURLPrefix: { '': base },
        });
        if (warnings.length) throw new Error(`Service worker precache: ${warnings.join('; ')}`);
        if (manifestEntries?.length !== 1)
          throw new Error(`Service worker precache: expected the offline page alone, got ${JSON.stringify(manifestEntries)}`);
        const scripts = files.filter((f) => /^_astro\/[^/]+\.js$/.test(f)).map((f) => `${base}${f}`);
        const code = fillWorker(await bundleWorker(root), {
          __WB_MANIFEST: manifestEntries,
          __HASM_SCRIPTS: scripts,
          __HASM_KEEP_VERSION: list.version,
        });
        await writeFile(join(dist, SW_FILE), code);
        const swGzip = gzipSync(Buffer.from(code), { level: 9 }).length;
        logger.info(
          `Service worker ${(swGzip / 1024).toFixed(1)} KiB gzip; the roadmap kept offline is ${formatBytes(list.bytes)} in ${list.urls.length} files`,
        );
      },
    },
  };
}
