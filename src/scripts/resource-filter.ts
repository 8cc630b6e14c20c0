/**
 * `<resource-filter>`: a "free only" switch and category and skill filters for a resources page.
 * Without JavaScript the page is a complete list grouped into free and paid.
 */
const root = document.querySelector<HTMLElement>('resource-filter');
const box = root?.querySelector('fieldset');
if (root && box) {
  const items = [...document.querySelectorAll<HTMLElement>('.hub-list > li')];
  const free = box.querySelector<HTMLInputElement>('[data-free-only]')!;
  const category = box.querySelector<HTMLSelectElement>('[data-category]')!;
  const skill = box.querySelector<HTMLSelectElement>('[data-skill]')!;
  const count = box.querySelector<HTMLElement>('[data-count]')!;
  // A resource belongs to the categories of the skills it serves (the skill list is grouped by category).
  const categoryOf = new Map([...skill.options].map((o) => [o.value, (o.parentElement as HTMLElement).dataset['category'] ?? '']));
  const update = () => {
    let shown = 0;
    for (const li of items) {
      const d = li.dataset;
      li.hidden =
        (free.checked && d['cost'] !== 'free') ||
        (!!category.value && !(d['skills'] ?? '').split(' ').some((id) => categoryOf.get(id) === category.value)) ||
        (!!skill.value && !(d['skills'] ?? '').split(' ').includes(skill.value));
      if (!li.hidden) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('section:has(.hub-list)')) section.hidden = !section.querySelector('.hub-list > li:not([hidden])');
    count.textContent = `Showing ${shown} of ${items.length} resources.`;
  };
  box.addEventListener('change', update);
  update();
}
export {};
