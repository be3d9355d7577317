/** Open Recent (and the desktop app's start screen): the last designs opened or saved. */
import { useEffect, useState } from 'react';
import { openRecentFile } from '../fileActions';
import { usePlatform } from '../platform/PlatformContext';
import type { RecentFile } from '../platform/types';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { Dialog } from './Dialog';
import type { DialogProps } from './types';

export function RecentDialog({ run }: DialogProps) {
  const platform = usePlatform();
  const store = useDesignStore();
  const close = useUi((s) => s.closeDialog);
  const [recent, setRecent] = useState<RecentFile[] | null>(null);
  useEffect(() => {
    void platform.listRecent().then(setRecent, () => setRecent([]));
  }, [platform]);
  const open = async (f: RecentFile) => {
    const outcome = await openRecentFile(store, platform, f.token);
    if (outcome === 'opened') close();
    // Main drops a file it can no longer read from the list; so does this view.
    else if (outcome === 'failed') setRecent((r) => r?.filter((x) => x.token !== f.token) ?? null);
  };
  const start = (id: 'new' | 'open' | 'newFromTemplate') => {
    close();
    run(id);
  };
  return (
    <Dialog title="Open a design">
      <div className="aw-start-actions">
        <button type="button" onClick={() => start('new')}>New design</button>
        <button type="button" onClick={() => start('open')}>Open…</button>
        <button type="button" onClick={() => start('newFromTemplate')}>From a template…</button>
      </div>
      <h3 className="aw-start-heading">Recent files</h3>
      {recent === null ? (
        <p className="aw-muted">Loading…</p>
      ) : recent.length === 0 ? (
        <p className="aw-muted">{platform.kind === 'browser' ? 'The browser build keeps no recent files; unsaved work is offered again when you come back.' : 'No recent files yet.'}</p>
      ) : (
        <ul className="aw-recent" aria-label="Recent files">
          {recent.map((f) => (
            <li key={f.token}>
              <button type="button" onClick={() => void open(f)} title={f.path}>
                <strong>{f.name}</strong>
                <span className="aw-muted">{f.path}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
