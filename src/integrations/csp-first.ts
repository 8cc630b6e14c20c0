import type { AstroIntegration } from 'astro';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSP_META = /<meta http-equiv="content-security-policy"[^>]*>/i;
const CHARSET = /<meta charset="utf-8">/i;

/** `html` with its CSP meta tag moved to just after the charset declaration, or as it was. */
export function cspFirst(html: string): string {
  const meta = CSP_META.exec(html)?.[0];
  if (!meta || !CHARSET.test(html)) return html;
  return html.replace(meta, '').replace(CHARSET, (charset) => `${charset}${meta}`);
}

/**
 * Astro writes the CSP meta tag late in the head, after the theme script and a dozen other
 * elements. A policy covers only what follows it, so this moves it to the front of every built
 * page (after `<meta charset>`, which must come within the first 1,024 bytes).
 */
export default function cspFirstIntegration(): AstroIntegration {
  return {
    name: 'healthcare-ai/csp-first',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.html'));
        await Promise.all(
          files.map(async (f) => {
            const html = await readFile(join(root, f), 'utf8');
            const moved = cspFirst(html);
            if (moved !== html) await writeFile(join(root, f), moved);
          }),
        );
      },
    },
  };
}
