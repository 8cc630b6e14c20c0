/**
 * The worker's cache upkeep after a deploy, as a pure function (unit-tested in
 * tests/unit/offline.test.ts): which cached scripts from older builds can go.
 */

/**
 * The cached scripts (`old`, URLs of built scripts the current build does not have) that nothing
 * kept still needs: a script stays while a kept page names it, or another script that stays does
 * (chunks import each other by file name). `pageTexts` are the kept pages' HTML; `scriptText`
 * reads a cached script. Built names carry a content hash, so a name found in a text is that file.
 */
export async function unneededScripts(
  old: readonly string[],
  pageTexts: readonly string[],
  scriptText: (url: string) => Promise<string>,
): Promise<string[]> {
  // Pages name scripts as `/_astro/<file>`, chunks as `./<file>`: the slash keeps names whole.
  const name = (url: string) => url.slice(url.lastIndexOf('/'));
  const needed = new Set<string>();
  for (let texts = pageTexts; texts.length;) {
    const found = old.filter((url) => !needed.has(url) && texts.some((t) => t.includes(name(url))));
    found.forEach((url) => needed.add(url));
    texts = await Promise.all(found.map(scriptText));
  }
  return old.filter((url) => !needed.has(url));
}
