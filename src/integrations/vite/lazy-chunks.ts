import type { Plugin } from 'vite';

const PREFIX = 'lazy-chunk:';

/**
 * `import url from 'lazy-chunk:./search-dialog.ts'` gives the built URL of a separately bundled
 * chunk, so client code can `import(url)` on intent without Vite's preload helper, which would
 * otherwise add about 0.9 KiB gzip to every page. In dev the URL is the source module itself.
 *
 * `lazy-chunk:./progress-ui.ts?run` is for an importer that only runs the module and reads none
 * of its exports. When a code-splitting group has put the module in a shared chunk, the URL then
 * points at that chunk rather than at a one-line entry file that re-exports from it, which saves
 * a request and a round trip.
 */
export function lazyChunks(): Plugin {
  let isBuild = false;
  /** Emitted chunk reference → module id, for the `?run` imports. */
  const runOnly = new Map<string, string>();
  return {
    name: 'healthcare-ai/lazy-chunks',
    enforce: 'pre',
    configResolved(config) {
      isBuild = config.command === 'build';
    },
    async resolveId(source, importer) {
      if (!source.startsWith(PREFIX)) return null;
      const [path = '', query] = source.slice(PREFIX.length).split('?');
      const resolved = await this.resolve(path, importer, { skipSelf: true });
      if (!resolved) return null;
      return `\0${PREFIX}${resolved.id}${query === 'run' ? '?run' : ''}`;
    },
    load(id) {
      if (!id.startsWith(`\0${PREFIX}`)) return null;
      const [file = '', query] = id.slice(PREFIX.length + 1).split('?');
      if (!isBuild) return `export default ${JSON.stringify(`/@fs${file}`)};`;
      const ref = this.emitFile({ type: 'chunk', id: file });
      if (query === 'run') runOnly.set(ref, file);
      return `export default import.meta.ROLLUP_FILE_URL_${ref};`;
    },
    generateBundle(_, bundle) {
      for (const [ref, file] of runOnly) {
        const entry = this.getFileName(ref);
        const home = Object.values(bundle).find((c) => c.type === 'chunk' && c.moduleIds.includes(file));
        if (!home || home.fileName === entry) continue;
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') chunk.code = chunk.code.replaceAll(entry, home.fileName);
        delete bundle[entry];
      }
    },
  };
}
