/** Edits the selected node's or edge's label, attributes and properties. */
import { useShallow } from 'zustand/react/shallow';
import { DELIVERIES, EDGE_PRESETS, presetOf, PROCESSINGS, PROTOCOL_SUGGESTIONS, TIMINGS } from '../../../shared/catalog/edges';
import { kindDef } from '../../../shared/catalog/kinds';
import { TECHNOLOGY_NAMES } from '../../../shared/catalog/technology';
import { edgeProps, nodeProps } from '../../../shared/graph/index';
import type { EdgePatch, NodePatch } from '../../../shared/model/edits';
import { ARRIVALS, BACKPRESSURES, DOMAINS, ROUTINGS, SERVICE_TIME_DISTS, type EdgeProperties, type NodeProperties } from '../../../shared/model/properties';
import type { DesignEdge, DesignNode } from '../../../shared/model/schema';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { DesignInspector } from './DesignInspector';
import { NumberField, SelectField, TextField } from './fields';
import { NodeEstimateView } from '../sim/NodeEstimateView';

export function Inspector() {
  const selection = useDesign(
    useShallow((s) => [...s.nodes.filter((n) => n.selected).map((n) => `n:${n.id}`), ...s.edges.filter((e) => e.selected).map((e) => `e:${e.id}`)]),
  );
  const design = useDesign((s) => s.design);
  let body: React.ReactNode = <DesignInspector />;
  if (selection.length === 1) {
    const [type, id] = [selection[0]!.slice(0, 1), selection[0]!.slice(2)];
    const node = type === 'n' ? design.nodes.find((n) => n.id === id) : undefined;
    const edge = type === 'e' ? design.edges.find((e) => e.id === id) : undefined;
    if (node) body = <NodeInspector node={node} />;
    if (edge) body = <EdgeInspector edge={edge} />;
  } else if (selection.length > 1) {
    body = <p className="aw-muted">{selection.length} elements selected.</p>;
  }
  return (
    <aside className="aw-inspector" aria-label="Inspector">
      <h2>{selection.length === 0 ? 'Design' : 'Inspector'}</h2>
      {body}
    </aside>
  );
}

function NodeInspector({ node }: { node: DesignNode }) {
  const store = useDesignStore();
  const def = kindDef(node.kind);
  const p = nodeProps(node);
  const patch = (patch: NodePatch) => store.getState().apply({ type: 'updateNode', id: node.id, patch });
  const prop = <K extends keyof NodeProperties>(key: K, value: NodeProperties[K]) => patch({ properties: { ...node.properties, [key]: value } });
  const component = !def.container && !def.annotation;
  return (
    <form className="aw-form" onSubmit={(e) => e.preventDefault()} aria-label={`${def.label} properties`}>
      <p className="aw-kind-title">{def.label}</p>
      <TextField label="Label" value={node.label} onCommit={(label) => patch({ label })} />
      {/* The product it runs on (Kafka, MinIO, …): free text, suggested from the catalogue. */}
      {!def.annotation && (
        <>
          <TextField label="Technology" value={node.technology ?? ''} list="aw-technologies" onCommit={(v) => patch({ technology: v.trim() === '' ? undefined : v.trim().slice(0, 200) })} />
          <datalist id="aw-technologies">
            {TECHNOLOGY_NAMES.map((name) => (
              <option key={name} value={name} />
            ))}
          </datalist>
        </>
      )}
      {node.kind === 'layer' && <NumberField label="Layer rank" value={p.rank ?? 1} min={1} step={1} onCommit={(v) => v !== null && prop('rank', v)} />}
      {def.source && <NumberField label="Rate" unit="msg/s" value={p.rate} min={0} onCommit={(v) => v !== null && prop('rate', v)} />}
      {def.source && <SelectField label="Arrivals" value={p.arrival ?? 'poisson'} options={ARRIVALS} onCommit={(v) => prop('arrival', v)} />}
      {node.kind === 'service' && <SelectField label="Domain" value={p.domain ?? 'ml'} options={DOMAINS} onCommit={(v) => prop('domain', v)} />}
      {component && (
        <>
          <NumberField label="Workers" value={p.workers} min={1} step={1} onCommit={(v) => v !== null && prop('workers', v)} />
          <NumberField label="Replicas" value={p.replicas} min={1} step={1} onCommit={(v) => v !== null && prop('replicas', v)} />
          <NumberField label="Service time" unit="ms" value={p.serviceTimeMs} min={0} onCommit={(v) => v !== null && prop('serviceTimeMs', v)} />
          <SelectField label="Service time distribution" value={p.serviceTimeDist ?? 'exponential'} options={SERVICE_TIME_DISTS} onCommit={(v) => prop('serviceTimeDist', v)} />
          <NumberField label="Queue capacity" value={p.queueCapacity} min={0} step={1} nullable onCommit={(v) => prop('queueCapacity', v)} />
          <SelectField label="Routing" value={p.routing ?? 'all'} options={ROUTINGS} onCommit={(v) => prop('routing', v)} />
        </>
      )}
      {/* H6: the live estimate for this component (and a source's SLO targets). */}
      {component && <NodeEstimateView id={node.id} source={def.source} />}
    </form>
  );
}

function EdgeInspector({ edge }: { edge: DesignEdge }) {
  const store = useDesignStore();
  const p = edgeProps(edge);
  const patch = (patch: EdgePatch) => store.getState().apply({ type: 'updateEdge', id: edge.id, patch });
  const prop = <K extends keyof EdgeProperties>(key: K, value: EdgeProperties[K]) => patch({ properties: { ...edge.properties, [key]: value } });
  const current = presetOf(edge);
  return (
    <form className="aw-form" onSubmit={(e) => e.preventDefault()} aria-label="Edge properties">
      <p className="aw-kind-title">Communication edge</p>
      <div className="aw-presets" role="group" aria-label="Edge preset">
        {EDGE_PRESETS.map((preset) => (
          <button key={preset.id} type="button" aria-pressed={current === preset.id} title={preset.description} onClick={() => patch({ ...preset.attributes })}>
            {preset.label}
          </button>
        ))}
      </div>
      <SelectField label="Timing" value={edge.timing} options={TIMINGS} onCommit={(timing) => patch({ timing })} />
      <SelectField label="Delivery" value={edge.delivery} options={DELIVERIES} onCommit={(delivery) => patch({ delivery })} />
      <SelectField label="Processing" value={edge.processing} options={PROCESSINGS} onCommit={(processing) => patch({ processing })} />
      <TextField label="Protocol" value={edge.protocol} list="aw-protocols" onCommit={(protocol) => patch({ protocol })} />
      <datalist id="aw-protocols">
        {PROTOCOL_SUGGESTIONS.map((s) => (
          <option key={s} value={s} />
        ))}
      </datalist>
      <TextField label="Label" value={edge.label} onCommit={(label) => patch({ label })} />
      <NumberField label="Network latency" unit="ms" value={p.latencyMs} min={0} onCommit={(v) => v !== null && prop('latencyMs', v)} />
      {edge.timing === 'sync' && <NumberField label="Timeout" unit="ms" value={p.timeoutMs} min={0} onCommit={(v) => v !== null && prop('timeoutMs', v)} />}
      {edge.timing === 'sync' && <NumberField label="Retries" value={p.retries} min={0} step={1} onCommit={(v) => v !== null && prop('retries', v)} />}
      {edge.delivery === 'pull' && <NumberField label="Poll interval" unit="ms" value={p.pollIntervalMs} min={0} onCommit={(v) => v !== null && prop('pollIntervalMs', v)} />}
      {(edge.delivery === 'pull' || edge.processing === 'batch') && <NumberField label="Batch size" value={p.batchSize} min={1} step={1} onCommit={(v) => v !== null && prop('batchSize', v)} />}
      {edge.processing === 'batch' && <NumberField label="Batch interval" unit="ms" value={p.batchIntervalMs} min={0} onCommit={(v) => v !== null && prop('batchIntervalMs', v)} />}
      {edge.delivery === 'push' && <SelectField label="Backpressure" value={p.backpressure} options={BACKPRESSURES} onCommit={(v) => prop('backpressure', v)} />}
      <NumberField label="Weight" value={p.weight} min={0} onCommit={(v) => v !== null && prop('weight', v)} />
    </form>
  );
}
