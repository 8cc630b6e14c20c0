import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { budgetFailures, budgets } from '../../tools/budgets.mjs';

describe('byte budgets over dist/', () => {
  const { failures, costs } = budgetFailures('dist', '/');

  it('every page stays within its first-visit budgets', () => {
    expect(costs.length).toBeGreaterThan(80);
    expect(failures).toEqual([]);
  });

  it('content pages fetch at most 4 requests and no JavaScript file before interaction', () => {
    for (const c of costs) {
      expect(c.requests, c.path).toBeLessThanOrEqual(budgets.requests);
      expect(c.fonts, c.path).toBe(0);
    }
    const skill = costs.find((c) => c.path === '/skills/technical/sql/')!;
    expect(skill.jsFiles).toBe(0);
  });
});

describe('budget failures name the page and the part over budget', () => {
  it('reports a page that is too heavy and has too much JavaScript', () => {
    const dir = mkdtempSync(join(tmpdir(), 'budget-'));
    mkdirSync(join(dir, 'heavy'));
    mkdirSync(join(dir, '_astro'));
    // Random bytes do not compress, so the gzip size stays large.
    writeFileSync(join(dir, '_astro', 'big.js'), randomBytes(6 * 1024).toString('base64'));
    writeFileSync(join(dir, 'heavy', 'index.html'), `<!doctype html><title>x</title><script type="module" src="/_astro/big.js"></script><p>${randomBytes(30 * 1024).toString('base64')}</p>`);
    const { failures } = budgetFailures(dir, '/');
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^\/heavy\/: first visit is \d+\.\d KiB gzip \(html \d+\.\d, css 0\.0, js \d+\.\d\), over 26 KiB$/);
    expect(failures[1]).toMatch(/^\/heavy\/: JavaScript before interaction is \d+\.\d KiB gzip, over 5 KiB$/);
  });
});
