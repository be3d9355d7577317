import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DELIVERIES, PROCESSINGS } from '../../catalog/edges';
import { formatEdgeText, isWritableProtocol, parseDialectEdgeText, parsePlainEdgeText } from './edgeText';

const word = fc.constantFrom('REST', 'rest', 'Kafka', 'batch', 'pull', 'Poll', 'sync', 'job', 'HTTP 2', 'a:b', ' x', 'features', '');
const text = fc.oneof(fc.string({ maxLength: 20 }), fc.array(word, { maxLength: 4 }).map((w) => w.join(' ')));

describe('dialect edge text', () => {
  it('writes defaults as nothing and the rest as words before a colon', () => {
    expect(formatEdgeText({ delivery: 'push', processing: 'stream', protocol: 'REST', label: '' })).toBe('REST');
    expect(formatEdgeText({ delivery: 'pull', processing: 'batch', protocol: 'SQL', label: 'nightly load' })).toBe('pull batch SQL: nightly load');
    expect(formatEdgeText({ delivery: 'push', processing: 'stream', protocol: '', label: 'Get features' })).toBe('Get features');
    expect(formatEdgeText({ delivery: 'push', processing: 'stream', protocol: '', label: 'batch job' })).toBe(': batch job');
  });

  it('reads back what it writes, for any attributes, protocol and label', () => {
    fc.assert(
      fc.property(fc.constantFrom(...DELIVERIES), fc.constantFrom(...PROCESSINGS), text, text, (delivery, processing, protocol, label) => {
        const read = parseDialectEdgeText(formatEdgeText({ delivery, processing, protocol, label }));
        expect(read.delivery ?? 'push').toBe(delivery);
        expect(read.processing ?? 'stream').toBe(processing);
        expect(read.label).toBe(label);
        // A protocol the text cannot carry travels in the archway block instead.
        expect(read.protocol ?? '').toBe(isWritableProtocol(protocol) ? protocol : '');
      }),
      { numRuns: 1000 },
    );
  });

  it('takes words anywhere when a hand-written label has no colon', () => {
    expect(parseDialectEdgeText('async poll gRPC features')).toEqual({ timing: 'async', delivery: 'pull', protocol: 'gRPC', label: 'features' });
  });
});

describe('plain edge text', () => {
  it('reads attributes from words and keeps the whole label', () => {
    expect(parsePlainEdgeText('Poll for features')).toEqual({ delivery: 'pull', label: 'Poll for features' });
    expect(parsePlainEdgeText('Trigger every hour')).toEqual({ processing: 'batch', label: 'Trigger every hour' });
    expect(parsePlainEdgeText('Pull raw data via gRPC')).toEqual({ delivery: 'pull', protocol: 'gRPC', label: 'Pull raw data via gRPC' });
    expect(parsePlainEdgeText('asynchronous daily export (SQL)')).toEqual({ timing: 'async', processing: 'batch', protocol: 'SQL', label: 'asynchronous daily export (SQL)' });
    expect(parsePlainEdgeText('Check for model updates')).toEqual({ label: 'Check for model updates' });
  });
});
