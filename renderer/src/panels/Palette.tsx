/** Component kinds grouped by pattern; drag one onto the canvas, or press Enter to add it. */
import { useReactFlow } from '@xyflow/react';
import { KINDS, PATTERN_GROUPS } from '../../../shared/catalog/kinds';
import { addNodeAt, KIND_DRAG_TYPE } from '../canvas/Canvas';
import { ICONS } from '../icons';
import { useDesignStore } from '../state/StoreContext';

export function Palette() {
  const store = useDesignStore();
  const flow = useReactFlow();
  const addAtCentre = (kind: (typeof KINDS)[number]['id']) => {
    const el = document.querySelector('.aw-canvas')?.getBoundingClientRect();
    const centre = el ? flow.screenToFlowPosition({ x: el.left + el.width / 2, y: el.top + el.height / 2 }) : { x: 0, y: 0 };
    addNodeAt(store, kind, centre);
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
