/**
 * Well-known products and words → the kind of component they are (issue 17). One table, data
 * only: Mermaid import (and draw.io, the skeleton) read a node's `technology` and kind from
 * it, and the inspector suggests its names. A name matches as whole words, case-insensitive;
 * aliases are other spellings. Products that play several roles are entered for the role
 * they are drawn in most often (Redis as a database, Spark as a batch processor; Spark
 * Streaming has its own entry).
 */
import type { KindId } from './kinds';

export interface Technology {
  /** The usual spelling, kept on the node (`technology`). */
  name: string;
  kind: KindId;
  aliases?: readonly string[];
  /** A plain word ("Data Lake", "Load Balancer"): it says the kind but names no product. */
  generic?: true;
}

const t = (name: string, kind: KindId, ...aliases: string[]): Technology => (aliases.length ? { name, kind, aliases } : { name, kind });
const w = (name: string, kind: KindId, ...aliases: string[]): Technology => ({ ...t(name, kind, ...aliases), generic: true });

export const TECHNOLOGIES: readonly Technology[] = [
  // Event brokers and streaming platforms
  t('Kafka', 'event-broker', 'Apache Kafka', 'Confluent', 'Kafka Streams Topic', 'MSK', 'Amazon MSK'),
  t('Pulsar', 'event-broker', 'Apache Pulsar'),
  t('Kinesis', 'event-broker', 'Amazon Kinesis', 'AWS Kinesis', 'Kinesis Data Streams'),
  t('Redpanda', 'event-broker'),
  t('Event Hubs', 'event-broker', 'Azure Event Hubs', 'EventHub', 'Event Hub'),
  t('Google Pub/Sub', 'event-broker', 'Pub/Sub', 'PubSub', 'Cloud Pub/Sub', 'GCP Pub/Sub'),
  t('NATS', 'event-broker', 'NATS JetStream', 'JetStream'),
  t('EventBridge', 'event-broker', 'Amazon EventBridge', 'AWS EventBridge'),
  t('SNS', 'event-broker', 'Amazon SNS', 'AWS SNS'),
  t('Event Grid', 'event-broker', 'Azure Event Grid'),
  // Queues
  t('RabbitMQ', 'message-queue', 'Rabbit MQ', 'AMQP broker'),
  t('SQS', 'message-queue', 'Amazon SQS', 'AWS SQS'),
  t('ActiveMQ', 'message-queue', 'Apache ActiveMQ', 'Amazon MQ'),
  t('Azure Service Bus', 'service-bus'),
  t('Celery', 'message-queue'),
  t('Sidekiq', 'message-queue'),
  t('BullMQ', 'message-queue'),
  t('ZeroMQ', 'message-queue', 'ZMQ'),
  t('Google Cloud Tasks', 'message-queue', 'Cloud Tasks'),
  t('MuleSoft', 'service-bus', 'Mule ESB'),
  t('WSO2', 'service-bus', 'WSO2 ESB'),
  t('Apache Camel', 'service-bus'),
  // Databases
  t('PostgreSQL', 'database', 'Postgres', 'PG', 'pgvector', 'Aurora', 'Amazon RDS', 'RDS', 'Cloud SQL', 'Supabase'),
  t('MySQL', 'database', 'MariaDB'),
  t('SQLite', 'database'),
  t('SQL Server', 'database', 'MSSQL', 'Azure SQL'),
  t('Oracle', 'database', 'Oracle DB'),
  t('MongoDB', 'database', 'Mongo', 'DocumentDB'),
  t('Cassandra', 'database', 'Apache Cassandra', 'ScyllaDB', 'Scylla'),
  t('DynamoDB', 'database', 'Amazon DynamoDB', 'Dynamo'),
  t('Redis', 'database', 'Valkey', 'ElastiCache', 'KeyDB'),
  t('Memcached', 'database'),
  t('Elasticsearch', 'database', 'Elastic Search'),
  t('OpenSearch', 'database', 'Amazon OpenSearch'),
  t('Solr', 'database', 'Apache Solr'),
  t('Neo4j', 'database'),
  t('CockroachDB', 'database', 'Cockroach'),
  t('Couchbase', 'database', 'CouchDB'),
  t('HBase', 'database', 'Apache HBase'),
  t('Bigtable', 'database', 'Cloud Bigtable'),
  t('Firestore', 'database', 'Firebase'),
  t('Cosmos DB', 'database', 'CosmosDB', 'Azure Cosmos DB'),
  t('InfluxDB', 'database', 'Influx'),
  t('TimescaleDB', 'database', 'Timescale'),
  t('ClickHouse', 'data-warehouse'),
  t('etcd', 'database'),
  t('Spanner', 'database', 'Cloud Spanner'),
  // Vector databases
  t('Pinecone', 'database'),
  t('Milvus', 'database', 'Zilliz'),
  t('Qdrant', 'database'),
  t('Weaviate', 'database'),
  t('Chroma', 'database', 'ChromaDB'),
  t('FAISS', 'database'),
  t('LanceDB', 'database'),
  w('Vector Database', 'database', 'Vector DB', 'Vector Store', 'VectorDB', 'Vector Index'),
  // Object stores, lakes and warehouses
  t('S3', 'database', 'Amazon S3', 'AWS S3', 'S3 Bucket'),
  t('MinIO', 'database'),
  t('GCS', 'database', 'Google Cloud Storage'),
  t('Azure Blob Storage', 'database', 'Blob Storage', 'Azure Blob', 'ADLS', 'Azure Data Lake'),
  t('HDFS', 'data-warehouse', 'Hadoop HDFS'),
  t('Snowflake', 'data-warehouse'),
  t('BigQuery', 'data-warehouse', 'Google BigQuery', 'BQ'),
  t('Redshift', 'data-warehouse', 'Amazon Redshift'),
  t('Databricks', 'data-warehouse', 'Databricks Lakehouse'),
  t('Synapse', 'data-warehouse', 'Azure Synapse'),
  t('Delta Lake', 'data-warehouse'),
  t('Apache Iceberg', 'data-warehouse', 'Iceberg'),
  t('Apache Hudi', 'data-warehouse', 'Hudi'),
  t('Hive', 'data-warehouse', 'Apache Hive', 'Hive Metastore'),
  t('Trino', 'data-warehouse', 'Presto', 'Athena', 'Amazon Athena'),
  t('DuckDB', 'data-warehouse'),
  t('Apache Druid', 'data-warehouse', 'Druid'),
  t('Apache Pinot', 'data-warehouse', 'Pinot'),
  w('Data Lake', 'data-warehouse', 'Lakehouse', 'Data Lakehouse'),
  w('Data Warehouse', 'data-warehouse', 'DWH'),
  // Processing
  t('Spark', 'batch-processor', 'Apache Spark', 'PySpark', 'Spark SQL', 'EMR', 'Dataproc'),
  t('Spark Streaming', 'stream-processor', 'Structured Streaming', 'Spark Structured Streaming'),
  t('Flink', 'stream-processor', 'Apache Flink'),
  t('Kafka Streams', 'stream-processor', 'ksqlDB', 'KSQL'),
  t('Apache Beam', 'stream-processor', 'Beam', 'Dataflow', 'Google Dataflow'),
  t('Apache Storm', 'stream-processor'),
  t('Samza', 'stream-processor', 'Apache Samza'),
  t('Bytewax', 'stream-processor'),
  t('Kinesis Data Analytics', 'stream-processor'),
  t('Hadoop', 'batch-processor', 'MapReduce', 'Apache Hadoop'),
  t('dbt', 'batch-processor'),
  t('Dask', 'batch-processor'),
  t('AWS Glue', 'batch-processor', 'Glue', 'Glue Job'),
  t('AWS Batch', 'batch-processor'),
  t('Azure Data Factory', 'batch-processor', 'Data Factory', 'ADF'),
  t('Debezium', 'event-source'),
  t('Fivetran', 'batch-processor'),
  t('Airbyte', 'batch-processor'),
  t('Logstash', 'event-processor'),
  t('Fluentd', 'event-processor', 'Fluent Bit', 'FluentBit'),
    t('AWS Lambda', 'event-processor', 'Lambda Function', 'Cloud Functions', 'Azure Functions', 'Cloud Function'),
  // Orchestration and scheduling
  t('Airflow', 'scheduler', 'Apache Airflow', 'MWAA', 'Cloud Composer'),
  t('Dagster', 'scheduler'),
  t('Prefect', 'scheduler'),
  t('Luigi', 'scheduler'),
  t('Argo Workflows', 'scheduler', 'Argo'),
  t('Kubeflow Pipelines', 'scheduler', 'Kubeflow', 'KFP'),
  t('Metaflow', 'scheduler'),
  t('Flyte', 'scheduler'),
  t('ZenML', 'scheduler'),
  t('Temporal', 'scheduler'),
  t('Step Functions', 'scheduler', 'AWS Step Functions'),
  w('cron', 'scheduler', 'crontab', 'CronJob', 'Cron Job', 'Cloud Scheduler'),
  t('Oozie', 'scheduler'),
  // ML platform
  t('MLflow', 'model-registry', 'MLflow Model Registry', 'ML Flow'),
  t('Weights & Biases', 'monitoring', 'W&B', 'WandB'),
  t('Neptune', 'monitoring', 'neptune.ai'),
  t('Comet ML', 'monitoring'),
  t('DVC', 'model-registry'),
  t('Hugging Face Hub', 'model-registry', 'HF Hub', 'Model Hub', 'Hugging Face'),
  t('SageMaker Model Registry', 'model-registry'),
  t('Vertex AI Model Registry', 'model-registry'),
  t('Feast', 'feature-store'),
  t('Tecton', 'feature-store'),
  t('Hopsworks', 'feature-store'),
  t('Featureform', 'feature-store'),
  t('SageMaker Feature Store', 'feature-store', 'Vertex AI Feature Store'),
  t('Triton', 'model-server', 'Triton Inference Server', 'NVIDIA Triton'),
  t('KServe', 'model-server', 'KFServing'),
  t('Seldon', 'model-server', 'Seldon Core'),
  t('BentoML', 'model-server', 'Bento'),
  t('TorchServe', 'model-server'),
  t('TensorFlow Serving', 'model-server', 'TF Serving', 'TFServing'),
  t('Ray Serve', 'model-server'),
  t('vLLM', 'model-server'),
  t('TGI', 'model-server', 'Text Generation Inference'),
  t('Ollama', 'model-server', 'llama.cpp'),
  t('SageMaker Endpoint', 'model-server', 'SageMaker Inference', 'Vertex AI Endpoint'),
  t('ONNX Runtime', 'model-server', 'ONNX'),
  t('OpenAI', 'model-server', 'OpenAI API', 'GPT-4', 'GPT-4o', 'GPT', 'ChatGPT', 'Azure OpenAI'),
  t('Claude', 'model-server', 'Anthropic', 'Anthropic API'),
  t('Gemini', 'model-server', 'Vertex AI Gemini'),
  t('Bedrock', 'model-server', 'Amazon Bedrock', 'AWS Bedrock'),
  w('LLM', 'model-server', 'Large Language Model', 'LLMs', 'Embedding Model', 'Embeddings Model', 'Reranker'),
  t('Ray', 'training-job', 'Ray Train', 'Ray Cluster', 'Anyscale'),
  t('Horovod', 'training-job'),
  t('DeepSpeed', 'training-job'),
  t('SageMaker Training', 'training-job', 'SageMaker Training Job', 'Vertex AI Training'),
  t('PyTorch', 'training-job', 'PyTorch Lightning'),
  t('TensorFlow', 'training-job', 'Keras'),
  t('Optuna', 'training-job', 'Katib', 'Hyperopt'),
  t('Evidently', 'monitoring', 'Evidently AI'),
  t('WhyLabs', 'monitoring', 'whylogs'),
  t('Arize', 'monitoring', 'Arize Phoenix'),
  t('LangSmith', 'monitoring', 'Langfuse'),
  // Observability
  t('Prometheus', 'monitoring'),
  t('Grafana', 'monitoring', 'Grafana Dashboard'),
  t('Jaeger', 'monitoring'),
  t('Zipkin', 'monitoring'),
  t('OpenTelemetry', 'monitoring', 'OTel', 'OTEL Collector', 'OpenTelemetry Collector'),
  t('Datadog', 'monitoring'),
  t('New Relic', 'monitoring', 'NewRelic'),
  t('Splunk', 'monitoring'),
  t('Kibana', 'monitoring'),
  t('Loki', 'monitoring', 'Grafana Loki'),
  t('Grafana Tempo', 'monitoring'),
  t('Sentry', 'monitoring'),
  t('CloudWatch', 'monitoring', 'Amazon CloudWatch', 'AWS CloudWatch'),
  t('Alertmanager', 'monitoring', 'PagerDuty', 'Opsgenie'),
  t('ELK', 'monitoring', 'ELK Stack'),
  // Gateways, proxies and service mesh
  t('Nginx', 'api-gateway', 'NGINX Ingress', 'Ingress-NGINX'),
  t('Envoy', 'api-gateway', 'Envoy Proxy'),
  t('Kong', 'api-gateway', 'Kong Gateway'),
  t('Istio', 'api-gateway', 'Istio Gateway', 'Istio Ingress'),
  t('Traefik', 'api-gateway'),
  t('HAProxy', 'api-gateway'),
  w('API Gateway', 'api-gateway', 'Amazon API Gateway', 'AWS API Gateway', 'APIM', 'Azure API Management', 'Apigee'),
  w('Load Balancer', 'api-gateway', 'ALB', 'ELB', 'NLB', 'Application Load Balancer', 'LB'),
  w('Ingress', 'api-gateway', 'Ingress Controller'),
  t('Cloudflare', 'api-gateway', 'CloudFront', 'CDN', 'Akamai', 'Fastly'),
  t('Linkerd', 'api-gateway'),
  // Discovery and configuration
  t('Consul', 'service-registry', 'HashiCorp Consul'),
  t('Eureka', 'service-registry', 'Netflix Eureka'),
  t('ZooKeeper', 'service-registry', 'Apache ZooKeeper'),
  t('CoreDNS', 'service-registry'),
  w('Service Discovery', 'service-registry', 'Service Registry'),
  // Platforms
  t('Kubernetes', 'cluster', 'K8s', 'EKS', 'GKE', 'AKS', 'OpenShift', 'k3s'),
  t('Docker Swarm', 'cluster'),
  t('Nomad', 'cluster', 'HashiCorp Nomad'),
  t('ECS', 'cluster', 'Amazon ECS', 'Fargate'),
  // Frameworks for services
  t('FastAPI', 'microservice'),
  t('Flask', 'microservice'),
  t('Django', 'microservice', 'Django REST Framework', 'DRF'),
  t('Express', 'microservice', 'Express.js', 'ExpressJS'),
  t('NestJS', 'microservice', 'Nest.js'),
  t('Spring Boot', 'microservice', 'Spring', 'Spring Cloud'),
  t('gRPC Service', 'microservice', 'gRPC Server'),
  t('Node.js', 'microservice', 'NodeJS'),
  t('Gin', 'microservice', 'Go Gin'),
  t('ASP.NET', 'microservice', '.NET', 'ASP.NET Core'),
  t('Rails', 'microservice', 'Ruby on Rails'),
  t('Laravel', 'microservice'),
  t('GraphQL Server', 'microservice', 'Apollo Server', 'Hasura'),
  // Clients and front ends
  t('React', 'client', 'React App', 'Next.js', 'NextJS'),
  t('Vue', 'client', 'Vue.js', 'Nuxt'),
  t('Angular', 'client'),
  t('Svelte', 'client', 'SvelteKit'),
  t('Streamlit', 'client'),
  t('Gradio', 'client'),
  t('iOS', 'client', 'iOS App'),
  t('Android', 'client', 'Android App'),
  t('Flutter', 'client', 'React Native'),
  t('Jupyter', 'client', 'Jupyter Notebook', 'JupyterHub', 'JupyterLab', 'Notebook'),
  w('Browser', 'client', 'Web Browser'),
  w('CLI', 'client', 'Command Line'),
  t('Superset', 'client', 'Apache Superset', 'Metabase', 'Tableau', 'Looker', 'Power BI'),
  // Notifications
  t('Twilio', 'notification-service'),
  t('SendGrid', 'notification-service', 'Amazon SES', 'SES', 'Mailgun'),
  t('Firebase Cloud Messaging', 'notification-service', 'FCM', 'APNs'),
  t('Slack', 'notification-service', 'Slack Webhook'),
];

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

interface Spelling {
  re: RegExp;
  length: number;
  tech: Technology;
}

// Every spelling, longest first, so "Spark Streaming" wins over "Spark".
const SPELLINGS: readonly Spelling[] = TECHNOLOGIES.flatMap((tech) =>
  [tech.name, ...(tech.aliases ?? [])].map((s) => ({
    // Whole words: letters or digits may not touch the spelling on either side.
    re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(s)}(?![\\p{L}\\p{N}])`, s.length <= 3 && s === s.toUpperCase() ? 'u' : 'iu'),
    length: s.length,
    tech,
  })),
).sort((a, b) => b.length - a.length);

const BY_NAME = new Map<string, Technology>();
for (const tech of TECHNOLOGIES) for (const s of [tech.name, ...(tech.aliases ?? [])]) if (!BY_NAME.has(s.toLowerCase())) BY_NAME.set(s.toLowerCase(), tech);

/** The catalogue entry spelled exactly `name` (any case, any alias). */
export function technologyByName(name: string): Technology | undefined {
  return BY_NAME.get(name.trim().toLowerCase());
}

/**
 * The technology a text names first ("Kafka, Kinesis" is Kafka); at one place the longest
 * spelling wins ("Spark Streaming" over "Spark"). Short all-capital spellings (PG, LB, BQ)
 * match only in capitals.
 */
export function findTechnology(text: string): Technology | undefined {
  let best: { tech: Technology; index: number } | undefined;
  for (const s of SPELLINGS) {
    const m = s.re.exec(text);
    if (m && (!best || m.index < best.index)) best = { tech: s.tech, index: m.index };
  }
  return best?.tech;
}

/** Names for the inspector's suggestions, in catalogue order. */
export const TECHNOLOGY_NAMES: readonly string[] = TECHNOLOGIES.filter((x) => !x.generic).map((x) => x.name);
