/**
 * What precedes a share token in a share link's fragment. Its own module so the planner can
 * recognise a share link without loading the codec (src/lib/plan/share.ts), which it loads only
 * when a link is opened or made.
 */
export const SHARE_PREFIX = '#share=';
