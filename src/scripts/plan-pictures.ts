/**
 * The plan's pictures for `<plan-app>`: it calls {@link drawPlanPictures} each time the plan
 * changes. Their drawing code (plan-pictures-draw.ts) loads once a picture nears the screen, or
 * when the page is printed, so a first visit to the planner does not download it before it is
 * needed; from then on each change draws at once. Until then (or if it cannot load) the plan's
 * words stand alone: the gaps table and the weekly list.
 */
import type { drawPlanPictures as Draw } from './plan-pictures-draw';

type Args = Parameters<typeof Draw>;

let latest: Args | undefined;
let draw: typeof Draw | undefined;

/** Draws the pictures in `root` for plan `args[2]`, now if their code is here, else once it arrives. */
export function drawPlanPictures(...args: Args): void {
  if (draw) return draw(...args);
  if (latest) return void (latest = args);
  latest = args;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    import('./plan-pictures-draw').then(
      (m) => {
        seen.disconnect();
        removeEventListener('beforeprint', load);
        draw = m.drawPlanPictures;
        draw(...latest!);
      },
      () => (loading = false), // the next time a picture nears the screen tries again
    );
  };
  const seen = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && load(), { rootMargin: '100% 0px' });
  for (const el of args[0].querySelectorAll('[data-picture]')) seen.observe(el);
  addEventListener('beforeprint', load);
}
