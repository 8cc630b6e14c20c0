/**
 * The two things offline support has to say, loaded only when there is something to say:
 * a new version is waiting (reload to switch, all at once), and what the browser answered when
 * asked to keep stored progress. Each notice sits in the page corner until acted on or dismissed.
 */
import { SKIP_WAITING } from '../lib/offline';

const html = document.documentElement;

/** A dismissable notice with `text` and optional action buttons; returns its element. */
function notice(kind: string, text: string, actions: { label: string; primary?: boolean; run: () => void }[] = []): HTMLElement {
  document.querySelector(`[data-notice="${kind}"]`)?.remove();
  // Notices stack in one corner, so a second one never covers the first.
  let stack = document.querySelector('[data-notice-stack]');
  if (!stack) {
    stack = document.createElement('div');
    stack.setAttribute('data-notice-stack', '');
    stack.className = 'fixed right-4 bottom-4 left-4 z-50 flex flex-col gap-2 sm:left-auto sm:max-w-sm no-print';
    document.body.append(stack);
  }
  const box = document.createElement('div');
  box.dataset['notice'] = kind;
  box.setAttribute('role', 'status');
  box.className = 'card shadow-lg';
  stack.append(box);
  const p = document.createElement('p');
  p.className = 'text-sm';
  p.textContent = text;
  const row = document.createElement('div');
  row.className = 'mt-3 flex flex-wrap gap-2';
  for (const a of [...actions, { label: 'Dismiss', run: () => box.remove() }]) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'primary' in a && a.primary ? 'btn btn-primary' : 'btn';
    b.textContent = a.label;
    b.addEventListener('click', a.run);
    row.append(b);
  }
  // Filled after the (empty) live region is in the page, so screen readers announce it.
  requestAnimationFrame(() => box.append(p, row));
  return box;
}

/**
 * Offers to switch to the waiting worker. Reload tells it to take over and reloads once it
 * controls the page, so every file of the reloaded page comes from the new build.
 */
export function offerUpdate(reg: ServiceWorkerRegistration): void {
  html.dataset['update'] = 'waiting';
  notice('update', 'A new version of the site is available.', [
    {
      label: 'Reload',
      primary: true,
      run: () => {
        const waiting = reg.waiting;
        if (!waiting) return location.reload(); // another tab has switched already
        navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
        waiting.postMessage({ type: SKIP_WAITING });
      },
    },
  ]);
}

/**
 * Asks the browser to keep this site's storage (navigator.storage.persist()) and says what the
 * answer means for the person's progress. Says nothing when it is kept already.
 */
export async function askPersistence(): Promise<void> {
  const storage = navigator.storage as StorageManager | undefined;
  let answer: 'granted' | 'denied' | 'unsupported' = 'unsupported';
  try {
    if (storage?.persisted && (await storage.persisted())) return void (html.dataset['persist'] = 'granted');
    if (storage?.persist) answer = (await storage.persist()) ? 'granted' : 'denied';
  } catch {
    answer = 'unsupported';
  }
  html.dataset['persist'] = answer;
  notice(
    'persist',
    answer === 'granted'
      ? 'Your progress is saved in this browser, and the browser has agreed to keep it: it will not clear it to free up space.'
      : 'Your progress is saved in this browser, but the browser may clear it if space runs low or after a long time unused. To be safe, download your progress now and then (on the roadmap page, under Backup and calendar).',
  );
}
