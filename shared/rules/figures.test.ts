/**
 * The seed's own figures, drawn as Archway designs, checked as a whole: each figure is an
 * example of its pattern, so it must not break that pattern's rules — except where the seed
 * itself points out the weakness (the ESB bottleneck of Figure 34.2, the shared Model Store
 * and the unregistered Data Validation Service of Figure 34.3).
 */
import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { checkDesign } from './index';

const rules = (d: ReturnType<ReturnType<typeof design>['build']>) => [...new Set(checkDesign(d).problems.map((p) => p.rule))].sort();

describe('the seed figures', () => {
  it('Figure 34.1 (layered) breaks no rule', () => {
    const d = design()
      .layer('A', 1, { label: 'Presentation Layer' })
      .layer('B', 2, { label: 'Application Layer' })
      .layer('C', 3, { label: 'ML Service Layer' })
      .layer('D', 4, { label: 'Data Access Layer' })
      .node('ui', 'client', { parent: 'A', label: 'Web UI, Mobile Apps' })
      .node('app', 'service', { parent: 'B', label: 'Business Logic, APIs' })
      .node('ml', 'model-server', { parent: 'C', label: 'Model Inference' })
      .node('db', 'database', { parent: 'D', label: 'Database' })
      .edge('ui', 'app')
      .edge('app', 'ml')
      .edge('ml', 'db', 'poll', { props: { pollIntervalMs: 50 } })
      .edge('app', 'db', 'async-message', { label: 'writes' })
      .build();
    // The added app → db write skips the ML service layer: the only problem.
    expect(rules(d)).toEqual(['layered/layer-skip']);
  });

  it('Figure 34.2 (SOA) only shows the bottleneck the seed warns about', () => {
    const b = design().node('SB', 'service-bus', { label: 'Message Routing & Transformation' });
    for (const id of ['MS1', 'MS2', 'MS3', 'MS4', 'BS1', 'BS2', 'BS3', 'DS1', 'DS2', 'DS3']) b.node(id, 'service').edge(id, 'SB');
    expect(rules(b.build())).toEqual(['soa/bus-bottleneck']);
  });

  it('Figure 34.3 (microservices) shows its shared Model Store and unregistered M6', () => {
    const b = design()
      .node('AG', 'api-gateway')
      .node('K8S', 'cluster')
      .node('MSG', 'message-queue')
      .node('REG', 'service-registry');
    for (const m of ['M1', 'M2', 'M3', 'M4', 'M5', 'M6']) b.node(m, 'microservice');
    for (const db of ['DB1', 'DB2', 'DB3', 'DB4']) b.node(db, 'database');
    for (const m of ['M1', 'M2', 'M3', 'M4']) b.edge('AG', m);
    b.edge('M1', 'DB1').edge('M2', 'DB2').edge('M3', 'DB2').edge('M4', 'M2').edge('M4', 'M3').edge('M5', 'DB3').edge('M6', 'DB4');
    for (const m of ['M1', 'M2', 'M3', 'M4', 'M5']) b.edge(m, 'MSG', 'async-message').edge(m, 'REG', 'async-message');
    expect(rules(b.build())).toEqual(['microservices/shared-database', 'microservices/unregistered']);
  });

  it('Figure 34.4 (event-driven) breaks no rule', () => {
    const b = design().node('ESP', 'event-broker', { label: 'Apache Kafka' });
    for (const s of ['ES1', 'ES2', 'ES3', 'ES4', 'ES5']) b.node(s, 'event-source').edge(s, 'ESP', 'event-stream');
    for (const i of [1, 2, 3, 4]) {
      b.node(`EP${i}`, 'event-processor').node(`EVS${i}`, 'event-store');
      b.edge('ESP', `EP${i}`, 'event-stream').edge(`EP${i}`, `EVS${i}`, 'async-message');
      // "EVS --> ESP": data flows out of a store, so the broker polls it.
      b.edge('ESP', `EVS${i}`, 'poll', { props: { pollIntervalMs: 100 } });
    }
    b.node('DC1', 'client').node('DC2', 'client').node('DC3', 'notification-service').node('DC4', 'data-warehouse');
    for (const c of ['DC1', 'DC2', 'DC3', 'DC4']) b.edge('ESP', c, 'event-stream');
    expect(rules(b.requirements({ latency: 'sub-second', throughput: 1000, team: 'devops-mature' }).build())).toEqual([]);
  });
});
