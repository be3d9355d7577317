/** app/messaging.py: producers and consumers (aiokafka for Kafka, aio-pika for AMQP), as in ../ts/messaging-module.ts. */
import type { Package, PortOf } from '../plan-types';
import { portsOf } from '../plan-types';
import { commentText, literal } from '../text';
import { py } from './names';

function publisher(p: PortOf<'publish'>): string[] {
  const { infra, address } = p.channel;
  const head = [`async def ${py(p.op)}(message: Message) -> None:`, `    """Sends to ${commentText(address)} on ${commentText(infra.label)}. Edge: ${commentText(p.about)}."""`];
  if (infra.tech === 'kafka') {
    return [...head, `    producer = await _kafka_producer(${infra.env})`, `    await producer.send_and_wait(${literal(address)}, message.model_dump_json().encode(), key=message.id.encode())`, '', ''];
  }
  const body = 'aio_pika.Message(body=message.model_dump_json().encode(), content_type="application/json", delivery_mode=aio_pika.DeliveryMode.PERSISTENT)';
  const send = infra.fanout
    ? [`    exchange = await channel.declare_exchange(${literal(address)}, aio_pika.ExchangeType.FANOUT, durable=True)`, `    await exchange.publish(${body}, routing_key="")`]
    : [`    await channel.declare_queue(${literal(address)}, durable=True)`, `    await channel.default_exchange.publish(${body}, routing_key=${literal(address)})`];
  return [...head, `    channel = await _amqp_channel(${infra.env})`, ...send, '', ''];
}

function consumer(p: PortOf<'consume'>, service: string): string[] {
  const { infra, address } = p.channel;
  const head = [`async def ${py(p.op)}(handler: Handler) -> Stop:`, `    """Receives from ${commentText(address)} on ${commentText(infra.label)}. Edge: ${commentText(p.about)}."""`];
  if (infra.tech === 'kafka') {
    return [
      ...head,
      `    consumer = AIOKafkaConsumer(${literal(address)}, bootstrap_servers=${infra.env}, group_id=${literal(p.group)}${p.pollMs === null ? '' : `, fetch_max_wait_ms=${p.pollMs}`})`,
      '    await consumer.start()',
      '',
      '    async def run() -> None:',
      '        async for record in consumer:',
      '            await handler(Message.model_validate_json(record.value or b"{}"))',
      '',
      '    task = asyncio.create_task(run())',
      '',
      '    async def stop() -> None:',
      '        task.cancel()',
      '        await consumer.stop()',
      '',
      '    return stop',
      '',
      '',
    ];
  }
  const queue = infra.fanout ? `${address}.${service}` : address;
  const bind = infra.fanout ? [`    exchange = await channel.declare_exchange(${literal(address)}, aio_pika.ExchangeType.FANOUT, durable=True)`, '    await queue.bind(exchange)'] : [];
  const run =
    p.pollMs === null
      ? ['    tag = await queue.consume(on_message)', '', '    async def stop() -> None:', '        await queue.cancel(tag)', '', '    return stop']
      : [
          '    async def poll() -> None:  # a pull edge: fetch what is waiting on every poll',
          '        while True:',
          '            incoming = await queue.get(fail=False)',
          '            if incoming is None:',
          `                await asyncio.sleep(${p.pollMs / 1000})`,
          '            else:',
          '                await on_message(incoming)',
          '',
          '    task = asyncio.create_task(poll())',
          '',
          '    async def stop() -> None:',
          '        task.cancel()',
          '',
          '    return stop',
        ];
  return [
    ...head,
    `    channel = await _amqp_channel(${infra.env})`,
    '    await channel.set_qos(prefetch_count=16)',
    `    queue = await channel.declare_queue(${literal(queue)}, durable=True)`,
    ...bind,
    '',
    '    async def on_message(incoming: aio_pika.abc.AbstractIncomingMessage) -> None:',
    '        async with incoming.process(requeue=False):',
    '            await handler(Message.model_validate_json(incoming.body))',
    '',
    ...run,
    '',
    '',
  ];
}

export function pyMessagingModule(pkg: Package): string | null {
  const pubs = portsOf(pkg, 'publish');
  const subs = portsOf(pkg, 'consume');
  if (pubs.length + subs.length === 0) return null;
  const infras = [...new Map([...pubs, ...subs].map((p) => [p.channel.infra.name, p.channel.infra])).values()];
  const kafka = infras.some((i) => i.tech === 'kafka');
  const amqp = infras.some((i) => i.tech === 'amqp');
  return [
    '"""Producers and consumers of this service."""',
    'import asyncio',
    'import os',
    '',
    ...(amqp ? ['import aio_pika', 'import aio_pika.abc'] : []),
    ...(kafka ? ['from aiokafka import AIOKafkaConsumer, AIOKafkaProducer'] : []),
    '',
    'from .messages import Handler, Message, Stop',
    '',
    ...infras.map((i) => `${i.env} = os.environ.get(${literal(i.env)}, ${literal(i.url)})`),
    '',
    ...(kafka
      ? ['_producers: dict[str, AIOKafkaProducer] = {}', '', '', 'async def _kafka_producer(brokers: str) -> AIOKafkaProducer:', '    if brokers not in _producers:', '        producer = AIOKafkaProducer(bootstrap_servers=brokers)', '        await producer.start()', '        _producers[brokers] = producer', '    return _producers[brokers]', '', '']
      : []),
    ...(amqp
      ? ['_channels: dict[str, aio_pika.abc.AbstractChannel] = {}', '', '', 'async def _amqp_channel(url: str) -> aio_pika.abc.AbstractChannel:', '    if url not in _channels:', '        connection = await aio_pika.connect_robust(url)', '        _channels[url] = await connection.channel()', '    return _channels[url]', '', '']
      : []),
    ...pubs.flatMap(publisher),
    ...subs.flatMap((s) => consumer(s, pkg.name)),
    'async def start_consumers(handler: Handler) -> list[Stop]:',
    '    """Starts every consumer; returns how to stop them."""',
    `    return [${subs.map((s) => `await ${py(s.op)}(handler)`).join(', ')}]`,
    '',
  ].join('\n');
}
