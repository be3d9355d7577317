/**
 * src/messaging.ts: producers and consumers. Kafka through kafkajs (a consumer group per
 * consumer on a broker, so each gets every event; one shared group on a queue), AMQP through
 * amqplib (a fanout exchange for a broker, a durable queue for a queue).
 */
import type { Infra, Package, PortOf } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';

const envConst = (inf: Infra): string => inf.env;

function publisher(p: PortOf<'publish'>): string[] {
  const { infra, address } = p.channel;
  const about = `/** Sends to ${infra.tech === 'kafka' ? 'topic' : infra.fanout ? 'exchange' : 'queue'} ${literal(address)} on ${commentText(infra.label)}. Edge: ${commentText(p.about)}. */`;
  if (infra.tech === 'kafka') {
    return [about, `export async function ${p.op}(message: Message): Promise<void> {`, `  const producer = await kafkaProducer(${envConst(infra)});`, `  await producer.send({ topic: ${literal(address)}, messages: [{ key: message.id, value: JSON.stringify(message) }] });`, '}', ''];
  }
  const send = infra.fanout
    ? [`  await channel.assertExchange(${literal(address)}, 'fanout', { durable: true });`, `  channel.publish(${literal(address)}, '', Buffer.from(JSON.stringify(message)), { persistent: true, contentType: 'application/json' });`]
    : [`  await channel.assertQueue(${literal(address)}, { durable: true });`, `  channel.sendToQueue(${literal(address)}, Buffer.from(JSON.stringify(message)), { persistent: true, contentType: 'application/json' });`];
  return [about, `export async function ${p.op}(message: Message): Promise<void> {`, `  const channel = await amqpChannel(${envConst(infra)});`, ...send, '}', ''];
}

function consumer(p: PortOf<'consume'>, service: string): string[] {
  const { infra, address } = p.channel;
  const about = `/** Receives from ${literal(address)} on ${commentText(infra.label)}${p.pollMs === null ? '' : `, polling every ${p.pollMs} ms`}. Edge: ${commentText(p.about)}. */`;
  if (infra.tech === 'kafka') {
    return [
      about,
      `async function ${p.op}(handler: Handler): Promise<Stop> {`,
      `  const consumer = kafka(${envConst(infra)}).consumer({ groupId: ${literal(p.group)}${p.pollMs === null ? '' : `, maxWaitTimeInMs: ${p.pollMs}`} });`,
      '  await consumer.connect();',
      `  await consumer.subscribe({ topics: [${literal(address)}] });`,
      '  await consumer.run({',
      "    eachMessage: async ({ message }) => handler(JSON.parse(message.value?.toString() ?? '{}') as Message),",
      '  });',
      '  return () => consumer.disconnect();',
      '}',
      '',
    ];
  }
  const queue = infra.fanout ? `${address}.${service}` : address;
  const setup = infra.fanout
    ? [`  await channel.assertExchange(${literal(address)}, 'fanout', { durable: true });`, `  await channel.assertQueue(${literal(queue)}, { durable: true });`, `  await channel.bindQueue(${literal(queue)}, ${literal(address)}, '');`]
    : [`  await channel.assertQueue(${literal(queue)}, { durable: true });`];
  const handle = [
    '  const handle = async (msg: ConsumeMessage | GetMessage): Promise<void> => {',
    '    try {',
    '      await handler(JSON.parse(msg.content.toString()) as Message);',
    '      channel.ack(msg);',
    '    } catch (err) {',
    `      console.error(${literal(`${p.op} failed:`)}, err);`,
    '      channel.nack(msg, false, false);',
    '    }',
    '  };',
  ];
  const run =
    p.pollMs === null
      ? ['  await channel.prefetch(16);', `  const { consumerTag } = await channel.consume(${literal(queue)}, (msg) => {`, '    if (msg) void handle(msg);', '  });', '  return async () => {', '    await channel.cancel(consumerTag);', '  };']
      : [
          '  // A pull edge: fetch what is waiting on every poll.',
          '  const timer = setInterval(async () => {',
          '    for (let msg = await channel.get(' + literal(queue) + '); msg; msg = await channel.get(' + literal(queue) + ')) await handle(msg);',
          `  }, ${p.pollMs});`,
          '  return async () => clearInterval(timer);',
        ];
  return [about, `async function ${p.op}(handler: Handler): Promise<Stop> {`, `  const channel = await amqpChannel(${envConst(infra)});`, ...setup, ...handle, ...run, '}', ''];
}

export function messagingModule(pkg: Package): string | null {
  const pubs = portsOf(pkg, 'publish');
  const subs = portsOf(pkg, 'consume');
  if (pubs.length + subs.length === 0) return null;
  const infras = new Map([...pubs, ...subs].map((p) => [p.channel.infra.name, p.channel.infra]));
  const kafka = [...infras.values()].some((i) => i.tech === 'kafka');
  const amqp = [...infras.values()].some((i) => i.tech === 'amqp');
  return [
    ...(kafka ? ["import { Kafka, type Producer } from 'kafkajs';"] : []),
    ...(amqp ? ["import amqp, { type Channel, type ConsumeMessage, type GetMessage } from 'amqplib';"] : []),
    "import type { Handler, Message, Stop } from './types.js';",
    '',
    ...[...infras.values()].map((i) =>
      i.tech === 'kafka'
        ? `const ${i.env} = (process.env.${i.env} ?? ${literal(i.url)}).split(',');`
        : `const ${i.env} = process.env.${i.env} ?? ${literal(i.url)};`,
    ),
    '',
    ...(kafka
      ? [
          'const kafkaClients = new Map<string, Kafka>();',
          'function kafka(brokers: string[]): Kafka {',
          "  const key = brokers.join(',');",
          `  if (!kafkaClients.has(key)) kafkaClients.set(key, new Kafka({ clientId: ${literal(pkg.name)}, brokers }));`,
          '  return kafkaClients.get(key)!;',
          '}',
          '',
          'const producers = new Map<string, Promise<Producer>>();',
          '/** One connected producer per cluster, made on first use. */',
          'function kafkaProducer(brokers: string[]): Promise<Producer> {',
          "  const key = brokers.join(',');",
          '  if (!producers.has(key)) {',
          '    const producer = kafka(brokers).producer();',
          '    producers.set(key, producer.connect().then(() => producer));',
          '  }',
          '  return producers.get(key)!;',
          '}',
          '',
        ]
      : []),
    ...(amqp
      ? [
          'const amqpChannels = new Map<string, Promise<Channel>>();',
          '/** One channel per server, opened on first use. */',
          'function amqpChannel(url: string): Promise<Channel> {',
          '  if (!amqpChannels.has(url)) amqpChannels.set(url, amqp.connect(url).then((connection) => connection.createChannel()));',
          '  return amqpChannels.get(url)!;',
          '}',
          '',
        ]
      : []),
    ...pubs.flatMap(publisher),
    ...subs.flatMap((s) => consumer(s, pkg.name)),
    '/** Starts every consumer; returns how to stop them. */',
    'export async function startConsumers(handler: Handler): Promise<Stop[]> {',
    `  return Promise.all([${subs.map((s) => `${s.op}(handler)`).join(', ')}]);`,
    '}',
    '',
  ].join('\n');
}
