import { describe, expect, it } from 'vitest';
import { declaredChunks, misplacedModules } from '../../src/integrations/vite/chunks';

const root = process.cwd().replaceAll('\\', '/');
const chunk = (name: string, ...modules: string[]) => ({ name, moduleIds: modules.map((m) => `${root}/${m}`) });

describe('declared chunks', () => {
  it('name every module that landed outside its chunk, and where it went', () => {
    const declared = { progress: ['src/a.ts', 'src/b.ts', 'src/c.ts'] };
    expect(misplacedModules(declared, [chunk('progress', 'src/a.ts'), chunk('other', 'src/b.ts')])).toEqual([
      'src/b.ts (in chunk "other")',
      'src/c.ts (in no chunk: is the path right?)',
    ]);
    expect(misplacedModules(declared, [chunk('progress', 'src/a.ts', 'src/b.ts', 'src/c.ts')])).toEqual([]);
  });

  it('refuse a module declared in two chunks', () => {
    expect(misplacedModules({ a: ['src/x.ts'], b: ['src/x.ts'] }, [chunk('a', 'src/x.ts')])).toContain(
      'src/x.ts (declared in more than one chunk)',
    );
  });

  it('declare only files that exist', async () => {
    const { existsSync } = await import('node:fs');
    for (const m of Object.values(declaredChunks).flat()) expect(existsSync(m), m).toBe(true);
  });
});
