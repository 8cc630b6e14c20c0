import { describe, expect, it } from 'vitest';
import { maintainers, repoLinks, repoUrl } from '../../src/lib/site-info';

describe('who stands behind the site, from build-time settings', () => {
  it('links the repository from REPO_URL without a trailing slash, and guesses none when it is not set', () => {
    expect(repoUrl({ REPO_URL: 'https://github.com/acme/matrix/' })).toBe('https://github.com/acme/matrix');
    expect(repoUrl({})).toBeUndefined();
    expect(repoUrl({ REPO_URL: '  ' })).toBeUndefined();
    expect(repoLinks('https://github.com/acme/matrix').newIssue).toBe('https://github.com/acme/matrix/issues/new');
  });
  it('fails the build, naming the variable, when REPO_URL is not an https URL', () => {
    expect(() => repoUrl({ REPO_URL: 'http://github.com/acme/matrix' })).toThrow(
      'REPO_URL: "http://github.com/acme/matrix" must be an https URL such as https://github.com/owner/repo',
    );
  });
  it('reads maintainers with optional profile links', () => {
    expect(maintainers({ MAINTAINERS: 'Ana Diaz <https://github.com/ana>; Bo Li' })).toEqual([
      { name: 'Ana Diaz', url: 'https://github.com/ana' },
      { name: 'Bo Li' },
    ]);
    expect(maintainers({})).toEqual([]);
  });
});
