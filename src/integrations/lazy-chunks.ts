import type { Plugin } from 'vite';

const PREFIX = 'lazy-chunk:';

/**
 * `import url from 'lazy-chunk:./search-dialog.ts'` gives the built URL of a separately bundled
 * chunk, so client code can `import(url)` on intent without Vite's preload helper, which would
 * otherwise add about 0.9 KiB gzip to every page. In dev the URL is the source module itself.
 */
export function lazyChunks(): Plugin {
  let isBuild = false;
  return {
    name: 'healthcare-ai/lazy-chunks',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const resolved = await this.resolve(source.slice(PREFIX.length), importer, { skipSelf: true });
      if (!resolved) return null;
      return `\0${PREFIX}${resolved.id}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const file = id.slice(PREFIX.length + 1);
      if (!isBuild) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
  };
}
