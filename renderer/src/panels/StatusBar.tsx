import { useDesign } from '../state/StoreContext';
import { isDirty } from '../state/designStore';

export function StatusBar() {
  const nodes = useDesign((s) => s.design.nodes.length);
  const edges = useDesign((s) => s.design.edges.length);
  const dirty = useDesign(isDirty);
  const readOnly = useDesign((s) => s.readOnly);
  const file = useDesign((s) => s.file?.name ?? 'not saved');
  const counts = useDesign((s) => s.check.counts);
  const patterns = useDesign((s) => s.check.patterns);
  return (
    <footer className="aw-status" aria-label="Status">
      <span data-testid="status-counts">
        {nodes} nodes · {edges} edges
      </span>
      <span className="aw-counts" data-testid="problem-counts">
        <span className="error">{counts.error} errors</span>
        <span className="warning">{counts.warning} warnings</span>
        <span>{counts.info} info</span>
        {counts.suppressed > 0 && <span>{counts.suppressed} suppressed</span>}
        <span>{patterns.length ? `patterns: ${patterns.join(', ')}` : ''}</span>
      </span>
      <span>
        {file}
        {readOnly ? ' (read-only)' : ''}
        {dirty ? ' — unsaved changes' : ''}
      </span>
    </footer>
  );
}
