/**
 * Kind inference for flowcharts outside the dialect (DESIGN §5): from the enclosing
 * subgraph's title, then well-known words in the label, then the shape. The word lists are
 * data; the first matching entry wins, so more specific entries come first.
 */
import { isContainerKind, type KindId } from '../../catalog/kinds';
import { findTechnology } from '../../catalog/technology';
import type { NodeProperties } from '../../model/properties';

type Rule = readonly [RegExp, KindId, NodeProperties?];

/** Subgraph titles that say what their members are ("ML Microservices", "Event Stores"). */
const TITLE_RULES: readonly Rule[] = [
  [/micro-?services?\b/i, 'microservice'],
  [/\bevent sources?\b|\bsources\b|\bproducers\b/i, 'event-source'],
  [/\bevent processors?\b|\bprocessors\b/i, 'event-processor'],
  [/\bevent stores?\b/i, 'event-store'],
  [/\bservice bus\b|\besb\b/i, 'service-bus'],
  [/\bapi gateway\b|\bgateways?\b/i, 'api-gateway'],
  [/\bevent (streaming|stream|broker)s?\b|\bstreaming platform\b|\bbrokers?\b/i, 'event-broker'],
  [/\b(ml )?models\b/i, 'model-server'],
  [/\bml services\b/i, 'service', { domain: 'ml' }],
  [/\bbusiness services\b/i, 'service', { domain: 'business' }],
  [/\bdata services\b/i, 'service', { domain: 'data' }],
  [/\bservices\b/i, 'service'],
  [/\bdatabases\b|\bdata stores\b/i, 'database'],
  [/\bclients\b|\bfront-?ends?\b/i, 'client'],
];

/** Well-known words in a label. */
const LABEL_RULES: readonly Rule[] = [
  // A connector moves data between systems, whatever product it names ("PostgreSQL Sink Connector").
  [/\bconnectors?\b/i, 'event-processor'],
  [/\bfeature store\b/i, 'feature-store'],
  [/\bmodel (registry|repository|catalog)\b|\bmlflow\b/i, 'model-registry'],
  [/\bservice (registry|discovery)\b|\bconsul\b|\beureka\b/i, 'service-registry'],
  [/\b(api[ -]?)?gateway\b|\bload balanc|\brate limit/i, 'api-gateway'],
  [/\bservice bus\b|\besb\b|\bmessage routing\b/i, 'service-bus'],
  [/\bqueues?\b|\brabbitmq\b|\bsqs\b|\bactivemq\b/i, 'message-queue'],
  [/\bpublisher\b|\bproducer\b/i, 'component'],
  [/\bkafka\b|\bkinesis\b|\bpulsar\b|\bpub\/?sub\b|\bevent (bus|broker|streams?)\b|\bmessage broker\b|\bbroker\b|\btopics?\b/i, 'event-broker'],
  [/\bschedul(er|ing)\b|\bcron\b/i, 'scheduler'],
  [/\bbatch (processor|processing|job|inference)s?\b|\bairflow\b|\bhadoop\b|\bspark\b(?! streaming)|\betl\b|\blarge-scale\b/i, 'batch-processor'],
  [/\bstream(ing)? process(or|ing)\b|\bflink\b|\bspark streaming\b|\bwindowed\b/i, 'stream-processor'],
  [/\bwarehouse\b|\bdata lake\b|\blakehouse\b|\bhistorical data\b|\bdumps?\b/i, 'data-warehouse'],
  [/\bcompute\b|\bnetworking\b|\binfrastructure\b/i, 'component'],
  [/\bevent store\b|\bevent log\b/i, 'event-store'],
  [/\bdb\b|\bdatabases?\b|\bdata ?store\b|\bstorage\b|\bstore\b|\bpostgres(ql)?\b|\bmysql\b|\bmongo(db)?\b|\bredis\b|\bcassandra\b|\blogs\b|\bviews\b|\bfile systems?\b/i, 'database'],
  [/\bnotifications?\b|\be-?mail\b|\bsms\b/i, 'notification-service'],
  [/\btrain(ing|er)?\b|\bonline learning\b|\boffline learning\b|\bmodel updates?\b/i, 'training-job'],
  [/\binference\b|\bmodel serv(er|ers|ing)\b|\bpredictor\b|\bscoring\b/i, 'model-server'],
  [/\bmonitor(ing)?\b|\bmetrics\b|\bdrift\b|\balert(s|ing)?\b|\bobservability\b|\bfeedback\b/i, 'monitoring'],
  [/\bweb ui\b|\bmobile\b|\bbrowser\b|\bdashboard\b|\bfront-?end\b|\bquery interface\b|\bclients?\b|\buser interface\b|\bweb app\b/i, 'client'],
  [/\bsensors?\b|\biot\b|\buser (events|interactions|clicks)\b|\bclickstream\b|\buploads?\b|\bdata sources?\b|\braw data\b|\blive data\b|\bevent sources?\b|\bchanges\b|\bcdc\b/i, 'event-source'],
  [/\bmicroservices?\b/i, 'microservice'],
  [/\bprocessors?\b|\bconsumers?\b|\bfeature engineering\b|\bworkers?\b|\bhandlers?\b|\bingest(ion|or)?\b/i, 'event-processor'],
  [/\bcaches?\b|\bbuckets?\b|\bobject stor(age|e)\b|\bindex\b|\brepository\b|\bknowledge base\b/i, 'database'],
  [/\borchestrat(or|ion)\b|\bworkflows?\b|\bpipelines? (orchestrat|schedul)/i, 'scheduler'],
  [/\bjobs?\b|\bpipelines?\b/i, 'batch-processor'],
  [/\btracing\b|\blogging\b|\bexperiment tracking\b/i, 'monitoring'],
  // A user or an app as the thing itself ("User", "Mobile app"), not a word in a description.
  [/^\W*(end[ -])?(users?|customers?)\b|\b(web|mobile|ios|android|desktop|client) apps?\b|\bui\b|\bportal\b|\bnotebooks?\b/im, 'client'],
  [/\bmodels?\b/i, 'model-server'],
  [/\bservices?\b|\bapis?\b|\bbackend\b|\bserver\b/i, 'microservice'],
];

/** Words saying the node is something that uses a product, not the product ("Kafka Producer"). */
const USER_OF = /\b(producers?|publishers?|consumers?|clients?|sdks?|librar(y|ies)|exporters?|connectors?|adapters?|drivers?|wrappers?|operators?)\b/i;

export interface VertexEvidence {
  label: string;
  /** Titles of the enclosing subgraphs, innermost first. */
  titles: readonly string[];
  shape?: string;
  /** False when the diagram draws most nodes in one shape, so the shape says nothing. */
  shapeSpeaks: boolean;
}

/**
 * The kind of a node outside the dialect: a product the label names (the catalogue), then the
 * enclosing subgraph's title, then words of the label, then the shape. A product used by the
 * node ("Kafka Producer") gives no kind.
 */
export function inferVertex(v: VertexEvidence): (Inferred & { technology?: string }) | undefined {
  const tech = findTechnology(v.label);
  const technology = tech && !tech.generic ? { technology: tech.name } : {};
  // A container product drawn as a plain node ("Kubernetes Cluster") is a component that
  // names it: its technology says cluster to the skeleton, and the drawing keeps its box.
  if (tech && !tech.generic && isContainerKind(tech.kind) && !USER_OF.test(v.label)) return { kind: 'component', ...technology };
  const usable = tech && !USER_OF.test(v.label) && !isContainerKind(tech.kind);
  // A web framework says how a service is built, not what it does: "Inference API (FastAPI)"
  // is a model server.
  if (usable && !tech.generic && tech.kind === 'microservice') {
    const role = kindFromLabel(v.label);
    if (role && role.kind !== 'microservice' && role.kind !== 'component' && role.kind !== 'client') return { ...role, ...technology };
  }
  if (usable && !tech.generic) return { kind: tech.kind, ...technology };
  for (const title of v.titles) {
    const k = kindFromTitle(title);
    if (k) return { ...k, ...technology };
  }
  // A plain word of the catalogue ("Data Lake") counts as a label word.
  if (usable) return { kind: tech.kind };
  const k = kindFromLabel(v.label);
  if (k) return { ...k, ...technology };
  const shape = v.shapeSpeaks ? kindFromShape(v.shape) : undefined;
  if (shape) return { kind: shape, ...technology };
  return tech && !tech.generic ? { kind: 'component', ...technology } : undefined;
}

/** Shapes that say a kind (a cylinder is a store). */
const SHAPE_KINDS: Readonly<Record<string, KindId>> = { cylinder: 'database' };

export interface Inferred {
  kind: KindId;
  properties?: NodeProperties;
}

const firstMatch = (rules: readonly Rule[], text: string): Inferred | undefined => {
  const rule = rules.find(([re]) => re.test(text));
  return rule && { kind: rule[1], ...(rule[2] ? { properties: { ...rule[2] } } : {}) };
};

export function kindFromTitle(title: string): Inferred | undefined {
  return firstMatch(TITLE_RULES, title);
}

export function kindFromLabel(label: string): Inferred | undefined {
  return firstMatch(LABEL_RULES, label);
}

export function kindFromShape(shape: string | undefined): KindId | undefined {
  return shape === undefined ? undefined : SHAPE_KINDS[shape];
}

/** The container kind a subgraph title or node label names, if any ("Data Layer", "Batch Layer"). */
export function containerKindFromTitle(title: string): KindId | undefined {
  if (/\bbatch layer\b/i.test(title)) return 'batch-layer';
  if (/\bspeed layer\b/i.test(title)) return 'speed-layer';
  if (/\bserving layer\b/i.test(title)) return 'serving-layer';
  if (/\blayer\b|\btier\b/i.test(title)) return 'layer';
  if (/\bclusters?\b|\bkubernetes\b|\bk8s\b|\bregion\b/i.test(title)) return 'cluster';
  return undefined;
}

/**
 * Splits a label that names a layer on its first line ("Presentation Layer\nWeb UI, Mobile
 * Apps") into the layer's title and the rest. A label that is only a layer's name
 * ("Batch Layer") gives an empty rest.
 */
export function splitLayerLabel(label: string): { kind: KindId; title: string; rest: string } | undefined {
  const [first, ...more] = label.split('\n');
  const kind = containerKindFromTitle(first!);
  if (kind === undefined || kind === 'cluster') return undefined;
  if (!/\b(layer|tier)\s*$/i.test(first!.trim())) return undefined;
  return { kind, title: first!.trim(), rest: more.join('\n').trim() };
}
