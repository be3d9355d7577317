/** Designs of each pattern (DESIGN §3) plus hostile labels, shared by the skeleton tests. */
import { design } from '../../../testing/builder';
import type { Design } from '../../../model/schema';

export const HOSTILE_LABELS = ['../../etc', '/etc/cron.d/x', '..\\..\\AppData\\x', 'CON', 'a/../../b', 'name.', '', '🚀🔥', 'Scoring', 'scoring', 'SCORING', 'x */ evil() /*', 'line\nbreak """ \' `rm -rf` $(id)', 'end"]-->X[pwn', 'nul.txt', 'C:\\Windows'] as const;

export const PATTERN_DESIGNS: Record<string, () => Design> = {
  layered: () =>
    design().title('Layered ML app')
      .layer('p', 1, { label: 'Presentation' }).layer('a', 2, { label: 'Application' }).layer('m', 3, { label: 'ML Service' }).layer('d', 4, { label: 'Data Access' })
      .node('ui', 'client', { parent: 'p', label: 'Web UI' })
      .node('app', 'service', { parent: 'a', label: 'Application Service' })
      .node('ml', 'model-server', { parent: 'm', label: 'Model Server' })
      .node('db', 'database', { parent: 'd', label: 'Model Store' })
      .edge('ui', 'app').edge('app', 'ml', 'request-response', { label: 'predict' }).edge('ml', 'db', 'batch-load')
      .build(),
  soa: () =>
    design().title('SOA with a bus')
      .node('ui', 'client', { label: 'Portal' })
      .node('bus', 'service-bus', { label: 'Enterprise Service Bus' })
      .node('a', 'service', { label: 'Scoring' }).node('b', 'service', { label: 'Scoring' }).node('c', 'service', { label: 'Customer Data' })
      .node('db', 'database', { label: 'CRM DB' })
      .edge('ui', 'bus').edge('bus', 'a', 'request-response', { attrs: { protocol: 'SOAP' } }).edge('bus', 'b').edge('bus', 'c')
      .edge('c', 'db', 'request-response', { attrs: { protocol: 'SQL' } })
      .build(),
  microservices: () =>
    design().title('Microservices')
      .node('ui', 'client', { label: 'Mobile App' })
      .node('gw', 'api-gateway', { label: 'API Gateway' })
      .node('feat', 'microservice', { label: 'Feature Service' })
      .node('inf', 'microservice', { label: 'Inference', props: { routing: 'one' } })
      .node('ab', 'microservice', { label: 'A/B Testing' })
      .node('fdb', 'database', { label: 'Features DB' }).node('mdb', 'database', { label: 'Metrics DB' })
      .node('q', 'message-queue', { label: 'Prediction Queue' })
      .node('reg', 'service-registry', { label: 'Service Registry' })
      .node('fs', 'feature-store', { label: 'Online Features' })
      .edge('ui', 'gw').edge('gw', 'feat').edge('gw', 'inf').edge('feat', 'fdb').edge('inf', 'q', 'async-message')
      .edge('q', 'ab', 'async-message').edge('ab', 'mdb').edge('inf', 'reg').edge('inf', 'fs', 'poll', { props: { pollIntervalMs: 250 } })
      .edge('inf', 'ab', 'async-message', { label: 'shadow traffic' })
      .build(),
  eventDriven: () =>
    design().title('Event-driven')
      .node('src', 'event-source', { label: 'User Interactions' })
      .node('k', 'event-broker', { label: 'Kafka' })
      .node('fe', 'event-processor', { label: 'Feature Engineering' })
      .node('rt', 'event-processor', { label: 'Real-time Inference' })
      .node('dd', 'event-processor', { label: 'Drift Detection' })
      .node('es', 'event-store', { label: 'Event Store' })
      .node('ns', 'notification-service', { label: 'Alerts' })
      .node('ui', 'client', { label: 'Dashboard' })
      .edge('src', 'k', 'event-stream').edge('k', 'fe', 'event-stream').edge('fe', 'k', 'event-stream')
      .edge('rt', 'k', 'poll', { attrs: { protocol: 'Kafka' }, props: { pollIntervalMs: 500 } })
      .edge('k', 'dd', 'event-stream').edge('dd', 'es', 'async-message').edge('es', 'dd', 'async-message', { label: 'replay' })
      .edge('dd', 'ns', 'event-stream', { label: 'drift alert' }).edge('ns', 'ui', 'async-message')
      .build(),
  lambda: () =>
    design().title('Lambda')
      .node('bl', 'batch-layer').node('sl', 'speed-layer').node('vl', 'serving-layer')
      .node('src', 'event-source', { label: 'Clickstream' })
      .node('k', 'event-broker', { label: 'Ingest (Kafka)' })
      .node('sch', 'scheduler', { label: 'Nightly' })
      .node('bp', 'batch-processor', { parent: 'bl', label: 'Spark Batch' })
      .node('lake', 'data-warehouse', { parent: 'bl', label: 'Data Lake' })
      .node('tr', 'training-job', { parent: 'bl', label: 'Trainer' })
      .node('mr', 'model-registry', { label: 'Model Registry' })
      .node('sp', 'stream-processor', { parent: 'sl', label: 'Flink' })
      .node('rv', 'feature-store', { parent: 'sl', label: 'Realtime View (Redis)' })
      .node('srv', 'model-server', { parent: 'vl', label: 'Serving API' })
      .node('mon', 'monitoring', { label: 'Monitoring' })
      .node('ui', 'client', { label: 'App' })
      .edge('src', 'k', 'event-stream').edge('k', 'sp', 'event-stream').edge('sp', 'rv', 'async-message')
      .edge('sch', 'bp', 'scheduled-trigger', { props: { batchIntervalMs: 3_600_000 } })
      .edge('bp', 'lake', 'batch-load').edge('bp', 'lake', 'async-message', { attrs: { processing: 'batch' }, label: 'views' })
      .edge('sch', 'tr', 'scheduled-trigger').edge('tr', 'mr', 'request-response', { label: 'register model' })
      .edge('mr', 'srv', 'async-message', { label: 'model updated' })
      .edge('srv', 'lake', 'poll', { props: { pollIntervalMs: 60_000 } }).edge('srv', 'rv', 'poll')
      .edge('ui', 'srv').edge('srv', 'mon', 'request-response', { attrs: { processing: 'batch' }, props: { batchIntervalMs: 30_000 } })
      .build(),
  hostile: () => {
    const b = design().title('Hostile */ labels\n# not a heading').node('br', 'event-broker', { label: '../../kafka' }).node('db', 'database', { label: 'CON' });
    HOSTILE_LABELS.forEach((label, i) => b.node(`h${i}`, i % 3 === 0 ? 'microservice' : i % 3 === 1 ? 'event-processor' : 'model-server', { label }));
    HOSTILE_LABELS.forEach((label, i) => {
      if (i > 0) b.edge(`h${i - 1}`, `h${i}`, i % 2 ? 'request-response' : 'event-stream', { label });
    });
    b.edge('h0', 'br', 'event-stream', { label: '*/ x' }).edge('br', 'h1', 'event-stream').edge('h2', 'db', 'request-response', { label: '"""' });
    return b.build();
  },
};
