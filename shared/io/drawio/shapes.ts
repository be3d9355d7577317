/**
 * draw.io shapes → Archway kinds. Cloud and Kubernetes libraries name their product in the
 * style (`shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.rds`,
 * `image=img/lib/azure2/databases/Azure_Cosmos_DB.svg`, `shape=mxgraph.gcp2.bigquery`,
 * `shape=mxgraph.kubernetes.icon;prIcon=pod`); the name is normalised ("rds", "azure cosmos db")
 * and matched against the table below, first match wins. Basic shapes (a cylinder) come last:
 * a label word beats them. The table is data, kept here until shared/catalog's technology
 * catalogue maps products and can take over (see `technologyOfLabel` in import.ts).
 */
import type { KindId } from '../../catalog/kinds';
import type { Style } from './style';

export type Library = 'aws' | 'azure' | 'gcp' | 'kubernetes' | 'basic';

type ProductRule = readonly [RegExp, KindId, string?];

/** Product names, normalised (lower case, words separated by spaces). More specific first. */
const PRODUCT_RULES: readonly ProductRule[] = [
  [/\bsagemaker\b.*\b(training|notebook)\b|\btraining\b/, 'training-job'],
  [/\bsagemaker\b/, 'model-server', 'SageMaker'],
  [/\bmachine learning\b|\bvertex ai\b|\bai platform\b|\bml engine\b|\bcognitive services?\b|\brekognition\b|\bcomprehend\b|\bpolly\b|\blex\b|\bautoml\b|\bprediction\b|\bnatural language\b|\bvision api\b/, 'model-server'],
  [/\bfeature store\b/, 'feature-store'],
  [/\bmodel registry\b/, 'model-registry'],
  [/\bapi gateway\b|\bapi management\b|\bapigee\b|\bcloud endpoints\b|\bapplication gateway\b|\bload balanc|\belastic load\b|\b(elb|alb|nlb)\b|\bfront doors?\b|\bingress\b|\bing\b/, 'api-gateway'],
  [/\bkinesis data (firehose|analytics)\b|\bfirehose\b|\bstream analytics\b|\bdataflow\b|\bmanaged (service for )?apache flink\b/, 'stream-processor'],
  [/\bmanaged streaming for (apache )?kafka\b|\bmsk\b|\bkinesis\b|\bevent hubs?\b|\bpub ?sub\b|\beventbridge\b|\bevent grid\b|\bkafka\b/, 'event-broker'],
  [/\bsqs\b|\bsimple queue\b|\bamazon mq\b|\bservice bus\b|\bqueues?\b/, 'message-queue'],
  [/\bsns\b|\bsimple notification\b|\bnotification hubs?\b|\bses\b|\bsimple email\b|\bpinpoint\b|\bnotification\b/, 'notification-service'],
  [/\bredshift\b|\bathena\b|\bbigquery\b|\bsynapse\b|\bdata warehouse\b|\blake formation\b|\bdata lake\b|\bsnowflake\b/, 'data-warehouse'],
  [/\bemr\b|\bglue\b|\bdataproc\b|\bdatabricks\b|\bhdinsight\b|\bdata factory\b|\bbatch\b|\bhadoop\b|\bspark\b|\bjob\b/, 'batch-processor'],
  [/\bstep functions\b|\bcloud scheduler\b|\blogic apps?\b|\bcron ?jobs?\b|\bcomposer\b|\bscheduler\b|\bmwaa\b|\bairflow\b/, 'scheduler'],
  [/\bcloudwatch\b|\bx ray\b|\bmonitor(ing)?\b|\bapplication insights\b|\blog analytics\b|\bstackdriver\b|\blogging\b|\bcloudtrail\b|\btrace\b|\bprometheus\b|\bgrafana\b/, 'monitoring'],
  [/\bcloud map\b|\bservice discovery\b|\bservice registry\b/, 'service-registry'],
  [/\brds\b|\baurora\b|\bdynamodb\b|\bdocumentdb\b|\bneptune\b|\belasticache\b|\bmemorydb\b|\bkeyspaces\b|\btimestream\b|\bcosmos\b|\bsql\b|\bdatabases?\b|\bcache\b|\bredis\b|\bbigtable\b|\bspanner\b|\bfirestore\b|\bdatastore\b|\bmemorystore\b|\bs3\b|\bsimple storage\b|\bbuckets?\b|\bstorage\b|\bblob\b|\befs\b|\bebs\b|\belastic (block|file)\b|\bglacier\b|\bfilestore\b|\bpvc?\b|\bvolume\b|\betcd\b|\bdisk\b/, 'database'],
  [/\bevent time based\b|\btime based\b/, 'scheduler'],
  [/\belasticsearch\b|\bopensearch\b/, 'database', 'Elasticsearch'],
  [/\biot\b|\bsensors?\b|\bdevices?\b/, 'event-source'],
  [/\busers?\b|\bclients?\b|\bmobile\b|\bbrowser\b|\bdesktop\b|\blaptop\b|\bphone\b|\bactor\b|\bperson\b|\bcomputer\b|\bworkstation\b/, 'client'],
  [/\blambda\b|\bfunctions?\b|\bcloud run\b|\bapp engine\b|\bapp services?\b|\bweb apps?\b|\bec2\b|\bfargate\b|\becs\b|\beks\b|\bgke\b|\baks\b|\bkubernetes\b|\bcontainers?\b|\bpod\b|\bdeploy(ment)?\b|\bsvc\b|\brs\b|\bsts\b|\bds\b|\binstances?\b|\bcompute\b|\bvirtual machines?\b|\bvm\b|\bbeanstalk\b|\bapp runner\b/, 'microservice'],
];

/** Group shapes of the cloud libraries that are regions, clouds or clusters. */
const CLUSTER_GROUPS = /\b(region|aws cloud|cloud|vpc|virtual network|vnet|availability zone|zone|cluster|kubernetes|eks|gke|aks|subscription|project)\b/;

const LIBRARY_PREFIX = /^(mxgraph\.)?(aws4|aws3d|aws3|aws|azure2?|gcp2?|kubernetes|k8s|ibm|cisco|network|mscae\.enterprise|mscae|office\.\w+)\./i;

/** The product the style names, normalised: "resourceIcon" icons use resIcon, GCP and Kubernetes prIcon, images their file name. */
export function productName(style: Style): { name: string; library: Library } {
  const v = style.values;
  // `shape=stencil(...)` embeds a compressed drawing, not a name.
  const raw = [v.get('resIcon'), v.get('prIcon'), v.get('grIcon'), v.get('shape'), v.get('image')].filter((s): s is string => !!s && !s.startsWith('stencil(') && !s.startsWith('data:'));
  const all = raw.join(' ').toLowerCase();
  const library: Library = /aws/.test(all) ? 'aws' : /azure|mscae/.test(all) ? 'azure' : /gcp|google/.test(all) ? 'gcp' : /kubernetes|k8s/.test(all) ? 'kubernetes' : 'basic';
  const names = raw
    .map((s) => (s.includes('/') ? s.slice(s.lastIndexOf('/') + 1).replace(/\.(svg|png|jpe?g)$/i, '') : s))
    .map((s) => s.replace(LIBRARY_PREFIX, ''))
    .filter((s) => !/^(resourceIcon|productIcon|icon|hexIcon|group|groupCenter|label|image)$/i.test(s));
  const name = names
    .join(' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[_\-./]+/g, ' ')
    .replace(/\b(amazon|aws|azure|google|cloud icon|icon|gcp)\b/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  return { name, library };
}

/** A kind named by a cloud or Kubernetes icon, with the product when the table knows it. */
export function kindFromProduct(style: Style): { kind: KindId; technology?: string; library: Library } | undefined {
  const { name, library } = productName(style);
  if (library === 'basic' || !name) return undefined;
  const rule = PRODUCT_RULES.find(([re]) => re.test(name));
  if (!rule) return undefined;
  return { kind: rule[1], library, ...(rule[2] ? { technology: rule[2] } : {}) };
}

/** A caption that names a cloud product ("Cloud Pub/Sub", "BigQuery"), for icons drawn as plain images. */
export function kindFromProductWords(label: string): { kind: KindId; technology?: string } | undefined {
  const name = label.replace(/[_\-./]+/g, ' ').toLowerCase();
  const rule = PRODUCT_RULES.find(([re]) => re.test(name));
  return rule && { kind: rule[1], ...(rule[2] ? { technology: rule[2] } : {}) };
}

/** Basic shapes that say a kind; weaker than a label word. */
export function kindFromBasicShape(style: Style): KindId | undefined {
  const shape = style.values.get('shape') ?? '';
  const names = style.names;
  if (/^(cylinder\d?|datastore|mxgraph\.flowchart\.(database|stored_data|direct_data)|mxgraph\.basic\.cylinder)/.test(shape) || names.includes('cylinder')) return 'database';
  if (/^(umlActor|actor|mxgraph\.basic\.person)/.test(shape) || names.includes('actor')) return 'client';
  if (/^(note|mxgraph\.basic\.note)/.test(shape)) return 'note';
  if (names.includes('text') || names.includes('edgeLabel')) return 'note';
  return undefined;
}

/** Is this vertex drawn as a container: a swimlane, a group, a cloud group, or `container=1`? */
export function isContainerStyle(style: Style): boolean {
  const shape = style.values.get('shape') ?? '';
  return (
    style.names.includes('swimlane') ||
    shape === 'swimlane' ||
    style.names.includes('group') ||
    style.values.get('container') === '1' ||
    /^mxgraph\.(aws4|aws3)\.group/.test(shape) ||
    /^mxgraph\.(aws4|aws3)\.groupCenter/.test(shape) ||
    /^mxgraph\.(gcp2|azure)\.group/i.test(shape)
  );
}

/** A container drawn as a cloud region, VPC or cluster group. */
export function isClusterGroup(style: Style): boolean {
  const grIcon = (style.values.get('grIcon') ?? '').replace(LIBRARY_PREFIX, '').replace(/[_\-.]+/g, ' ').toLowerCase();
  return grIcon !== '' && CLUSTER_GROUPS.test(grIcon);
}
