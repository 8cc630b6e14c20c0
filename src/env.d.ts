/// <reference types="astro/client" />

/** Built URL of a lazily loaded chunk (see src/integrations/lazy-chunks.ts). */
declare module 'lazy-chunk:*' {
  const url: string;
  export default url;
}
