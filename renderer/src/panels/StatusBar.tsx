import { useDesign } from '../state/StoreContext';
import { isDirty } from '../state/designStore';

export function StatusBar() {
  const nodes = useDesign((s) => s.design.nodes.length);
  const edges = useDesign((s) => s.design.edges.length);
  const dirty = useDesign(isDirty);
  const file = useDesign((s) => s.file?.name ?? 'not saved');
  return (
    <footer className="aw-status" aria-label="Status">
      <span data-testid="status-counts">
        {nodes} nodes · {edges} edges
      </span>
      <span>
        {file}
        {dirty ? ' — unsaved changes' : ''}
      </span>
    </footer>
  );
}
