import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { categorySchema } from './schemas/categories';
import { certificationSchema } from './schemas/certifications';
import { dateFactSchema } from './schemas/facts';
import { glossarySchema } from './schemas/glossary';
import { monthSchema } from './schemas/months';
import { phaseSchema } from './schemas/phases';
import { roleSchema } from './schemas/roles';
import type { RefFactory } from './schemas/shared';
import { skillSchema } from './schemas/skills';

// Wiring only: where each collection lives and which schema validates it.
const ref = reference as unknown as RefFactory;
/** Ids are file names, so `content/skills/technical/sql.mdx` is the skill `sql`. */
const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');
/** CONTENT_DIR lets benchmarks build the site from generated content in a temporary folder. */
const root = process.env['CONTENT_DIR'] ?? './content';
const from = (dir: string, pattern: string) => glob({ base: `${root}/${dir}`, pattern, generateId: byFileName });

export const collections = {
  categories: defineCollection({ loader: from('categories', '*.md'), schema: categorySchema() }),
  skills: defineCollection({ loader: from('skills', '*/*.mdx'), schema: skillSchema(ref) }),
  phases: defineCollection({ loader: from('phases', '*.md'), schema: phaseSchema() }),
  months: defineCollection({ loader: from('months', 'month-*.mdx'), schema: monthSchema(ref) }),
  certifications: defineCollection({ loader: from('certifications', '*.md'), schema: certificationSchema(ref) }),
  roles: defineCollection({ loader: from('roles', '*.yaml'), schema: roleSchema(ref) }),
  glossary: defineCollection({ loader: from('glossary', '*.yaml'), schema: glossarySchema(ref) }),
  facts: defineCollection({ loader: from('facts', '*.yaml'), schema: dateFactSchema() }),
};
