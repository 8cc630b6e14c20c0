/**
 * Who stands behind the site, read at build time. `REPO_URL` is the public repository (issues and
 * contributors are linked from it); `MAINTAINERS` names the people who maintain the content, as
 * "Name" or "Name <https://profile>" separated by semicolons. Both are documented in README.md.
 */

/**
 * The repository URL without a trailing slash, or undefined when `REPO_URL` is not set: the site
 * never guesses an address (the GitHub Pages workflow sets it from the repository it runs in). A
 * value that is not an https URL fails the build, naming the variable.
 */
export function repoUrl(env: Record<string, string | undefined> = process.env): string | undefined {
  const raw = env['REPO_URL']?.trim();
  if (!raw) return undefined;
  if (!URL.canParse(raw) || !raw.startsWith('https://'))
    throw new Error(`REPO_URL: "${raw}" must be an https URL such as https://github.com/owner/repo`);
  return raw.replace(/\/+$/, '');
}

export interface Maintainer {
  name: string;
  url?: string | undefined;
}

/** The maintainers from `MAINTAINERS`, or none when it is not set. */
export function maintainers(env: Record<string, string | undefined> = process.env): Maintainer[] {
  return (env['MAINTAINERS'] ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => {
      const m = /^(.*?)\s*<(https:\/\/[^>\s]+)>$/.exec(s);
      return m ? { name: m[1]!, url: m[2]! } : { name: s };
    });
}

/** The links the About page offers, all derived from the repository URL. */
export function repoLinks(repo: string): { repo: string; issues: string; newIssue: string; contributors: string } {
  return { repo, issues: `${repo}/issues`, newIssue: `${repo}/issues/new`, contributors: `${repo}/graphs/contributors` };
}
