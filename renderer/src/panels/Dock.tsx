/** The panel under the canvas: problems (and, later, simulation), as tabs. */
import { useState, type ReactNode } from 'react';
import { useDesign } from '../state/StoreContext';
import { ProblemsPanel } from './ProblemsPanel';

interface Tab {
  id: string;
  label: ReactNode;
  body: ReactNode;
}

export function Dock({ extraTabs = [] }: { extraTabs?: Tab[] }) {
  const counts = useDesign((s) => s.check.counts);
  const [tab, setTab] = useState('problems');
  const [open, setOpen] = useState(true);
  const tabs: Tab[] = [{ id: 'problems', label: `Problems (${counts.error + counts.warning + counts.info})`, body: <ProblemsPanel /> }, ...extraTabs];
  const current = tabs.find((t) => t.id === tab) ?? tabs[0]!;
  return (
    <section className={`aw-dock${open ? '' : ' collapsed'}`} aria-label="Panels">
      <div className="aw-dock-tabs" role="tablist">
        {tabs.map((t) => (
          <button key={t.id} type="button" role="tab" aria-selected={t.id === current.id} onClick={() => (setTab(t.id), setOpen(true))}>
            {t.label}
          </button>
        ))}
        <button type="button" style={{ marginLeft: 'auto' }} aria-expanded={open} onClick={() => setOpen(!open)}>
          {open ? 'Hide' : 'Show'}
        </button>
      </div>
      {open && (
        <div className="aw-dock-body" role="tabpanel">
          {current.body}
        </div>
      )}
    </section>
  );
}
