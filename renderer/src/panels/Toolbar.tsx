/** The toolbar: file and edit commands, the preset for new edges, snapping. */
import { FilePlus, FolderOpen, Maximize, Redo2, Save, Undo2 } from 'lucide-react';
import { EDGE_PRESETS, type EdgePresetId } from '../../../shared/catalog/edges';
import type { CommandId } from '../../../shared/commands/catalog';
import { useDesign, useHistory } from '../state/StoreContext';

export function Toolbar({ run }: { run: (id: CommandId) => void }) {
  const preset = useDesign((s) => s.preset);
  const setPreset = useDesign((s) => s.setPreset);
  const snap = useDesign((s) => s.snapToGrid);
  const setSnap = useDesign((s) => s.setSnapToGrid);
  const canUndo = useHistory((h) => h.pastStates.length > 0);
  const canRedo = useHistory((h) => h.futureStates.length > 0);
  return (
    <div className="aw-toolbar" role="toolbar" aria-label="Main toolbar">
      <button type="button" onClick={() => run('new')} title="New design (Ctrl+N)">
        <FilePlus size={16} aria-hidden /> New
      </button>
      <button type="button" onClick={() => run('open')} title="Open a design (Ctrl+O)">
        <FolderOpen size={16} aria-hidden /> Open
      </button>
      <button type="button" onClick={() => run('save')} title="Save (Ctrl+S)">
        <Save size={16} aria-hidden /> Save
      </button>
      <span className="aw-sep" />
      <button type="button" onClick={() => run('undo')} disabled={!canUndo} title="Undo (Ctrl+Z)" aria-label="Undo">
        <Undo2 size={16} aria-hidden />
      </button>
      <button type="button" onClick={() => run('redo')} disabled={!canRedo} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">
        <Redo2 size={16} aria-hidden />
      </button>
      <button type="button" onClick={() => run('fitView')} title="Fit view (Shift+1)" aria-label="Fit view">
        <Maximize size={16} aria-hidden />
      </button>
      <span className="aw-sep" />
      <label className="aw-inline-field">
        New edges
        <select value={preset} onChange={(e) => setPreset(e.currentTarget.value as EdgePresetId)} aria-label="Preset for new edges">
          {EDGE_PRESETS.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </select>
      </label>
      <label className="aw-inline-field">
        <input type="checkbox" checked={snap} onChange={(e) => setSnap(e.currentTarget.checked)} /> Snap to grid
      </label>
    </div>
  );
}
