import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenLinks, loadPages } from '../../tools/dist-pages.mjs';

interface Page {
  file: string;
  path: string;
  html: string;
  root: import('node-html-parser').HTMLElement;
}

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-sub', base: '/sub/' },
];
for (const b of builds) {
  if (!existsSync(b.dir)) throw new Error(`${b.dir}/ is missing: run \`npm run build\` and \`npm run build:sub\` first`);
}
const pages: Page[] = loadPages('dist', '/');
// The 404 and offline pages stand in for other pages (the offline page is what the service worker
// shows for a page not kept on the device): no canonical URL, breadcrumbs or sitemap entry.
const contentPages = pages.filter((p) => p.file !== '404.html' && p.file !== 'offline/index.html');
const meta = (p: Page, selector: string, attr = 'content') => p.root.querySelector(selector)?.getAttribute(attr);

describe('links', () => {
  for (const b of builds) {
    it(`every internal link, asset and #anchor resolves in ${b.dir}/ (base ${b.base})`, () => {
      expect(brokenLinks(b.dir, b.base)).toEqual([]);
    }, 60_000); // reads every page of the build; a busy machine takes several seconds
  }

  it('the base-path build links under the base path only', () => {
    const sub: Page[] = loadPages('dist-sub', '/sub/');
    const home = sub.find((p) => p.path === '/sub/')!;
    const internal = home.root
      .querySelectorAll('a[href]')
      .map((a) => a.getAttribute('href')!)
      .filter((h) => h.startsWith('/'));
    expect(internal.length).toBeGreaterThan(20);
    expect(internal.filter((h) => !h.startsWith('/sub/'))).toEqual([]);
  });
});

describe('glossary links in skill prose', () => {
  const skillPages = contentPages.filter((p) => /^\/skills\/[^/]+\/[^/]+\/$/.test(p.path));
  const termLinks = (p: Page) => p.root.querySelectorAll('.prose a.term-link');

  it('the first use of a term in a skill page links to its definition', () => {
    expect(skillPages.length).toBeGreaterThanOrEqual(30);
    const fhir = skillPages.find((p) => p.path === '/skills/domain/hl7-fhir/')!;
    const first = termLinks(fhir)[0]!;
    expect(first.text).toBe('FHIR');
    expect(first.getAttribute('href')).toBe('/glossary/fhir/');
    const hipaa = skillPages.find((p) => p.path === '/skills/domain/hipaa/')!;
    expect(termLinks(hipaa).map((a) => a.getAttribute('href'))).toContain('/glossary/phi/');
  });

  it('every skill page links at least one term, each term once, never inside a heading', () => {
    for (const p of skillPages) {
      const hrefs = termLinks(p).map((a) => a.getAttribute('href')!);
      expect(hrefs.length, p.path).toBeGreaterThan(0);
      expect(new Set(hrefs).size, `${p.path} links a term twice`).toBe(hrefs.length);
      expect(p.root.querySelectorAll('.prose h2 a.term-link, .prose h3 a.term-link, .prose h4 a.term-link').length, p.path).toBe(0);
    }
  });
});

describe('SEO and sharing', () => {
  it('every page has a unique title and a unique description', () => {
    const titles = new Map<string, string>();
    const descriptions = new Map<string, string>();
    const dupes: string[] = [];
    for (const p of pages) {
      const title = p.root.querySelector('title')?.text.trim() ?? '';
      const description = meta(p, 'meta[name="description"]') ?? '';
      expect(title.length, `${p.path} title`).toBeGreaterThan(5);
      expect(description.length, `${p.path} description`).toBeGreaterThan(40);
      if (titles.has(title)) dupes.push(`title "${title}" on ${titles.get(title)} and ${p.path}`);
      if (descriptions.has(description)) dupes.push(`description on ${descriptions.get(description)} and ${p.path}`);
      titles.set(title, p.path);
      descriptions.set(description, p.path);
    }
    expect(dupes).toEqual([]);
  });

  it('every page has a canonical URL, Open Graph and Twitter tags', () => {
    for (const p of contentPages) {
      expect(meta(p, 'link[rel="canonical"]', 'href'), p.path).toMatch(/^https:\/\/.+\/$/);
      expect(meta(p, 'meta[property="og:title"]'), p.path).toBeTruthy();
      expect(meta(p, 'meta[property="og:description"]'), p.path).toBeTruthy();
      expect(meta(p, 'meta[name="twitter:card"]'), p.path).toBe('summary');
    }
  });

  const ldTypes = (p: Page) =>
    p.root.querySelectorAll('script[type="application/ld+json"]').map((s) => (JSON.parse(s.text) as { '@type': string })['@type']);

  it('entries carry BreadcrumbList JSON-LD; the roadmap a Course; the glossary a DefinedTermSet; certifications a credential', () => {
    for (const p of contentPages.filter((p) => p.path !== '/')) expect(ldTypes(p), p.path).toContain('BreadcrumbList');
    expect(ldTypes(pages.find((p) => p.path === '/roadmap/')!)).toContain('Course');
    expect(ldTypes(pages.find((p) => p.path === '/glossary/')!)).toContain('DefinedTermSet');
    expect(ldTypes(pages.find((p) => p.path === '/certifications/aws-ml-specialty/')!)).toContain('EducationalOccupationalCredential');
  });

  it('has a sitemap, robots.txt pointing at it, and a web manifest', () => {
    const robots = readFileSync('dist/robots.txt', 'utf8');
    expect(robots).toMatch(/^Sitemap: https:\/\/.+\/sitemap-index\.xml$/m);
    expect(existsSync('dist/sitemap-index.xml')).toBe(true);
    const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
    expect((sitemap.match(/<loc>/g) ?? []).length).toBe(contentPages.length);
    const manifest = JSON.parse(readFileSync('dist/manifest.webmanifest', 'utf8')) as { name: string; icons: unknown[] };
    expect(manifest.name).toBe('Healthcare AI Skills Matrix');
    expect(manifest.icons.length).toBeGreaterThan(0);
  });
});

describe('security', () => {
  it('every page has a hash-based CSP without unsafe-inline scripts, and every inline script is hashed', async () => {
    const { createHash } = await import('node:crypto');
    for (const p of pages) {
      const csp = meta(p, 'meta[http-equiv="content-security-policy"]') ?? '';
      expect(csp, p.path).toMatch(/script-src 'self'/);
      expect(csp, p.path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      for (const s of p.root.querySelectorAll('script:not([src])')) {
        if (s.getAttribute('type')?.startsWith('application/')) continue; // data, not script
        const hash = createHash('sha256').update(s.innerHTML).digest('base64');
        expect(csp, `${p.path}: inline script not in the CSP`).toContain(`'sha256-${hash}'`);
      }
    }
  });

  it('the CSP comes first in every head, so it covers every element after the charset', () => {
    for (const p of pages) expect(p.html, p.path).toMatch(/<head><meta charset="utf-8"><meta http-equiv="content-security-policy"/);
  });

  it('no page uses inline event handlers or loads anything from another origin', () => {
    for (const p of pages) {
      const handlers = p.root.querySelectorAll('*').filter((el) => Object.keys(el.attributes).some((a) => /^on[a-z]+$/i.test(a)));
      expect(handlers.map((el) => el.tagName), p.path).toEqual([]);
      const external = [
        ...p.root.querySelectorAll('script[src], img[src], iframe[src], source[src]').map((el) => el.getAttribute('src')!),
        ...p.root.querySelectorAll('link[href]').filter((el) => el.getAttribute('rel') !== 'canonical').map((el) => el.getAttribute('href')!),
      ].filter((u) => /^(https?:)?\/\//.test(u));
      expect(external, p.path).toEqual([]);
    }
  });
});
