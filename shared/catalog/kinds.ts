/**
 * The component kinds of DESIGN §2: one definer, one registry. Adding a kind means adding
 * one `defineKind` entry to `KINDS`; `KindId` and the schema's enum derive from it.
 */
import type { NodeProperties } from '../model/properties';

export type PatternGroup =
  | 'layered'
  | 'soa'
  | 'microservices'
  | 'event-driven'
  | 'data-ml'
  | 'lambda'
  | 'notes';

export const PATTERN_GROUPS: readonly { id: PatternGroup; label: string }[] = [
  { id: 'layered', label: 'Layered' },
  { id: 'soa', label: 'Service-oriented' },
  { id: 'microservices', label: 'Microservices' },
  { id: 'event-driven', label: 'Event-driven' },
  { id: 'data-ml', label: 'Data and ML' },
  { id: 'lambda', label: 'Lambda' },
  { id: 'notes', label: 'Notes and groups' },
];

/** Icon names are lucide-react component names; the renderer maps each to its component. */
export type IconName =
  | 'Layers' | 'Monitor' | 'Network' | 'Server' | 'DoorOpen' | 'Box' | 'Database'
  | 'ListOrdered' | 'BookMarked' | 'Cloud' | 'Radio' | 'Zap' | 'Cpu' | 'Archive'
  | 'Table' | 'Package' | 'BrainCircuit' | 'Dumbbell' | 'Waves' | 'Factory' | 'Clock'
  | 'Warehouse' | 'Bell' | 'Activity' | 'Rows3' | 'Gauge' | 'LayoutPanelTop' | 'Shapes'
  | 'Group' | 'StickyNote';

export interface KindDef<Id extends string = string> {
  readonly id: Id;
  readonly label: string;
  readonly description: string;
  readonly icon: IconName;
  readonly group: PatternGroup;
  /** Holds other nodes; never an edge endpoint, not counted as a component by rules. */
  readonly container: boolean;
  /** A store or registry: never starts a sync call. */
  readonly passive: boolean;
  /** Emits messages on its own (`rate`). */
  readonly source: boolean;
  /** Ignored by rules and simulation (sticky notes). */
  readonly annotation: boolean;
  /** Defaults that make a fresh design simulate without typing numbers. */
  readonly defaults: NodeProperties;
  /** Default size for containers and notes. */
  readonly size?: { width: number; height: number };
}

type KindInput<Id extends string> = Pick<KindDef<Id>, 'id' | 'label' | 'description' | 'icon' | 'group'> &
  Partial<Omit<KindDef<Id>, 'id' | 'label' | 'description' | 'icon' | 'group'>>;

const SERVICE_DEFAULTS: NodeProperties = { serviceTimeMs: 20, serviceTimeDist: 'exponential', workers: 4, replicas: 1, queueCapacity: 1000, routing: 'all' };

export function defineKind<const Id extends string>(input: KindInput<Id>): KindDef<Id> {
  return {
    container: false,
    passive: false,
    source: false,
    annotation: false,
    defaults: SERVICE_DEFAULTS,
    ...input,
  };
}

const CONTAINER = { container: true, defaults: {}, size: { width: 420, height: 220 } } as const;
const store = (serviceTimeMs: number, workers: number): Pick<KindDef, 'passive' | 'defaults'> => ({
  passive: true,
  defaults: { serviceTimeMs, serviceTimeDist: 'exponential', workers, replicas: 1, queueCapacity: 1000, routing: 'all' },
});
const svc = (serviceTimeMs: number, workers = 4, extra: NodeProperties = {}): NodeProperties => ({
  ...SERVICE_DEFAULTS,
  serviceTimeMs,
  workers,
  ...extra,
});

export const KINDS = [
  defineKind({ id: 'layer', label: 'Layer', description: 'A tier of a layered architecture; rank 1 is the top', icon: 'Layers', group: 'layered', ...CONTAINER, defaults: { rank: 1 }, size: { width: 640, height: 160 } }),
  defineKind({ id: 'client', label: 'Client', description: 'Web UI, mobile app or external caller', icon: 'Monitor', group: 'layered', source: true, defaults: { rate: 10, arrival: 'poisson', serviceTimeMs: 1, serviceTimeDist: 'constant', workers: 1000, replicas: 1, queueCapacity: null, routing: 'all' } }),
  defineKind({ id: 'service-bus', label: 'Service bus', description: 'Enterprise service bus: routing and transformation', icon: 'Network', group: 'soa', defaults: svc(2, 16, { routing: 'one' }) }),
  defineKind({ id: 'service', label: 'Service', description: 'A loosely coupled SOA service', icon: 'Server', group: 'soa', defaults: svc(20, 4, { domain: 'ml' }) }),
  defineKind({ id: 'api-gateway', label: 'API gateway', description: 'Load balancing, authentication, rate limiting', icon: 'DoorOpen', group: 'microservices', defaults: svc(2, 16, { routing: 'one' }) }),
  defineKind({ id: 'microservice', label: 'Microservice', description: 'One ML capability that owns its data', icon: 'Box', group: 'microservices', defaults: svc(20, 4) }),
  defineKind({ id: 'database', label: 'Database', description: 'Data store: features, models, metrics, logs', icon: 'Database', group: 'microservices', ...store(5, 8) }),
  defineKind({ id: 'message-queue', label: 'Message queue', description: 'A queue with competing consumers', icon: 'ListOrdered', group: 'microservices', defaults: svc(1, 16, { routing: 'one', queueCapacity: 10000 }) }),
  defineKind({ id: 'service-registry', label: 'Service registry', description: 'Service discovery', icon: 'BookMarked', group: 'microservices', ...store(1, 8) }),
  defineKind({ id: 'cluster', label: 'Cluster', description: 'Container: a Kubernetes cluster or a region', icon: 'Cloud', group: 'microservices', ...CONTAINER }),
  defineKind({ id: 'event-source', label: 'Event source', description: 'User interactions, IoT sensors, DB changes, file uploads, API calls', icon: 'Radio', group: 'event-driven', source: true, defaults: { rate: 50, arrival: 'poisson', serviceTimeMs: 1, serviceTimeDist: 'constant', workers: 1000, replicas: 1, queueCapacity: null, routing: 'all' } }),
  defineKind({ id: 'event-broker', label: 'Event broker', description: 'Event streaming platform (Kafka): topics and fan-out', icon: 'Zap', group: 'event-driven', defaults: svc(1, 16, { queueCapacity: 100000 }) }),
  defineKind({ id: 'event-processor', label: 'Event processor', description: 'Feature engineering, real-time inference, drift detection, alerting', icon: 'Cpu', group: 'event-driven', defaults: svc(10) }),
  defineKind({ id: 'event-store', label: 'Event store', description: 'Features, predictions, monitoring data, alerts: audit and replay', icon: 'Archive', group: 'event-driven', ...store(5, 8) }),
  defineKind({ id: 'notification-service', label: 'Notification service', description: 'Notifies clients of results', icon: 'Bell', group: 'event-driven', defaults: svc(10) }),
  defineKind({ id: 'feature-store', label: 'Feature store', description: 'Online and offline feature store', icon: 'Table', group: 'data-ml', ...store(3, 8) }),
  defineKind({ id: 'model-registry', label: 'Model registry', description: 'Model versions; pushes updates', icon: 'Package', group: 'data-ml', ...store(10, 4) }),
  defineKind({ id: 'model-server', label: 'Model server', description: 'Online inference', icon: 'BrainCircuit', group: 'data-ml', defaults: svc(30) }),
  defineKind({ id: 'training-job', label: 'Training job', description: 'Offline, long-running model training', icon: 'Dumbbell', group: 'data-ml', defaults: svc(60000, 1) }),
  defineKind({ id: 'stream-processor', label: 'Stream processor', description: 'Flink, Spark Streaming', icon: 'Waves', group: 'data-ml', defaults: svc(5) }),
  defineKind({ id: 'batch-processor', label: 'Batch processor', description: 'Spark or Airflow jobs', icon: 'Factory', group: 'data-ml', defaults: svc(5000, 2) }),
  defineKind({ id: 'scheduler', label: 'Scheduler', description: 'Triggers batch jobs on a schedule', icon: 'Clock', group: 'data-ml', source: true, defaults: { rate: 0, serviceTimeMs: 1, serviceTimeDist: 'constant', workers: 1, replicas: 1, queueCapacity: null, routing: 'all' } }),
  defineKind({ id: 'data-warehouse', label: 'Data warehouse', description: 'Warehouse or data lake', icon: 'Warehouse', group: 'data-ml', ...store(50, 4) }),
  defineKind({ id: 'monitoring', label: 'Monitoring', description: 'Metrics, drift, alerts', icon: 'Activity', group: 'data-ml', defaults: svc(5) }),
  defineKind({ id: 'component', label: 'Component', description: 'A generic component', icon: 'Shapes', group: 'data-ml', defaults: svc(10) }),
  defineKind({ id: 'batch-layer', label: 'Batch layer', description: 'Lambda architecture: recomputes views over all data', icon: 'Rows3', group: 'lambda', ...CONTAINER }),
  defineKind({ id: 'speed-layer', label: 'Speed layer', description: 'Lambda architecture: low-latency views of recent data', icon: 'Gauge', group: 'lambda', ...CONTAINER }),
  defineKind({ id: 'serving-layer', label: 'Serving layer', description: 'Lambda architecture: merges batch and speed views', icon: 'LayoutPanelTop', group: 'lambda', ...CONTAINER }),
  defineKind({ id: 'group', label: 'Group', description: 'A generic container', icon: 'Group', group: 'notes', ...CONTAINER }),
  defineKind({ id: 'note', label: 'Note', description: 'A sticky note for workshop comments', icon: 'StickyNote', group: 'notes', annotation: true, defaults: {}, size: { width: 200, height: 120 } }),
] as const;

export type KindId = (typeof KINDS)[number]['id'];

export const KIND_IDS = KINDS.map((k) => k.id) as unknown as readonly [KindId, ...KindId[]];

const BY_ID: ReadonlyMap<string, KindDef<KindId>> = new Map(KINDS.map((k) => [k.id, k as KindDef<KindId>]));

export function isKindId(id: string): id is KindId {
  return BY_ID.has(id);
}

export function kindDef(id: KindId): KindDef<KindId> {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`Unknown component kind "${id}"`);
  return def;
}

export const isContainerKind = (id: KindId): boolean => kindDef(id).container;
export const isPassiveKind = (id: KindId): boolean => kindDef(id).passive;
/** A component: what rules and simulation count (not a container, not a note). */
export const isComponentKind = (id: KindId): boolean => !kindDef(id).container && !kindDef(id).annotation;
