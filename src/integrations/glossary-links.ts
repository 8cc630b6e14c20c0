import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { YAMLError, parse } from 'yaml';
import type { HastPluginEntry, PluginFactoryContext } from 'satteri';
import type { Element, Parents, Text } from 'hast';
import { glossaryMatcher, type LinkableTerm } from '../lib/glossary-links';
import { routes, withBase } from '../lib/paths';

/** Prose inside these is never linked: links, code, headings and what is already a term. */
const SKIP = new Set(['a', 'code', 'pre', 'kbd', 'abbr', 'dfn', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Parses a YAML file the config reads itself. A syntax error names the file, line and column:
 * Astro would otherwise only say "Unable to load your Astro config".
 */
function readYamlFile(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    if (!(error instanceof YAMLError)) throw error;
    const at = error.linePos ? `:${error.linePos[0].line}:${error.linePos[0].col}` : '';
    throw new Error(
      `${path}${at}: this YAML file cannot be read (${error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '')})`,
      { cause: error },
    );
  }
}

/**
 * Reads term, expansion and id from `<contentDir>/glossary/*.yaml`. The content collection
 * validates these files; a file without a `term` here is left for its schema to report.
 */
export function readGlossaryTerms(contentDir: string): LinkableTerm[] {
  const dir = join(contentDir, 'glossary');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.yaml'))
    .flatMap((file) => {
      const data = readYamlFile(join(dir, file));
      if (!data || typeof data !== 'object' || !('term' in data) || typeof data.term !== 'string') return [];
      const expansion = 'expansion' in data && typeof data.expansion === 'string' ? data.expansion : undefined;
      return [{ id: file.replace(/\.yaml$/, ''), term: data.term, expansion }];
    });
}

/**
 * A Sätteri hast plugin for skill pages: the first use of each glossary term in the prose links
 * to the term's page, so a career changer meeting "PHI" or "LOINC" is one click from a plain
 * definition. Headings, links and code are left alone.
 */
export function glossaryLinks({ terms, base }: { terms: readonly LinkableTerm[]; base: string }): HastPluginEntry {
  const matcher = glossaryMatcher(terms);
  return (context: PluginFactoryContext) => {
    if (!context.fileURL?.pathname.includes('/skills/')) return null;
    const linked = new Set<string>();
    return {
      name: 'glossary-first-use-links',
      text(node: Readonly<Text>, ctx) {
        for (let parent: Readonly<Parents> | undefined = ctx.parent(node); parent && parent.type !== 'root'; parent = ctx.parent(parent)) {
          if (parent.type === 'element' && SKIP.has(parent.tagName)) return;
        }
        const segments = matcher.link(node.value, linked);
        if (segments.every((segment) => typeof segment === 'string')) return;
        ctx.replaceNode(
          node,
          segments.map((segment): Text | Element =>
            typeof segment === 'string'
              ? { type: 'text', value: segment }
              : {
                  type: 'element',
                  tagName: 'a',
                  properties: { href: withBase(base, routes.term(segment.id)), className: ['term-link'] },
                  children: [{ type: 'text', value: segment.text }],
                },
          ),
        );
      },
    };
  };
}
