/**
 * `<cert-table>`: filters (track, background, cost, status) and sorting for the comparison
 * table. Without JavaScript the table is complete and shows every certification.
 */
import { certRowVisible, compareCertRows, type CertRow, type CertFilters } from '../lib/certs';

class CertTable extends HTMLElement {
  #off?: AbortController;

  connectedCallback() {
    const form = this.querySelector('fieldset');
    const tbody = this.querySelector('tbody');
    if (!form || !tbody) return;
    const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr')];
    const select = (name: string) => form.querySelector<HTMLSelectElement>(`[data-filter="${name}"]`)!;
    const sort = form.querySelector<HTMLSelectElement>('[data-sort]')!;
    const toggle = form.querySelector<HTMLButtonElement>('[data-show-retired]')!;
    const count = form.querySelector<HTMLElement>('[data-count]')!;
    const data = (tr: HTMLTableRowElement) => tr.dataset as unknown as CertRow;
    const update = () => {
      const f: CertFilters = {
        track: select('track').value,
        audience: select('audience').value,
        cost: select('cost').value,
        status: select('status').value,
      };
      let shown = 0;
      for (const tr of rows) {
        tr.hidden = !certRowVisible(data(tr), f);
        if (!tr.hidden) shown++;
      }
      tbody.append(...[...rows].sort((a, b) => compareCertRows(sort.value)(data(a), data(b))));
      toggle.setAttribute('aria-pressed', String(f.status !== 'current'));
      count.textContent = `Showing ${shown} of ${rows.length} certifications.`;
    };
    const signal = (this.#off = new AbortController()).signal;
    form.addEventListener('change', update, { signal });
    toggle.addEventListener(
      'click',
      () => {
        select('status').value = toggle.getAttribute('aria-pressed') === 'true' ? 'current' : '';
        update();
      },
      { signal },
    );
    update();
  }

  disconnectedCallback() {
    this.#off?.abort();
  }
}
customElements.define('cert-table', CertTable);
