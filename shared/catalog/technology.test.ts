import { describe, expect, it } from 'vitest';
import { isKindId } from './kinds';
import { findTechnology, TECHNOLOGIES, TECHNOLOGY_NAMES, technologyByName } from './technology';

describe('the technology catalogue', () => {
  it('holds at least 150 products and words, each with a real kind and a unique spelling', () => {
    expect(TECHNOLOGIES.length).toBeGreaterThanOrEqual(150);
    const seen = new Map<string, string>();
    for (const t of TECHNOLOGIES) {
      expect(isKindId(t.kind), t.name).toBe(true);
      for (const s of [t.name, ...(t.aliases ?? [])]) {
        expect(seen.get(s.toLowerCase()), `${s} is listed twice`).toBeUndefined();
        seen.set(s.toLowerCase(), t.name);
      }
    }
  });

  it('names the products the issue lists, with their kinds', () => {
    const kinds = Object.fromEntries(
      ['Kafka', 'Pulsar', 'Kinesis', 'RabbitMQ', 'SQS', 'Redis', 'Postgres', 'MySQL', 'MongoDB', 'Cassandra', 'Elasticsearch', 'OpenSearch', 'Pinecone', 'Milvus', 'Qdrant', 'S3', 'MinIO', 'GCS', 'Snowflake', 'BigQuery', 'Spark', 'Flink', 'Beam', 'Airflow', 'Dagster', 'Prefect', 'Kubeflow', 'MLflow', 'Feast', 'Tecton', 'Triton', 'KServe', 'Seldon', 'BentoML', 'TorchServe', 'Ray', 'vLLM', 'LLM', 'Prometheus', 'Grafana', 'Jaeger', 'Datadog', 'Nginx', 'Envoy', 'Kong', 'Istio', 'Kubernetes', 'Consul', 'Eureka', 'FastAPI', 'Flask', 'Express', 'Spring'].map((n) => [n, technologyByName(n)?.kind]),
    );
    expect(Object.entries(kinds).filter(([, k]) => k === undefined)).toEqual([]);
    expect(kinds).toMatchObject({ Kafka: 'event-broker', RabbitMQ: 'message-queue', MinIO: 'database', Snowflake: 'data-warehouse', Flink: 'stream-processor', Airflow: 'scheduler', MLflow: 'model-registry', Feast: 'feature-store', Triton: 'model-server', Grafana: 'monitoring', Nginx: 'api-gateway', Kubernetes: 'cluster', Consul: 'service-registry', FastAPI: 'microservice' });
  });

  it('finds the first product a label names, as whole words, the longest spelling at one place', () => {
    expect(findTechnology('Streaming Data\nKafka, Kinesis')?.name).toBe('Kafka');
    expect(findTechnology('Stream Processor\nSpark Streaming')?.name).toBe('Spark Streaming');
    expect(findTechnology('Batch jobs on Apache Spark')?.name).toBe('Spark');
    expect(findTechnology('Postgres DB')?.name).toBe('PostgreSQL');
    expect(findTechnology('Sparkle service')).toBeUndefined(); // no word inside a word
    expect(findTechnology('pg_dump')?.name).toBeUndefined(); // short capital spellings match only in capitals
    expect(findTechnology('Weights & Biases')?.name).toBe('Weights & Biases');
  });

  it('suggests product names only, not plain words', () => {
    expect(TECHNOLOGY_NAMES).toContain('MinIO');
    expect(TECHNOLOGY_NAMES).not.toContain('Data Lake');
  });
});
