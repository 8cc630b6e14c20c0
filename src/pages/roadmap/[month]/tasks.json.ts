import type { APIRoute, GetStaticPaths } from 'astro';
import { loadSite } from '../../../lib/content';
import { monthSlug } from '../../../lib/paths';

/**
 * Each month's task texts by task id (`/roadmap/month-N/tasks.json`), so a returning visitor's home
 * page can name their next task (src/scripts/glance.ts) without every first visit carrying every
 * task's words.
 */
export const getStaticPaths = (async () => {
  const site = await loadSite();
  return site.months.map((m) => ({
    params: { month: monthSlug(m.data.month) },
    props: { texts: Object.fromEntries(m.data.tasks.map((t) => [t.id, t.text])) },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['texts']), { headers: { 'content-type': 'application/json; charset=utf-8' } });
