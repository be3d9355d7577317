/** Ctrl/Cmd+F: find a component by name or kind; choosing one selects and frames it. */
import { useMemo, useState } from 'react';
import { kindDef } from '../../../shared/catalog/kinds';
import { useFrameElements } from '../panels/ProblemsPanel';
import { useDesign } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { matches } from './CommandPalette';
import { Dialog } from './Dialog';

export function SearchDialog() {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const nodes = useDesign((s) => s.design.nodes);
  const close = useUi((s) => s.closeDialog);
  const frame = useFrameElements();
  const hits = useMemo(() => (query.trim() ? nodes.filter((n) => matches(query, `${n.label} ${kindDef(n.kind).label} ${n.kind}`)).slice(0, 50) : []), [nodes, query]);
  const choose = (i: number) => {
    const n = hits[i];
    if (!n) return;
    close();
    frame([n.id], []);
  };
  return (
    <Dialog title="Find a component">
      <input
        className="aw-palette-input"
        aria-label="Name or kind"
        placeholder="Name or kind, e.g. “feature store”"
        autoFocus
        value={query}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, hits.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else return;
          e.preventDefault();
        }}
      />
      <ul role="listbox" aria-label="Matches" className="aw-command-list">
        {hits.map((n, i) => (
          <li key={n.id} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)} onClick={() => choose(i)}>
            <span>{n.label || '(no name)'}</span>
            <span className="aw-muted">{kindDef(n.kind).label}</span>
          </li>
        ))}
        {query.trim() && hits.length === 0 && <li className="aw-muted">Nothing matches.</li>}
      </ul>
    </Dialog>
  );
}
