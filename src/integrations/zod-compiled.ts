import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

const PREFIX = 'zod-compiled:';
const COMPILER = fileURLToPath(new URL('./zod-compile.ts', import.meta.url));

/**
 * `import isDoc from 'zod-compiled:../schemas/progress.ts?export=progressDocSchema'` gives a
 * validator for that zod/mini schema, generated at build time by zod's own compiler: the code zod's
 * JIT would build in the browser with `new Function`, which the site's CSP forbids. Pages check data
 * against the schema without shipping zod's runtime (about 7 KiB gzip) and get the same verdicts as
 * `schema.safeParse(value).success`. The schema file runs in a separate Node process
 * (src/integrations/zod-compile.ts), away from Vite's module runner.
 */
export function zodCompiled(): Plugin {
  const cache = new Map<string, { mtime: number; modules: Record<string, string> }>();
  return {
    name: 'healthcare-ai/zod-compiled',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const [path = '', query = ''] = source.slice(PREFIX.length).split('?');
      const resolved = await this.resolve(path, importer, { skipSelf: true });
      if (!resolved) return null;
      return `\0${PREFIX}${resolved.id}?${query}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [file = '', query = ''] = id.slice(PREFIX.length + 1).split('?');
      const name = new URLSearchParams(query).get('export');
      if (!name) throw new Error(`${file}: say which schema to compile, as zod-compiled:<file>?export=<name>`);
      this.addWatchFile(file);
      const mtime = statSync(file).mtimeMs;
      let entry = cache.get(file);
      if (entry?.mtime !== mtime) {
        const json = execFileSync(process.execPath, [COMPILER, file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
        entry = { mtime, modules: JSON.parse(json) as Record<string, string> };
        cache.set(file, entry);
      }
      const code = entry.modules[name];
      if (code === undefined) throw new Error(`${file}: no zod schema is exported as "${name}"`);
      return code;
    },
  };
}
