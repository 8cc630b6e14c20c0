/// <reference types="astro/client" />

/** Built URL of a lazily loaded chunk (see src/integrations/lazy-chunks.ts). */
declare module 'lazy-chunk:*' {
  const url: string;
  export default url;
}

/** A validator zod's compiler generated at build time from a zod/mini schema (see src/integrations/zod-compiled.ts). */
declare module 'zod-compiled:*' {
  const validate: (value: unknown) => boolean;
  export default validate;
}
