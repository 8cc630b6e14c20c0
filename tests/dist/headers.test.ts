/**
 * Host configuration generated with the build (src/integrations/deploy-headers.ts): the CSP a host
 * sends as a header is exactly each page's meta CSP plus frame-ancestors, and long cache lifetimes
 * apply only to hashed assets.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsp } from '../../src/integrations/deploy-headers';
import { loadPages } from '../../tools/dist-pages.mjs';

const builds = [
  { dir: 'dist', base: '/' },
  { dir: 'dist-sub', base: '/sub/' },
];

describe.each(builds)('host headers for $dir', ({ dir, base }) => {
  const headers = readFileSync(`${dir}/_headers`, 'utf8');
  const nginx = readFileSync(`${dir}/_nginx-headers.conf`, 'utf8');
  const headerCsp = /^ {2}Content-Security-Policy: (.+)$/m.exec(headers)?.[1];
  const pages = loadPages(dir, base);

  it('send a CSP that agrees with every page’s own, plus frame-ancestors none', () => {
    const header = parseCsp(headerCsp ?? '');
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    const allowed = new Map<string, Set<string>>();
    for (const p of pages) {
      const meta = parseCsp(p.root.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '');
      expect([...meta.keys(), 'frame-ancestors'].sort(), p.path).toEqual([...header.keys()].sort());
      for (const [name, sources] of meta) {
        // The same keywords and hosts; every hash of the page's own inline code is allowed.
        expect(header.get(name)!.filter((s) => !s.startsWith("'sha256-")), `${p.path} ${name}`).toEqual(sources.filter((s) => !s.startsWith("'sha256-")));
        for (const s of sources) (allowed.get(name) ?? allowed.set(name, new Set()).get(name)!).add(s);
      }
    }
    // Nothing beyond what some page needs.
    for (const [name, sources] of header) if (name !== 'frame-ancestors') expect(new Set(sources), name).toEqual(allowed.get(name));
    expect(nginx).toContain(`add_header Content-Security-Policy "${headerCsp}" always;`);
  });

  it('send HSTS, a referrer policy, a permissions policy and nosniff', () => {
    for (const h of ['Strict-Transport-Security: max-age=', 'Referrer-Policy: strict-origin-when-cross-origin', 'Permissions-Policy: camera=()', 'X-Content-Type-Options: nosniff'])
      expect(headers).toContain(h);
    for (const h of ['Strict-Transport-Security', 'Referrer-Policy', 'Permissions-Policy', 'X-Content-Type-Options']) expect(nginx).toContain(`add_header ${h} `);
  });

  it('keep hashed assets for a year and leave pages to revalidate', () => {
    const block = (path: string) => new RegExp(`^${path.replaceAll('*', '\\*')}\\n((?: {2}.+\\n?)*)`, 'm').exec(headers)?.[1] ?? '';
    expect(block(`${base}_astro/*`)).toContain('Cache-Control: public, max-age=31536000, immutable');
    // Netlify and Cloudflare join the values of every rule that matches, so the catch-all sets none.
    expect(block(`${base}*`)).toContain('Content-Security-Policy:');
    expect(block(`${base}*`)).not.toContain('Cache-Control');
  });
});
