/** Component kinds grouped by pattern; drag one onto the canvas, or press Enter to add it. */
import { useReactFlow } from '@xyflow/react';
import { kindDef, KINDS, PATTERN_GROUPS } from '../../../shared/catalog/kinds';
import { freeSpotNear, type Rect } from '../edit/placement';
import { addNodeAt, KIND_DRAG_TYPE } from '../canvas/Canvas';
import { ICONS } from '../icons';
import { useDesignStore } from '../state/StoreContext';

export function Palette() {
  const store = useDesignStore();
  const flow = useReactFlow();
  // Click or Enter: the free spot nearest the centre of the view (a drop lands where dropped).
  const addAtCentre = (kind: (typeof KINDS)[number]['id']) => {
    const el = document.querySelector('.aw-canvas')?.getBoundingClientRect();
    const centre = el ? flow.screenToFlowPosition({ x: el.left + el.width / 2, y: el.top + el.height / 2 }) : { x: 0, y: 0 };
    const components: Rect[] = [];
    for (const n of store.getState().design.nodes) {
      if (kindDef(n.kind).container) continue; // a component may go inside a container
      const internal = flow.getInternalNode(n.id);
      const p = internal?.internals.positionAbsolute ?? n.position;
      components.push({ x: p.x, y: p.y, width: internal?.measured.width ?? n.size?.width ?? 180, height: internal?.measured.height ?? n.size?.height ?? 56 });
    }
    addNodeAt(store, kind, freeSpotNear(centre, kindDef(kind).size ?? { width: 180, height: 56 }, components));
  };
  return (
    <nav className="aw-palette" aria-label="Component palette">
      {PATTERN_GROUPS.map((g) => (
        <section key={g.id} aria-labelledby={`pal-${g.id}`}>
          <h3 id={`pal-${g.id}`}>{g.label}</h3>
          <ul>
            {KINDS.filter((k) => k.group === g.id).map((k) => {
              const Icon = ICONS[k.icon];
              return (
                <li key={k.id}>
                  <button
                    type="button"
                    className="aw-palette-item"
                    draggable
                    data-kind={k.id}
                    title={`${k.description} — drag onto the canvas, or press Enter to add`}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(KIND_DRAG_TYPE, k.id);
                      e.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => addAtCentre(k.id)}
                  >
                    <Icon size={16} aria-hidden />
                    <span>{k.label}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </nav>
  );
}
