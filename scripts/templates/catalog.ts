/**
 * The templates of issue 4: the seed chapter's Figures 34.1–34.4 and 34.7–34.12, each
 * imported from the chapter's own Mermaid text (shared/io/mermaid/fixtures/seed) and then
 * completed by the steps below. Where the figure itself breaks a rule, the description says so.
 */
import { edge, edgesOf, meta, node, type Step } from './edit';

export interface TemplateDef {
  id: string;
  title: string;
  figure: string;
  /** The fixture file (figure-34-NN.mmd). */
  source: string;
  description: string;
  steps: Step[];
}

const HOUR = 3_600_000;

export const TEMPLATES: TemplateDef[] = [
  {
    id: 'layered',
    title: 'Layered (n-tier) architecture',
    figure: 'Figure 34.1',
    source: 'figure-34-01.mmd',
    description: 'Five horizontal layers with dedicated responsibilities: presentation, application, ML service, data access, infrastructure. Higher layers depend on lower ones, never the reverse, so teams can work on one layer behind a well-defined interface.',
    steps: [
      node('B', { kind: 'service', label: 'Business Logic, APIs', properties: { domain: 'business' } }),
      edge('A', 'B', { protocol: 'REST' }),
      edge('B', 'C', { protocol: 'gRPC' }),
      edge('C', 'D', { protocol: 'SQL' }),
      // The figure's arrow is a dependency, not data leaving the store: data access uses the infrastructure.
      edge('D', 'E', { reverse: true, delivery: 'push', timing: 'async', protocol: 'file' }),
    ],
  },
  {
    id: 'soa',
    title: 'Service-oriented architecture',
    figure: 'Figure 34.2',
    source: 'figure-34-02.mmd',
    description: 'Loosely coupled ML, business and data services that talk only through an enterprise service bus, which routes and transforms messages. Services are reused across applications; the bus is the nervous system and, with ten services, a potential bottleneck, so it runs with three replicas.',
    steps: [node('SB', { properties: { replicas: 3 } }), ...['MS1', 'MS2', 'MS3', 'MS4', 'BS1', 'BS2', 'BS3', 'DS1', 'DS2', 'DS3'].map((s) => edge(s, 'SB', { protocol: 'SOAP' }))],
  },
  {
    id: 'microservices',
    title: 'Microservices architecture',
    figure: 'Figure 34.3',
    source: 'figure-34-03.mmd',
    description: 'Fine-grained ML services behind an API gateway, each deployable on its own, with a message queue and a service registry. As drawn in the chapter, the two inference services share the Model Store (each microservice should own its data) and the data validation service never registers: the checker reports both.',
    steps: [
      ...['M1', 'M2', 'M3', 'M4'].map((m) => edge('AG', m, { protocol: 'REST' })),
      ...['DB1', 'DB2', 'DB3', 'DB4'].map((db) => edgesOf(db, { protocol: 'SQL' })),
      edge('M4', 'M2', { protocol: 'REST' }),
      edge('M4', 'M3', { protocol: 'REST' }),
      edgesOf('MSG', { protocol: 'AMQP' }),
      edgesOf('REG', { timing: 'sync', protocol: 'REST' }),
    ],
  },
  {
    id: 'event-driven',
    title: 'Event-driven architecture',
    figure: 'Figure 34.4',
    source: 'figure-34-04.mmd',
    description: 'Event sources publish to a streaming platform (Kafka); processors for features, inference, drift and alerts consume the streams and write event stores, whose changes flow back as events to downstream consumers. Producers and consumers never wait for each other, and the stores keep the audit trail for replay.',
    steps: [
      edgesOf('ESP', { timing: 'async', protocol: 'Kafka' }),
      // Stores publish their changes (change data capture) rather than being polled by the broker.
      ...['EVS1', 'EVS2', 'EVS3', 'EVS4'].map((s) => edge('ESP', s, { reverse: true, delivery: 'push', timing: 'async', protocol: 'Kafka' })),
      ...['1', '2', '3', '4'].map((i) => edge(`EP${i}`, `EVS${i}`, { protocol: 'SQL' })),
    ],
  },
  {
    id: 'batch-and-streaming',
    title: 'Batch and streaming processing',
    figure: 'Figure 34.7',
    source: 'figure-34-07.mmd',
    description: 'Two ways through the same data: a stream processor (Flink, Spark Streaming) turns events into low-latency results and continuous feature updates, while a batch processor (Spark, Airflow) reads the lake or warehouse on a schedule for high-throughput results.',
    steps: [
      node('SD', { kind: 'event-source' }),
      node('RT', { kind: 'client', label: 'Real-time Results\nLow Latency' }),
      node('BR', { kind: 'database', label: 'Batch Results\nHigh Throughput' }),
      edge('SD', 'SP', { protocol: 'Kafka' }),
      edge('SP', 'FS', { timing: 'async' }),
      edge('SP', 'RT', { timing: 'async' }),
      edge('BP', 'BD', { processing: 'batch', protocol: 'SQL', properties: { batchIntervalMs: 24 * HOUR } }),
      edge('BP', 'BR', { processing: 'batch', timing: 'async' }),
      edge('BP', 'DW', { processing: 'batch', timing: 'async', protocol: 'SQL' }),
    ],
  },
  {
    id: 'real-time-pipeline',
    title: 'Real-time ML pipeline',
    figure: 'Figure 34.8',
    source: 'figure-34-08.mmd',
    description: 'A live stream of user events and sensor readings goes through windowed feature engineering to online inference, whose decisions (recommendations, alerts) are served at once; performance metrics feed back into online learning, which updates the model.',
    steps: [
      meta('Real-time ML pipeline', '', { requirements: { latency: 'sub-second' } }),
      node('D', { kind: 'notification-service', label: 'Real-Time Decisions\nRecommendations, Alerts' }),
      edge('A', 'B', { timing: 'async', protocol: 'Kafka' }),
      edge('B', 'C', { protocol: 'gRPC' }),
      edge('C', 'D', { timing: 'async' }),
      edge('C', 'F', { timing: 'async' }),
      edge('F', 'E', { timing: 'async' }),
      edge('E', 'C', { timing: 'async' }),
    ],
  },
  {
    id: 'batch-pipeline',
    title: 'Batch ML pipeline',
    figure: 'Figure 34.9',
    source: 'figure-34-09.mmd',
    description: 'Scheduled processing of accumulated data: daily or weekly dumps go through large-scale feature engineering, offline training, backtesting and batch inference into stored predictions. High throughput, higher latency, a simpler programming model.',
    steps: [
      meta('Batch ML pipeline', '', { requirements: { latency: 'hours-days' } }),
      node('D', { kind: 'batch-processor' }),
      edge('B', 'A', { processing: 'batch', protocol: 'SQL', properties: { batchIntervalMs: 24 * HOUR } }),
      edge('B', 'C', { processing: 'batch', timing: 'async' }),
      edge('C', 'D', { processing: 'batch', timing: 'async' }),
      edge('D', 'E', { processing: 'batch', timing: 'async' }),
      edge('E', 'F', { processing: 'batch', timing: 'async', protocol: 'SQL' }),
    ],
  },
  {
    id: 'lambda',
    title: 'Lambda architecture',
    figure: 'Figure 34.10',
    source: 'figure-34-10.mmd',
    description: 'Raw data feeds both a batch layer, which recomputes views over all data, and a speed layer, which keeps low-latency views of recent data; the serving layer merges batch and real-time views to answer queries.',
    steps: [
      node('D', { parent: 'B_layer' }),
      node('E', { parent: 'C_layer' }),
      edge('A', 'B', { timing: 'async', processing: 'batch', properties: { batchIntervalMs: 24 * HOUR } }),
      edge('A', 'C', { timing: 'async', protocol: 'Kafka' }),
      edge('B', 'D', { processing: 'batch' }),
      edge('F', 'D', { processing: 'batch' }),
    ],
  },
  {
    id: 'push-model',
    title: 'Push model',
    figure: 'Figure 34.11',
    source: 'figure-34-11.mmd',
    description: 'Producers send data the moment it exists: user events go through a Kafka producer to a topic that fans out to feature engineering, real-time inference and monitoring, and new model versions are pushed from the registry to the model servers. Consumers must keep up (backpressure). As in the chapter, the data source hands its events to a publisher rather than to the broker itself, which the checker flags as direct coupling.',
    steps: [
      node('B', { kind: 'event-processor' }),
      edge('A', 'B', { timing: 'async' }),
      edgesOf('C', { protocol: 'Kafka' }),
      edge('G', 'H', { timing: 'async' }),
      // The registry pushes updates (DESIGN §2), rather than being polled.
      edge('H', 'I', { reverse: true, delivery: 'push', timing: 'async' }),
      edge('I', 'J', { timing: 'async' }),
    ],
  },
  {
    id: 'pull-model',
    title: 'Pull model',
    figure: 'Figure 34.12',
    source: 'figure-34-12.mmd',
    description: 'Consumers decide when to fetch: the inference engine polls the feature store and checks the registry for new models, monitoring polls the service for metrics, and an hourly scheduled job pulls raw data from the warehouse. Simple and stateless, at the cost of polling overhead and some delay.',
    steps: [
      edge('B', 'A', { properties: { pollIntervalMs: 1000 } }),
      edge('B', 'C', { delivery: 'pull', properties: { pollIntervalMs: 60_000 } }),
      edge('D', 'B', { properties: { pollIntervalMs: 15_000 } }),
      edge('E', 'F', { timing: 'async', properties: { batchIntervalMs: HOUR } }),
      edge('F', 'G', { processing: 'batch', protocol: 'SQL' }),
    ],
  },
];
