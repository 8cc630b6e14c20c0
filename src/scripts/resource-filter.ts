/**
 * `<resource-filter>`: a "free only" switch and category and skill filters over the resource lists
 * it contains. Without JavaScript the page is a complete list grouped into free and paid.
 */
customElements.define(
  'resource-filter',
  class extends HTMLElement {
    #off?: AbortController;

    connectedCallback() {
      const box = this.querySelector('fieldset');
      if (!box) return;
      const items = [...this.querySelectorAll<HTMLElement>('.hub-list > li')];
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
        for (const section of this.querySelectorAll<HTMLElement>('section:has(.hub-list)'))
          section.hidden = !section.querySelector('.hub-list > li:not([hidden])');
        count.textContent = `Showing ${shown} of ${items.length} resources.`;
      };
      this.#off = new AbortController();
      box.addEventListener('change', update, { signal: this.#off.signal });
      update();
    }

    disconnectedCallback() {
      this.#off?.abort();
    }
  },
);
export {};
