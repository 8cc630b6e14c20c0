/**
 * Defines the custom element `name` as a class whose instances each wire themselves up with
 * `wire` when connected. Listeners added with the `signal` it gets are released when that
 * element is disconnected, and wired again if it is put back.
 */
export function defineElement(name: string, wire: (element: HTMLElement, signal: AbortSignal) => void): void {
  customElements.define(
    name,
    class extends HTMLElement {
      #off?: AbortController;

      connectedCallback() {
        wire(this, (this.#off = new AbortController()).signal);
      }

      disconnectedCallback() {
        this.#off?.abort();
      }
    },
  );
}
