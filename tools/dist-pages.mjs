// Reads a built site (dist/) into memory for the checks that run over every page:
// links and anchors, SEO metadata, CSP and byte budgets. Plain ESM so tools and tests share it.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'node-html-parser';

/** Every file under `dir`, as paths relative to it with forward slashes. */
export function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(relative(dir, abs).split(sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

/** The site path a built HTML file is served at, under `base` ("/" or "/sub/"). */
export function urlPathOf(file, base = '/') {
  const p = file === 'index.html' ? '' : file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
  return `${base}${p}`;
}

/** Reads and parses every HTML page of a dist folder. */
function readPages(dir, base) {
  return listFiles(dir)
    .filter((f) => f.endsWith('.html'))
    .map((file) => {
      const html = readFileSync(join(dir, file), 'utf8');
      return { file, path: urlPathOf(file, base), html, root: parse(html) };
    });
}

/** @type {Map<string, ReturnType<typeof readPages>>} */
const parsed = new Map();
/**
 * Loads every HTML page of a dist folder, parsed. A built folder does not change while the checks
 * read it, so each folder is parsed once per process; callers only read the pages.
 */
export function loadPages(dir, base = '/') {
  const key = `${dir}\0${base}`;
  const pages = parsed.get(key) ?? readPages(dir, base);
  parsed.set(key, pages);
  return pages;
}

/**
 * Checks that every internal link, asset and #anchor of a built site resolves.
 * Returns problems as "page: message" strings.
 */
export function brokenLinks(dir, base = '/') {
  const files = new Set(listFiles(dir));
  const pages = loadPages(dir, base);
  const idsByPath = new Map(pages.map((p) => [p.path, new Set(p.root.querySelectorAll('[id]').map((el) => el.getAttribute('id')))]));
  const problems = [];
  const resolveFile = (pathname) => {
    if (!pathname.startsWith(base)) return undefined;
    const rel = decodeURIComponent(pathname.slice(base.length));
    if (rel === '' || rel.endsWith('/')) return files.has(`${rel}index.html`) ? `${rel}index.html` : undefined;
    return files.has(rel) ? rel : undefined;
  };
  for (const page of pages) {
    const refs = [
      ...page.root.querySelectorAll('a[href]').map((el) => ['href', el.getAttribute('href'), el]),
      ...page.root.querySelectorAll('link[href]').map((el) => ['href', el.getAttribute('href'), el]),
      ...page.root.querySelectorAll('[src]').map((el) => ['src', el.getAttribute('src'), el]),
      ...page.root.querySelectorAll('form[action]').map((el) => ['action', el.getAttribute('action'), el]),
    ];
    for (const [attr, value, el] of refs) {
      if (!value || /^(mailto:|tel:|data:)/.test(value)) continue;
      if (/^https?:\/\//.test(value)) {
        if (value.startsWith('http://')) problems.push(`${page.path}: ${attr}="${value}" is not https`);
        if (el.tagName === 'A' && el.getAttribute('target') === '_blank' && !/noopener/.test(el.getAttribute('rel') ?? ''))
          problems.push(`${page.path}: ${value} opens a new tab without rel="noopener"`);
        continue;
      }
      const url = new URL(value, `http://site${page.path}`);
      if (url.host !== 'site') continue;
      const target = url.pathname === page.path && value.startsWith('#') ? page.path : url.pathname;
      const file = resolveFile(target);
      if (!file) {
        problems.push(`${page.path}: ${attr}="${value}" does not resolve to a file`);
        continue;
      }
      if (url.hash && url.hash.length > 1 && file.endsWith('.html')) {
        const ids = idsByPath.get(urlPathOf(file, base));
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids?.has(id)) problems.push(`${page.path}: ${attr}="${value}" points at a missing anchor #${id}`);
      }
    }
  }
  return problems;
}
