import type { APIRoute } from 'astro';
import { withBase } from '../lib/paths';

/** robots.txt with the sitemap's absolute address, which depends on SITE_URL and BASE_PATH. */
export const GET: APIRoute = ({ site }) => {
  const sitemap = site ? new URL(withBase(import.meta.env.BASE_URL, '/sitemap-index.xml'), site).href : undefined;
  const lines = ['User-agent: *', 'Allow: /', ...(sitemap ? [`Sitemap: ${sitemap}`] : [])];
  return new Response(`${lines.join('\n')}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
