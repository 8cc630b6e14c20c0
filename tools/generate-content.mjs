// Writes a scaled copy of content/ to a temporary folder, for build and search benchmarks.
// Usage: node tools/generate-content.mjs <scale=1> [outDir]   (prints the folder it wrote)
//
// Scale N keeps every real entry and adds N-1 replicas of each skill: `<id>-x2` … `<id>-xN`, in
// the same category folder, with prerequisites remapped to the copies in the same replica (so the
// prerequisite graph stays acyclic) and glossary references unchanged. The roadmap's 18 months are
// copied unchanged: the time model caps each month's hours, so replicas are skills the roadmap does
// not schedule (pages scale with skills, not with tasks). Every role lists a level
// for every skill id (copies take the original's level). Categories, phases, certifications, facts and
// the glossary are copied unchanged. Only text edits on the files' front matter, no YAML library.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Splits an .md/.mdx file into front matter lines and the rest. */
function splitFrontMatter(text, file) {
  const m = /^---\r?\n([\s\S]*?)\r?\n---(\r?\n[\s\S]*)$/.exec(text);
  if (!m) throw new Error(`${file}: no front matter`);
  return { fm: m[1].split('\n'), body: m[2] };
}

/** Parses a one-line YAML flow list of ids: `[a, b-c]`. */
function flowList(line, key, file) {
  const m = new RegExp(`^${key}:\\s*\\[(.*)\\]\\s*$`).exec(line);
  if (!m) throw new Error(`${file}: expected "${key}: [..]" on one line, found: ${line}`);
  return m[1]
    .split(',')
    .map((s) => s.trim().replace(/^["']|["']$/g, ''))
    .filter(Boolean);
}

const replicaId = (id, r) => (r === 1 ? id : `${id}-x${r}`);

/** Index of the line that starts a top-level key, or -1. */
const keyLine = (lines, key) => lines.findIndex((l) => l.startsWith(`${key}:`));

/**
 * Generates content at `scale` × the real number of skills into `outDir` (a new folder under
 * os.tmpdir() when omitted). Returns { dir, skills, tasks, months }.
 */
export function generateContent(scale = 1, outDir, srcDir = join(root, 'content')) {
  if (!Number.isInteger(scale) || scale < 1) throw new Error(`scale must be a positive integer, got ${scale}`);
  const dir = outDir ?? mkdtempSync(join(tmpdir(), `skills-content-x${scale}-`));
  mkdirSync(dir, { recursive: true });
  for (const same of ['categories', 'phases', 'certifications', 'glossary', 'facts'])
    cpSync(join(srcDir, same), join(dir, same), { recursive: true });

  // Skills: originals plus replicas 2..scale in the same category folder.
  const skillIds = [];
  const skillsDir = join(srcDir, 'skills');
  for (const category of readdirSync(skillsDir).sort()) {
    const from = join(skillsDir, category);
    const to = join(dir, 'skills', category);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from)
      .filter((n) => n.endsWith('.mdx'))
      .sort()) {
      const file = join(from, name);
      const id = name.replace(/\.mdx$/, '');
      const text = readFileSync(file, 'utf8');
      const { fm, body } = splitFrontMatter(text, file);
      const prereqAt = keyLine(fm, 'prerequisites');
      const titleAt = keyLine(fm, 'title');
      const orderAt = keyLine(fm, 'order');
      if (titleAt < 0 || orderAt < 0) throw new Error(`${file}: needs title and order lines`);
      const prereqs = prereqAt >= 0 ? flowList(fm[prereqAt], 'prerequisites', file) : [];
      const order = Number(/^order:\s*(\d+)/.exec(fm[orderAt])?.[1]);
      const title = JSON.parse(
        fm[titleAt]
          .slice('title:'.length)
          .trim()
          .replace(/^'(.*)'$/, (_, s) => JSON.stringify(s)),
      );
      for (let r = 1; r <= scale; r++) {
        const lines = [...fm];
        if (r > 1) {
          lines[titleAt] = `title: ${JSON.stringify(`${title} (copy ${r})`)}`;
          lines[orderAt] = `order: ${order + (r - 1) * 1000}`;
          if (prereqAt >= 0) lines[prereqAt] = `prerequisites: [${prereqs.map((p) => replicaId(p, r)).join(', ')}]`;
        }
        writeFileSync(join(to, `${replicaId(id, r)}.mdx`), `---\n${lines.join('\n')}\n---${body}`);
        skillIds.push(replicaId(id, r));
      }
    }
  }

  // Months: exactly 18, copied unchanged. A month's hours are capped by the time model (and its
  // levels reached follow from them), so replicas are not scheduled: they are skills to browse,
  // search and rate, as a skill the roadmap does not teach is.
  const monthsDir = join(srcDir, 'months');
  const monthFiles = readdirSync(monthsDir)
    .filter((n) => /^month-\d+\.mdx$/.test(n))
    .sort();
  if (monthFiles.length !== 18) throw new Error(`expected 18 month files in ${monthsDir}, found ${monthFiles.length}`);
  cpSync(monthsDir, join(dir, 'months'), { recursive: true });
  let taskCount = 0;
  for (const name of monthFiles) {
    const file = join(monthsDir, name);
    taskCount += splitFrontMatter(readFileSync(file, 'utf8'), file).fm.filter((l) => /^\s*-\s+id:\s*\S+\s*$/.test(l)).length;
  }

  // Roles: a level for every skill id; copies take the original's level.
  const rolesDir = join(srcDir, 'roles');
  mkdirSync(join(dir, 'roles'), { recursive: true });
  for (const name of readdirSync(rolesDir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()) {
    const file = join(rolesDir, name);
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = keyLine(lines, 'levels');
    if (start < 0) throw new Error(`${file}: could not read the levels block`);
    let end = start + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end])) end++;
    // `levels` holds one block per stage (entry, experienced); each block's copies go at its end.
    const region = [];
    for (let i = start + 1; i < end;) {
      if (!/^ {2}[a-z]+:\s*$/.test(lines[i])) throw new Error(`${file}: could not read the levels block`);
      region.push(lines[i++]);
      const levels = [];
      for (; i < end && /^ {4}\S/.test(lines[i]); i++) {
        const m = /^ {4}([a-z0-9-]+):\s*(\d)\s*$/.exec(lines[i]);
        if (!m) throw new Error(`${file}: could not read the levels block`);
        levels.push(m);
        region.push(lines[i]);
      }
      if (!levels.length) throw new Error(`${file}: could not read the levels block`);
      for (let r = 2; r <= scale; r++) for (const m of levels) region.push(`    ${replicaId(m[1], r)}: ${m[2]}`);
    }
    if (!region.length) throw new Error(`${file}: could not read the levels block`);
    lines.splice(start + 1, end - start - 1, ...region);
    writeFileSync(join(dir, 'roles', name), lines.join('\n'));
  }
  return { dir, skills: skillIds.length, tasks: taskCount, months: monthFiles.length };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const scale = Number(process.argv[2] ?? 1);
  const out = process.argv[3] ? resolve(process.argv[3]) : undefined;
  const result = generateContent(scale, out);
  console.log(`${result.dir}  (${result.skills} skills, ${result.tasks} tasks in ${result.months} months)`);
}
