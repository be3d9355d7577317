/** The panel under the canvas, with the tabs of dockTabs.tsx. */
import { useState } from 'react';
import { useUi } from '../state/uiStore';
import { DOCK_TABS } from './dockTabs';

export function Dock() {
  const tab = useUi((s) => s.dockTab);
  const setTab = useUi((s) => s.setDockTab);
  const [open, setOpen] = useState(true);
  const current = DOCK_TABS.find((t) => t.id === tab) ?? DOCK_TABS[0]!;
  return (
    <section className={`aw-dock${open ? '' : ' collapsed'}`} aria-label="Panels">
      <div className="aw-dock-tabs">
        <div role="tablist" aria-label="Panels" className="aw-dock-tablist">
          {DOCK_TABS.map((t) => (
            <button key={t.id} type="button" role="tab" aria-selected={t.id === current.id} onClick={() => (setTab(t.id), setOpen(true))}>
              <t.Label />
            </button>
          ))}
        </div>
        <button type="button" style={{ marginLeft: 'auto' }} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div className="aw-dock-body" role="tabpanel">
          <current.Body />
        </div>
      )}
    </section>
  );
}
