/** Writes assets/examples/recommendation.archway.json, the small design the README shows. */
import { writeFileSync } from 'node:fs';
import { serializeDesign } from '../shared/model/document';
import { design } from '../shared/testing/builder';

const d = design()
  .title('Real-time recommendations')
  .layer('presentation', 1, { label: 'Presentation', at: { x: 0, y: 0 } })
  .layer('application', 2, { label: 'Application', at: { x: 0, y: 200 } })
  .layer('data', 3, { label: 'Data access', at: { x: 0, y: 400 } })
  .node('web', 'client', { label: 'Web UI', parent: 'presentation', at: { x: 40, y: 60 } })
  .node('mobile', 'client', { label: 'Mobile app', parent: 'presentation', at: { x: 420, y: 60 } })
  .node('gateway', 'api-gateway', { label: 'API gateway', parent: 'application', at: { x: 40, y: 60 } })
  .node('inference', 'model-server', { label: 'Recommendation model', parent: 'application', at: { x: 420, y: 60 } })
  .node('features', 'feature-store', { label: 'Online features', parent: 'data', at: { x: 40, y: 60 } })
  .node('events', 'event-broker', { label: 'Click stream (Kafka)', parent: 'data', at: { x: 420, y: 60 } })
  .node('note', 'note', { label: 'Workshop: is the gateway a bottleneck at 5k req/s?', at: { x: 720, y: 40 } })
  .edge('web', 'gateway', 'request-response', { label: 'recommend' })
  .edge('mobile', 'gateway', 'request-response')
  .edge('gateway', 'inference', 'request-response', { attrs: { protocol: 'gRPC' } })
  .edge('inference', 'features', 'poll', { label: 'features' })
  .edge('inference', 'events', 'event-stream', { label: 'impressions' })
  .build();
for (const n of d.nodes) if (n.kind === 'layer') n.size = { width: 680, height: 170 };
writeFileSync(new URL('../assets/examples/recommendation.archway.json', import.meta.url), serializeDesign(d));
