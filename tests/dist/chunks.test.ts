/**
 * What the bundling plugins promise, checked on the real build: every chunk URL that page code
 * loads exists, and the progress code a page runs before any interaction arrives as one file that
 * holds it (src/integrations/vite/chunks.ts declares which modules go there), not as a
 * re-exporting entry that costs a second request.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../../tools/dist-pages.mjs';

const month = loadPages('dist', '/').find((p) => p.path === '/roadmap/month-1/')!;
const siteScript = month.root.querySelectorAll('script:not([src])').map((s) => s.innerHTML).find((s) => s.includes('/_astro/'))!;
const urls = (code: string) => [...code.matchAll(/["'`](\/_astro\/[\w.-]+\.js)["'`]/g)].map((m) => m[1]!);

describe('chunks loaded by page code', () => {
  it('every chunk URL in the site script and in the chunks themselves exists', () => {
    const files = readdirSync('dist/_astro').filter((f) => f.endsWith('.js'));
    const all = [siteScript, ...files.map((f) => readFileSync(join('dist/_astro', f), 'utf8'))].flatMap(urls);
    expect(all.length).toBeGreaterThan(5);
    for (const u of all) expect(existsSync(join('dist', u)), u).toBe(true);
  });

  it('a page with progress loads the progress code itself in one file, with the rules it needs', () => {
    const progress = urls(siteScript).map((u) => readFileSync(join('dist', u), 'utf8')).find((c) => c.includes('data-progress-tasks'));
    expect(progress, 'no chunk the site script loads renders progress').toBeDefined();
    // The page-load guard and the calendar-day rule travel with it, not in a file of their own.
    expect(progress).toContain('hasm-progress');
    expect(progress).toContain(String.raw`(\d{4})-(\d{2})-(\d{2})`);
    // Its static imports, if any, would be extra requests before interaction.
    expect(progress).not.toMatch(/^import\s*[{*\w]/m);
  });
});
