/** The legend of edge styles, drawn with the same style table as the edges, and the default protocols. */
import { defaultProtocolLines, type DefaultProtocols } from '../../../shared/routing';
import { DELIVERY_MARKER, PROCESSING_WIDTH, TIMING_DASH } from './edges/edgeStyle';

const ROWS = [
  { label: 'sync', dash: TIMING_DASH.sync, marker: DELIVERY_MARKER.push, width: PROCESSING_WIDTH.stream },
  { label: 'async', dash: TIMING_DASH.async, marker: DELIVERY_MARKER.push, width: PROCESSING_WIDTH.stream },
  { label: 'pull (open arrow)', dash: TIMING_DASH.sync, marker: DELIVERY_MARKER.pull, width: PROCESSING_WIDTH.stream },
  { label: 'batch (heavy line)', dash: TIMING_DASH.sync, marker: DELIVERY_MARKER.push, width: PROCESSING_WIDTH.batch },
];

export function Legend({ defaults }: { defaults: DefaultProtocols }) {
  return (
    <div className="aw-legend" aria-label="Edge legend" role="group">
      {ROWS.map((r) => (
        <div key={r.label} className="aw-legend-row">
          <svg width="44" height="12" aria-hidden>
            <path d="M2,6 L40,6" className="aw-edge" style={{ strokeDasharray: r.dash, strokeWidth: r.width }} markerEnd={r.marker} fill="none" />
          </svg>
          <span>{r.label}</span>
        </div>
      ))}
      {defaultProtocolLines(defaults).map((line) => (
        <div key={line} className="aw-legend-row aw-legend-default">
          {line}
        </div>
      ))}
    </div>
  );
}
