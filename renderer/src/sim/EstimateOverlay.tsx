/**
 * The live estimate on the canvas (View → Show Estimates): under each component a small pill
 * coloured by utilization with its mean response time; saturated ones say so. Recomputed
 * when the design changes (one render after the edit).
 */
import { useStore, ViewportPortal } from '@xyflow/react';
import type { NodeEstimate } from '../../../shared/estimate/types';
import { useDesign } from '../state/StoreContext';
import { estimateOf, useEstimateView } from './estimateView';

/** Background by utilization: calm, busy, near saturation, saturated (readable in both themes with white text). */
function tone(n: NodeEstimate): string {
  if (n.saturated) return '#9b1c1c';
  if (n.utilization >= 0.85) return '#c2410c';
  if (n.utilization >= 0.6) return '#a16207';
  return '#15803d';
}

const ms = (v: number): string => (!Number.isFinite(v) ? '∞' : v < 10 ? `${v.toFixed(1)} ms` : v < 10_000 ? `${Math.round(v)} ms` : `${(v / 1000).toFixed(0)} s`);

export function EstimateOverlay() {
  const shown = useEstimateView((s) => s.shown);
  if (!shown) return null;
  return (
    <ViewportPortal>
      <EstimateBadges />
    </ViewportPortal>
  );
}

function EstimateBadges() {
  const design = useDesign((s) => s.design);
  const lookup = useStore((s) => s.nodeLookup);
  const est = estimateOf(design);
  return (
    <div className="aw-estimates" aria-label="Estimated load">
      {est.nodes.map((n) => {
        const node = lookup.get(n.id);
        if (!node) return null;
        const { x, y } = node.internals.positionAbsolute;
        const h = node.measured.height ?? 0;
        const title = `${n.label}: ${Math.round(n.utilization * 100)} % busy, ${n.offeredRate.toFixed(1)} jobs/s offered, mean response ${ms(n.responseMs)}${n.saturated ? ` — saturated (capacity ${n.capacity.toFixed(1)} jobs/s)` : ''}`;
        return (
          <div
            key={n.id}
            data-testid={`estimate-${n.id}`}
            data-saturated={n.saturated ? 'true' : 'false'}
            title={title}
            style={{ position: 'absolute', transform: `translate(${x}px, ${y + h + 4}px)`, background: tone(n), color: '#fff', font: '600 11px/16px system-ui, sans-serif', padding: '0 6px', borderRadius: 8, pointerEvents: 'none', whiteSpace: 'nowrap', zIndex: 5 }}
          >
            {n.saturated ? `saturated · ${Math.round(n.utilization * 100)} %` : `${Math.round(n.utilization * 100)} % · ${ms(n.responseMs)}`}
          </div>
        );
      })}
    </div>
  );
}
