/**
 * What the offline build step (src/integrations/service-worker.ts) leaves in each build, at `/`
 * and under a base path: a worker that precaches the offline page alone and lists the built
 * scripts, a list of the roadmap's files whose size the roadmap page states, an offline page that
 * stands alone, and a CSP that lets workers come from the site itself only.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsp } from '../../src/integrations/deploy-headers';
import { formatBytes, type KeepList } from '../../src/lib/offline';
import { listFiles, loadPages } from '../../tools/dist-pages.mjs';

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-sub', base: '/sub/' },
];

describe.each(builds)('offline support in $dir', ({ dir, base }) => {
  const sw = readFileSync(`${dir}/sw.js`, 'utf8');
  const list = JSON.parse(readFileSync(`${dir}/offline-roadmap.json`, 'utf8')) as KeepList;
  const fileOf = (url: string) => {
    const rel = url.slice(base.length);
    return join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel);
  };

  it('the worker precaches the offline page alone, under the base path, and lists every built script', () => {
    const precache = JSON.parse(/(\[\{"url":[^\]]*\])/.exec(sw)?.[1] ?? '[]') as { url: string; revision: string }[];
    expect(precache.map((e) => e.url)).toEqual([`${base}offline/index.html`]);
    const scripts = (listFiles(join(dir, '_astro')) as string[]).filter((f) => f.endsWith('.js'));
    for (const f of scripts) expect(sw, f).toContain(`"${base}_astro/${f}"`);
    expect(sw).not.toContain('__WB_MANIFEST');
  });

  it('the kept roadmap lists every month and its task list, the print view, the search index and the scripts, all of which exist', () => {
    expect(list.urls.filter((u) => /\/roadmap\/month-\d+\/$/.test(u))).toHaveLength(18);
    expect(list.urls.filter((u) => /\/roadmap\/month-\d+\/tasks\.json$/.test(u))).toHaveLength(18);
    expect(list.urls).toContain(`${base}roadmap/print/`);
    expect(list.urls).toContain(`${base}pagefind/pagefind.js`);
    expect(list.urls.some((u) => u.includes('/pagefind/fragment/'))).toBe(true);
    for (const u of list.urls) {
      expect(u.startsWith(base), u).toBe(true);
      expect(existsSync(fileOf(u)), u).toBe(true);
    }
    const raw = list.urls.reduce((n, u) => n + statSync(fileOf(u)).size, 0);
    expect(list.bytes).toBeGreaterThan(0);
    expect(list.bytes).toBeLessThanOrEqual(raw);
  });

  it('the roadmap page states the size of what it keeps, and the version it keeps', () => {
    const roadmap = readFileSync(`${dir}/roadmap/index.html`, 'utf8');
    expect(roadmap).toContain(`<span data-keep-size>${formatBytes(list.bytes)}</span>`);
    expect(roadmap).toContain(`data-keep-version="${list.version}"`);
  });

  it('the offline page stands alone: no stylesheet or script file, not in the sitemap, not indexed', () => {
    const offline = loadPages(dir, base).find((p) => p.path === `${base}offline/`)!;
    expect(offline.root.querySelectorAll('script[src], link[rel="stylesheet"]')).toHaveLength(0);
    expect(offline.root.querySelector('meta[name="robots"]')?.getAttribute('content')).toBe('noindex');
    expect(readFileSync(`${dir}/sitemap-0.xml`, 'utf8')).not.toContain('/offline/');
  });

  it('every page and the host headers allow workers from the site itself only', () => {
    for (const p of loadPages(dir, base)) {
      const csp = parseCsp(p.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      expect(csp.get('worker-src'), p.path).toEqual(["'self'"]);
    }
    const header = /^ {2}Content-Security-Policy: (.+)$/m.exec(readFileSync(`${dir}/_headers`, 'utf8'))?.[1] ?? '';
    expect(parseCsp(header).get('worker-src')).toEqual(["'self'"]);
  });
});
