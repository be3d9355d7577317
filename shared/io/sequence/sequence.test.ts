import { describe, expect, it } from 'vitest';
import { parseMermaid } from '../../node/mermaid/env';
import { design } from '../../testing/builder';
import { sequenceExporter, sequenceOf } from './exporter';
import { escapeSequenceText, traceToSequence } from './render';

/** The seed's Figure 34.5: a synchronous chain. */
const figure345 = () =>
  design()
    .node('client', 'client', { label: 'Client', props: { rate: 5 } })
    .node('gw', 'api-gateway', { label: 'API Gateway' })
    .node('ml', 'microservice', { label: 'ML Service' })
    .node('db', 'database', { label: 'Database' })
    .edge('client', 'gw', 'request-response', { label: 'Request with data' })
    .edge('gw', 'ml', 'request-response', { label: 'Forward request' })
    .edge('ml', 'db', 'request-response', { label: 'Query features', attrs: { protocol: 'SQL' } })
    .build();

/** Figure 34.6: the gateway queues the job; the ML service works it off asynchronously. */
const figure346 = () =>
  design()
    .node('client', 'client', { label: 'Client', props: { rate: 5 } })
    .node('gw', 'api-gateway', { label: 'API Gateway' })
    .node('mq', 'message-queue', { label: 'Message Queue' })
    .node('ml', 'microservice', { label: 'ML Service' })
    .node('db', 'database', { label: 'Database' })
    .node('notify', 'notification-service', { label: 'Notification Service' })
    .edge('client', 'gw', 'request-response', { label: 'Submit request' })
    .edge('gw', 'mq', 'async-message', { label: 'Queue prediction job' })
    .edge('mq', 'ml', 'async-message', { label: 'Process job' })
    .edge('ml', 'db', 'request-response', { label: 'Query features' })
    .edge('ml', 'notify', 'async-message', { label: 'Send result' })
    .build();

describe('sequence diagram of a traced request', () => {
  it('draws a sync chain like Figure 34.5 and mermaid parses it', async () => {
    const { text } = sequenceOf(figure345());
    const lines = text.trim().split('\n').map((l) => l.trim());
    expect(lines[0]).toBe('sequenceDiagram');
    expect(lines.slice(1, 5)).toEqual(['participant P1 as Client', 'participant P2 as API Gateway', 'participant P3 as ML Service', 'participant P4 as Database']);
    const arrows = lines.filter((l) => /^P\d/.test(l)).map((l) => l.split(':')[0]);
    expect(arrows).toEqual(['P1->>+P2', 'P2->>+P3', 'P3->>+P4', 'P4-->>-P3', 'P3-->>-P2', 'P2-->>-P1']);
    expect(text).toContain('P3->>+P4: call Query features (SQL) at t+');
    expect(await parseMermaid(text)).toBe('sequence');
  });

  it('draws async hand-offs like Figure 34.6 with -)', async () => {
    const { text } = sequenceOf(figure346());
    const arrows = text.split('\n').map((l) => l.trim()).filter((l) => /^P\d/.test(l)).map((l) => l.split(':')[0]);
    // After its own work the ML service calls the database and notifies in parallel (routing: all).
    expect(arrows).toEqual(['P1->>+P2', 'P2-)P3', 'P2-->>-P1', 'P3-)P4', 'P4->>+P5', 'P4-)P6', 'P5-->>-P4']);
    expect(await parseMermaid(text)).toBe('sequence');
  });

  it('shows timeouts and lost calls, and still parses', async () => {
    const d = figure345();
    d.edges[2]!.properties = { timeoutMs: 100, retries: 1 };
    const { text } = sequenceOf(d, { seconds: 20 });
    expect(text).toMatch(/-->>-P2|--x/);
    const failing = sequenceOf(d, { seconds: 0.5 });
    expect(await parseMermaid(failing.text)).toBe('sequence');
    // A failed database: the ML service times out, retries once, times out again.
    const trace = {
      source: 'client',
      emittedAtMs: 0,
      hops: [
        { from: 'client', to: 'ml', edgeId: 'e1', kind: 'call' as const, atMs: 0 },
        { from: 'ml', to: 'db', edgeId: 'e3', kind: 'call' as const, atMs: 1 },
        { from: 'db', to: 'ml', edgeId: 'e3', kind: 'reply' as const, atMs: 101, status: 'timeout' as const },
        { from: 'ml', to: 'db', edgeId: 'e3', kind: 'call' as const, atMs: 101, status: 'lost' as const },
        { from: 'db', to: 'ml', edgeId: 'e3', kind: 'reply' as const, atMs: 201, status: 'timeout' as const },
        { from: 'ml', to: 'client', edgeId: 'e1', kind: 'reply' as const, atMs: 202 },
      ],
    };
    const lookup = { node: (id: string) => ({ label: id }), edge: () => undefined };
    const drawn = traceToSequence(trace, lookup);
    expect(drawn).toContain('P3--x-P2: timed out at t+101.0 ms');
    expect(drawn).toContain('P2-xP3: call lost (lost)');
    // The second timeout has no activation left to close.
    expect(drawn).toContain('P3--xP2: timed out at t+201.0 ms');
    expect(drawn).toContain('Note over P1,P3: A message from client (simulated), still in flight');
    expect(await parseMermaid(drawn)).toBe('sequence');
  });

  it('escapes hostile labels so the text stays one statement and parses', async () => {
    const hostile = ['end', 'a;b', 'x: y', '%% comment', '<img src=x onerror=alert(1)>', 'line\nbreak', '#quot; "q"', 'participant Z', 'o', 'x'.repeat(10_000), ''];
    const b = design().node('c', 'client', { label: hostile[0], props: { rate: 20 } });
    let prev = 'c';
    hostile.slice(1).forEach((label, i) => {
      b.node(`n${i}`, 'event-processor', { label }).edge(prev, `n${i}`, 'async-message', { label });
      prev = `n${i}`;
    });
    const { text } = sequenceOf(b.build());
    expect(text).not.toContain('<img');
    expect(text).not.toMatch(/a;b/);
    const participants = text.split('\n').filter((l) => l.trim().startsWith('participant'));
    expect(participants).toHaveLength(hostile.length);
    for (const line of text.split('\n').slice(1)) expect(line.length).toBeLessThan(400);
    expect(await parseMermaid(text)).toBe('sequence');
    expect(escapeSequenceText('a;b#c')).toBe('a#59;b#35;c');
  });

  it('is registered as an exporter and says when there is nothing to trace', async () => {
    const quiet = design().node('db', 'database').build();
    const out = await sequenceExporter.run(quiet, {});
    expect(out.kind).toBe('text');
    if (out.kind !== 'text') return;
    expect(out.warnings.join(' ')).toMatch(/no message was traced/);
    expect(await parseMermaid(out.text)).toBe('sequence');
  });
});
