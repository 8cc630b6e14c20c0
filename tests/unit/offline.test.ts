import { describe, expect, it } from 'vitest';
import { CACHE, cacheFor, formatBytes, keepPaths, withoutHash } from '../../src/lib/offline';
import { fillKeepSlots, fillWorker } from '../../src/integrations/service-worker';
import { unneededScripts } from '../../src/sw/upkeep';
import { FIRST_SAVE_EVENT } from '../../src/lib/progress/doc';
import { ProgressStore, type StorageLike } from '../../src/lib/progress/store';

describe('offline helpers', () => {
  it('drops a share link’s #fragment, so its plan is never stored', () => {
    expect(withoutHash('https://x.org/plan/#share=AbC')).toBe('https://x.org/plan/');
    expect(withoutHash('https://x.org/plan/')).toBe('https://x.org/plan/');
  });

  it('puts scripts, search files and pages in their own caches', () => {
    expect(cacheFor('_astro/progress.abc.js')).toBe(CACHE.assets);
    expect(cacheFor('pagefind/pagefind.js')).toBe(CACHE.search);
    expect(cacheFor('roadmap/month-1/')).toBe(CACHE.pages);
    expect(cacheFor('offline-roadmap.json')).toBe(CACHE.pages);
  });

  it('keeps the roadmap, its months in order, the print view, every script and only the search files search uses', () => {
    const files = [
      'index.html',
      'glossary/index.html',
      'roadmap/index.html',
      'roadmap/month-10/index.html',
      'roadmap/month-2/index.html',
      'roadmap/month-2/tasks.json',
      'roadmap/month-10/tasks.json',
      'roadmap/print/index.html',
      '_astro/progress.abc.js',
      'pagefind/pagefind.js',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_1b71da8e74.pf_meta',
      'pagefind/wasm.en.pagefind',
      'pagefind/wasm.unknown.pagefind',
      'pagefind/pagefind-ui.js',
      'pagefind/pagefind-worker.js',
      'pagefind/index/en_1.pf_index',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/filter/en_3.pf_filter',
    ];
    expect(keepPaths(files)).toEqual([
      'roadmap/',
      'roadmap/print/',
      'roadmap/month-2/',
      'roadmap/month-10/',
      'roadmap/month-2/tasks.json',
      'roadmap/month-10/tasks.json',
      '_astro/progress.abc.js',
      'pagefind/filter/en_3.pf_filter',
      'pagefind/fragment/en_2.pf_fragment',
      'pagefind/index/en_1.pf_index',
      'pagefind/pagefind-entry.json',
      'pagefind/pagefind.en_1b71da8e74.pf_meta',
      'pagefind/pagefind.js',
      'pagefind/wasm.en.pagefind',
    ]);
  });

  it('states sizes as download sizes are given', () => {
    expect(formatBytes(420)).toBe('1 KB');
    expect(formatBytes(840_400)).toBe('840 KB');
    expect(formatBytes(1_018_146)).toBe('1.0 MB');
  });
});

describe('the worker’s upkeep after a deploy', () => {
  const texts: Record<string, string> = {
    '/_astro/progress.old1.js': 'import"./live.old2.js";',
    '/_astro/live.old2.js': 'export const x=1;',
    '/_astro/tools.old3.js': 'import"./format.old4.js";',
    '/_astro/format.old4.js': '',
  };
  const read = (url: string) => Promise.resolve(texts[url] ?? '');
  const old = Object.keys(texts);

  it('drops every old script when no kept page needs one', async () => {
    expect(await unneededScripts(old, ['<script>import("/_astro/progress.new1.js")</script>'], read)).toEqual(old);
  });

  it('keeps an old script a kept page names, and the old scripts that one loads', async () => {
    const page = '<script>import("/_astro/progress.old1.js")</script>';
    expect(await unneededScripts(old, [page], read)).toEqual(['/_astro/tools.old3.js', '/_astro/format.old4.js']);
  });

  it('matches whole file names, hash included', async () => {
    expect(
      await unneededScripts(['/_astro/e.old2.js', '/_astro/live.old2.js'], ['import"./live.old22.js";import"./xlive.old2.js"'], read),
    ).toEqual(['/_astro/e.old2.js', '/_astro/live.old2.js']);
  });
});

describe('the offline build step', () => {
  it('fills the roadmap page’s size and version, and fails when the slots are gone', () => {
    const html = '<offline-keep data-keep-version="unmeasured"><span data-keep-size>its size is measured when the site is built</span>';
    expect(fillKeepSlots(html, { version: 'v1', bytes: 2_345_678, urls: [] })).toBe(
      '<offline-keep data-keep-version="v1"><span data-keep-size>2.3 MB</span>',
    );
    expect(() => fillKeepSlots('<main></main>', { version: 'v1', bytes: 1, urls: [] })).toThrow(/KeepOffline\.astro/);
  });

  it('fills each worker slot once, and fails when a slot is missing or doubled', () => {
    expect(fillWorker('a(self.__X);', { __X: [1] })).toBe('a([1]);');
    expect(() => fillWorker('a();', { __X: [] })).toThrow(/found 0/);
    expect(() => fillWorker('a(self.__X,self.__X);', { __X: [] })).toThrow(/found 2/);
  });
});

describe('the progress store’s first save', () => {
  /** A Map-backed stand-in for localStorage. */
  const memoryStorage = (): StorageLike => {
    const m = new Map<string, string>();
    return {
      getItem: (k) => m.get(k) ?? null,
      setItem: (k, v) => void m.set(k, v),
      removeItem: (k) => void m.delete(k),
      key: (i) => [...m.keys()][i] ?? null,
      get length() {
        return m.size;
      },
    };
  };

  it('tells the page once, when a document is first stored where none was, so it can ask to keep storage', () => {
    const events: string[] = [];
    const target = globalThis as unknown as { dispatchEvent?: ((e: Event) => boolean) | undefined };
    const before = target.dispatchEvent;
    target.dispatchEvent = (e) => (events.push(e.type), true);
    try {
      const storage = memoryStorage();
      const store = new ProgressStore(storage);
      store.setTask('m01-t1', 'done');
      store.setTask('m01-t2', 'done');
      expect(events).toEqual([FIRST_SAVE_EVENT]);
      new ProgressStore(storage).setTask('m01-t3', 'done'); // stored already: not a first save
      expect(events).toEqual([FIRST_SAVE_EVENT]);
    } finally {
      target.dispatchEvent = before;
    }
  });
});
