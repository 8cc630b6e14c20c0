/**
 * Restoring or deleting a backup of unreadable progress, loaded when the person asks. Restoring
 * previews what can still be read, as an import does, and then adds only what this device does not
 * already have, so nothing recorded since is changed.
 */
import { previewImport } from '../lib/progress/import';
import type { ProgressStore } from '../lib/progress/store';
import { restoreChanges } from '../lib/progress/transfer';

const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]>, ...kids: (Node | string)[]) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
};
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** Runs a backup notice's action: `restore` (preview, then confirm) or `delete` (confirm first). */
export function backupAction(action: string, key: string, store: ProgressStore): void {
  const box = document.querySelector<HTMLElement>('[data-notice="backup"] [data-backup-preview]');
  if (!box) return;
  const say = (...kids: (Node | string)[]) => box.replaceChildren(...kids);
  const button = (text: string, run: () => void, primary = false) => {
    const b = el('button', { type: 'button', className: primary ? 'btn btn-primary' : 'btn', textContent: text });
    b.onclick = run;
    return b;
  };
  const row = (...kids: Node[]) => el('p', { className: 'mt-2 flex flex-wrap gap-2' }, ...kids);

  if (action === 'delete') {
    say(
      el('p', { textContent: 'Delete the backup for good? Download it first if you may want it later.' }),
      row(
        button(
          'Delete it',
          () => {
            store.dropBackup(key);
            say();
          },
          true,
        ),
        button('Keep it', () => say()),
      ),
    );
    return;
  }
  const preview = previewImport(store.backup(key) ?? '');
  if (!preview.ok) {
    say(
      el('p', {
        textContent: `Nothing can be restored from this backup: ${preview.error.replace(/^This file/, 'it')} You can still download it.`,
      }),
    );
    return;
  }
  const changes = restoreChanges(store.doc, preview.doc);
  const s = preview.summary;
  const holds = `The backup holds ${plural(s.tasksDone, 'task')} done, ${s.tasksInProgress} in progress, ${s.tasksSkipped} skipped and ${plural(s.ratings, 'skill rating')}.`;
  if (!changes.length) {
    say(el('p', { textContent: `${holds} This device already has all of it, so there is nothing to restore. You can delete the backup.` }));
    return;
  }
  const confirm = button(
    'Restore',
    () => {
      const saved = store.set(...changes);
      say();
      // Said outside the backup's notice, which hides once the backup is gone.
      const result = document.querySelector('[data-backup-result]');
      if (result)
        result.textContent = saved
          ? `Restored ${plural(changes.length, 'entry', 'entries')} from the backup, and deleted the backup.`
          : 'The restored progress could not be saved, so the backup was kept. Download your progress to keep it.';
      if (saved) store.dropBackup(key);
    },
    true,
  );
  say(
    el('p', {
      textContent: `${holds} Restoring adds the ${plural(changes.length, 'entry', 'entries')} this device does not have; nothing you have recorded since changes.`,
    }),
    row(
      confirm,
      button('Cancel', () => say()),
    ),
  );
  confirm.focus();
}
