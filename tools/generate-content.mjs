// Writes a scaled copy of content/ to a temporary folder, for build and search benchmarks.
// Usage: node tools/generate-content.mjs <scale=1> [outDir]   (prints the folder it wrote)
//
// Scale N keeps every real entry and adds N-1 replicas of each skill: `<id>-x2` … `<id>-xN`, in
// the same category folder, with prerequisites remapped to the copies in the same replica (so the
// prerequisite graph stays acyclic) and glossary references unchanged. The roadmap keeps exactly
// 18 months (the schema requires 1..18); each month instead gets the replicas of its tasks
// (`<task>-x2` …, each building the copied skill) and of its skill list. Every role lists a level
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

  // Months: still exactly 18; tasks and skills grow with the replicas.
  const monthsDir = join(srcDir, 'months');
  mkdirSync(join(dir, 'months'), { recursive: true });
  const monthFiles = readdirSync(monthsDir)
    .filter((n) => /^month-\d+\.mdx$/.test(n))
    .sort();
  if (monthFiles.length !== 18) throw new Error(`expected 18 month files in ${monthsDir}, found ${monthFiles.length}`);
  let taskCount = 0;
  for (const name of monthFiles) {
    const file = join(monthsDir, name);
    const { fm, body } = splitFrontMatter(readFileSync(file, 'utf8'), file);
    const skillsAt = keyLine(fm, 'skills');
    const skills = flowList(fm[skillsAt], 'skills', file);
    const lines = [...fm];
    lines[skillsAt] = `skills: [${Array.from({ length: scale }, (_, i) => skills.map((s) => replicaId(s, i + 1)))
      .flat()
      .join(', ')}]`;
    // The tasks block runs from "tasks:" to the next top-level key.
    const start = keyLine(lines, 'tasks');
    let end = start + 1;
    while (end < lines.length && !/^[A-Za-z_][\w-]*:/.test(lines[end])) end++;
    const block = lines.slice(start + 1, end);
    const tasks = [];
    let current;
    for (const l of block) {
      const id = /^\s*-\s+id:\s*(\S+)\s*$/.exec(l);
      if (id) tasks.push((current = { id: id[1] }));
      else if (current) {
        const kv = /^\s+(text|hours|skill):\s*(.*?)\s*$/.exec(l);
        if (kv) current[kv[1]] = kv[1] === 'text' ? JSON.parse(kv[2].replace(/^'(.*)'$/, (_, s) => JSON.stringify(s))) : kv[2];
      }
    }
    if (!tasks.length || tasks.some((t) => !t.text || !t.hours)) throw new Error(`${file}: could not read the tasks block`);
    const extra = [];
    for (let r = 2; r <= scale; r++)
      for (const t of tasks) {
        extra.push(`  - id: ${replicaId(t.id, r)}`, `    text: ${JSON.stringify(`${t.text} (replica ${r})`)}`, `    hours: ${t.hours}`);
        if (t.skill) extra.push(`    skill: ${replicaId(t.skill, r)}`);
      }
    lines.splice(end, 0, ...extra);
    taskCount += tasks.length * scale;
    writeFileSync(join(dir, 'months', name), `---\n${lines.join('\n')}\n---${body}`);
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
    let end = start + 1;
    while (end < lines.length && /^\s+\S/.test(lines[end])) end++;
    const levels = lines.slice(start + 1, end).map((l) => /^\s+([a-z0-9-]+):\s*(\d)\s*$/.exec(l));
    if (start < 0 || levels.some((m) => !m)) throw new Error(`${file}: could not read the levels block`);
    const extra = [];
    for (let r = 2; r <= scale; r++) for (const m of levels) extra.push(`  ${replicaId(m[1], r)}: ${m[2]}`);
    lines.splice(end, 0, ...extra);
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
