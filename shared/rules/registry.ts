/**
 * Every rule of DESIGN §3, once. Adding a rule means writing its file (with its test beside
 * it) and listing it here; `RuleId` derives from this list.
 */
import { pollingOverhead } from './communication/polling-overhead';
import { pushNoBackpressure } from './communication/push-no-backpressure';
import { syncLongRunning } from './communication/sync-long-running';
import { deadTopic } from './event-driven/dead-topic';
import { directCoupling } from './event-driven/direct-coupling';
import { noEventStore } from './event-driven/no-event-store';
import { syncBroker } from './event-driven/sync-broker';
import { invalidConnection } from './graph/invalid-connection';
import { isolated } from './graph/isolated';
import { lambdaIncomplete } from './lambda/incomplete';
import { layerSkip } from './layered/layer-skip';
import { upwardDependency } from './layered/upward-dependency';
import { gatewayBypass } from './microservices/gateway-bypass';
import { sharedDatabase } from './microservices/shared-database';
import { syncChain } from './microservices/sync-chain';
import { syncCycle } from './microservices/sync-cycle';
import { unregistered } from './microservices/unregistered';
import { requirementsFit } from './requirements/fit';
import { requirementsLatency } from './requirements/latency';
import { requirementsSlo } from './requirements/slo';
import { busBottleneck } from './soa/bus-bottleneck';
import { bypassBus } from './soa/bypass-bus';
import { missingContract } from './soa/missing-contract';

export const RULES = [
  upwardDependency,
  layerSkip,
  bypassBus,
  busBottleneck,
  missingContract,
  sharedDatabase,
  gatewayBypass,
  syncChain,
  syncCycle,
  unregistered,
  directCoupling,
  syncBroker,
  deadTopic,
  noEventStore,
  pushNoBackpressure,
  syncLongRunning,
  pollingOverhead,
  lambdaIncomplete,
  requirementsLatency,
  requirementsFit,
  requirementsSlo,
  invalidConnection,
  isolated,
] as const;

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly RuleId[] = RULES.map((r) => r.id);

export function ruleDef(id: RuleId): (typeof RULES)[number] {
  return RULES.find((r) => r.id === id)!;
}
