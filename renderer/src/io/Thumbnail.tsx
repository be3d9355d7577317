/**
 * A small picture of a design (boxes only, no text) for the template gallery. Containers are
 * outlined, components filled with their pattern group's colour.
 */
import { memo } from 'react';
import { kindDef } from '../../../shared/catalog/kinds';
import { nodeSize } from '../../../shared/layout/sizes';
import type { Design } from '../../../shared/model/schema';

interface Box {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  container: boolean;
  group: string;
}

function boxes(design: Design): Box[] {
  const abs = new Map<string, { x: number; y: number }>();
  const out: Box[] = [];
  // Designs are stored parents first (orderParentsFirst), so a parent is placed before its children.
  for (const n of design.nodes) {
    const p = n.parent ? abs.get(n.parent) : undefined;
    const x = (p?.x ?? 0) + n.position.x;
    const y = (p?.y ?? 0) + n.position.y;
    abs.set(n.id, { x, y });
    const size = nodeSize(n);
    const def = kindDef(n.kind);
    out.push({ id: n.id, x, y, w: size.width, h: size.height, container: def.container, group: def.group });
  }
  return out;
}

export const Thumbnail = memo(function Thumbnail({ design }: { design: Design }) {
  const list = boxes(design);
  if (!list.length) return <svg className="aw-thumb" aria-hidden viewBox="0 0 10 10" />;
  const minX = Math.min(...list.map((b) => b.x));
  const minY = Math.min(...list.map((b) => b.y));
  const maxX = Math.max(...list.map((b) => b.x + b.w));
  const maxY = Math.max(...list.map((b) => b.y + b.h));
  const pad = 20;
  const centre = new Map(list.map((b) => [b.id, { x: b.x + b.w / 2, y: b.y + b.h / 2 }]));
  return (
    <svg className="aw-thumb" aria-hidden viewBox={`${minX - pad} ${minY - pad} ${maxX - minX + 2 * pad} ${maxY - minY + 2 * pad}`} preserveAspectRatio="xMidYMid meet">
      {design.edges.map((e) => {
        const a = centre.get(e.source);
        const b = centre.get(e.target);
        return a && b ? <line key={e.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} /> : null;
      })}
      {list.map((b) =>
        b.container ? (
          <rect key={b.id} x={b.x} y={b.y} width={b.w} height={b.h} rx={10} className="container" style={{ stroke: `var(--g-${b.group})` }} />
        ) : (
          <rect key={b.id} x={b.x} y={b.y} width={b.w} height={b.h} rx={8} className="component" style={{ fill: `var(--g-${b.group})` }} />
        ),
      )}
    </svg>
  );
});
