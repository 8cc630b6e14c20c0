import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * Chunks declared by the modules they hold. Every page that shows progress needs all of the
 * `progress` modules at once, so they travel in one file (site.ts loads it with
 * `lazy-chunk:./progress-ui.ts?run`), keeping those pages within 4 KiB of JavaScript in a single
 * request. What changes progress (the store and its write path) is left out on purpose: it is
 * progress-live.ts's own chunk (`live`), which progress-ui.ts loads on intent; the migration of
 * older documents travels with the store that runs it, so the repair code (loaded only by the
 * store) never needs a file of its own for it. Modules are named by their
 * path from the project root; a renamed or moved file fails the build here instead of silently
 * changing the bundles.
 */
export const declaredChunks: Record<string, readonly string[]> = {
  progress: [
    'src/scripts/progress-ui.ts',
    'src/lib/progress/doc.ts',
    'src/lib/roadmap-data.ts',
    'src/lib/rules.ts',
    'src/lib/calendar-day.ts',
    'src/lib/paths.ts',
  ],
  live: ['src/scripts/progress-live.ts', 'src/lib/progress/store.ts', 'src/lib/progress/migrate.ts'],
};

const root = fileURLToPath(new URL('../../../', import.meta.url));
/** A module id as a path from the project root, with forward slashes. */
const fromRoot = (id: string) => id.replaceAll('\\', '/').replace(root.replaceAll('\\', '/'), '');

/**
 * The modules of `declared` that are not in the output chunk named after their group, as
 * "module (in chunk X)" lines; empty when every module landed where it was declared.
 */
export function misplacedModules(
  declared: Record<string, readonly string[]>,
  chunks: readonly { name: string; moduleIds: readonly string[] }[],
): string[] {
  const home = new Map(chunks.flatMap((c) => c.moduleIds.map((id) => [fromRoot(id), c.name] as const)));
  const all = Object.values(declared).flat();
  const twice = all.filter((m, i) => all.indexOf(m) !== i).map((m) => `${m} (declared in more than one chunk)`);
  return twice.concat(
    ...Object.entries(declared).map(([name, modules]) =>
      modules
        .filter((m) => home.get(m) !== name)
        .map((m) => `${m} (in ${home.has(m) ? `chunk "${home.get(m)}"` : 'no chunk: is the path right?'})`),
    ),
  );
}

/** Groups the declared modules into their chunks, and fails the build if one lands elsewhere. */
export function chunks(declared = declaredChunks): Plugin {
  const groupOf = new Map(Object.entries(declared).flatMap(([name, ms]) => ms.map((m) => [m, name] as const)));
  return {
    name: 'healthcare-ai/chunks',
    apply: 'build',
    config: () => ({
      build: {
        rolldownOptions: {
          output: {
            codeSplitting: {
              groups: Object.keys(declared).map((name) => ({ name, test: (id: string) => groupOf.get(fromRoot(id)) === name })),
            },
          },
        },
      },
    }),
    generateBundle(_, bundle) {
      const out = Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [{ name: c.name, moduleIds: c.moduleIds }] : []));
      // The server build holds no client chunks; only a build with the client code is checked.
      if (!out.some((c) => c.moduleIds.some((id) => fromRoot(id) === 'src/scripts/progress-ui.ts'))) return;
      const wrong = misplacedModules(declared, out);
      if (wrong.length) this.error(`Modules outside their declared chunk (src/integrations/vite/chunks.ts):\n  ${wrong.join('\n  ')}`);
    },
  };
}
