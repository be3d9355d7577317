/**
 * docker-compose.yml: a container per package (built from its folder) and one per
 * infrastructure node. `depends_on` points only from packages to infrastructure, never
 * between packages, so it has no cycles even when the design's calls do (DESIGN §5).
 */
import type { Tech } from './roles';
import { infraUsed, SERVICE_PORT, type Infra, type SkeletonPlan } from './plan-types';
import type { YamlValue } from './yaml';

type Service = { [key: string]: YamlValue };

const IMAGES: Record<Tech, (inf: Infra) => Service> = {
  kafka: (inf) => ({
    image: 'apache/kafka:3.9.0',
    environment: {
      KAFKA_NODE_ID: '1',
      KAFKA_PROCESS_ROLES: 'broker,controller',
      KAFKA_LISTENERS: 'PLAINTEXT://:9092,CONTROLLER://:9093',
      KAFKA_ADVERTISED_LISTENERS: `PLAINTEXT://${inf.name}:9092`,
      KAFKA_CONTROLLER_LISTENER_NAMES: 'CONTROLLER',
      KAFKA_LISTENER_SECURITY_PROTOCOL_MAP: 'CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT',
      KAFKA_CONTROLLER_QUORUM_VOTERS: `1@${inf.name}:9093`,
      KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR: '1',
      KAFKA_TRANSACTION_STATE_LOG_MIN_ISR: '1',
      KAFKA_AUTO_CREATE_TOPICS_ENABLE: 'true',
    },
  }),
  amqp: () => ({ image: 'rabbitmq:4-management' }),
  postgres: (inf) => ({
    image: 'postgres:17',
    environment: { POSTGRES_PASSWORD: 'postgres' },
    volumes: [`./infra/${inf.name}/init.sql:/docker-entrypoint-initdb.d/init.sql:ro`],
  }),
  redis: () => ({ image: 'redis:7' }),
  mlflow: () => ({ image: 'ghcr.io/mlflow/mlflow:v2.20.3', command: ['mlflow', 'server', '--host', '0.0.0.0', '--port', '5000'] }),
  consul: () => ({ image: 'hashicorp/consul:1.20', command: ['agent', '-dev', '-client', '0.0.0.0'] }),
};

/** The compose document as data (the test validates it against the Compose Specification). */
export function composeDocument(plan: SkeletonPlan): YamlValue {
  const services: { [name: string]: YamlValue } = {};
  for (const pkg of plan.packages) {
    const used = infraUsed(pkg);
    const environment: { [k: string]: string } = { PORT: String(SERVICE_PORT) };
    for (const p of pkg.ports) if (p.type === 'call' && (p.peer.internal || p.peer.infra)) environment[p.peer.env] = p.peer.url;
    for (const inf of used) environment[inf.env] = inf.url;
    services[pkg.name] = {
      build: `./services/${pkg.name}`,
      environment,
      ports: pkg.hostPort === null ? undefined : [`${pkg.hostPort}:${SERVICE_PORT}`],
      depends_on: used.length ? used.map((inf) => inf.name) : undefined,
      restart: 'on-failure',
    };
  }
  for (const inf of plan.infra) services[inf.name] = IMAGES[inf.tech](inf);
  return { services };
}

/** Init scripts mounted into each PostgreSQL container: the table the generated clients use. */
export const POSTGRES_INIT = `CREATE TABLE IF NOT EXISTS messages (
  id TEXT PRIMARY KEY,
  sent_at TIMESTAMPTZ NOT NULL,
  payload JSONB NOT NULL
);
CREATE INDEX IF NOT EXISTS messages_sent_at ON messages (sent_at DESC);
`;
