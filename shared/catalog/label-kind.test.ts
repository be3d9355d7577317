import { describe, expect, it } from 'vitest';
import { labelSaysKind } from './label-kind';

describe('labelSaysKind', () => {
  it('sees the kind in the label, in any case, plural or short form', () => {
    expect(labelSaysKind('API Gateway', 'api-gateway')).toBe(true);
    expect(labelSaysKind('Online feature stores', 'feature-store')).toBe(true);
    expect(labelSaysKind('Metrics DB', 'database')).toBe(true);
    expect(labelSaysKind('Kafka (broker)', 'event-broker')).toBe(true);
    expect(labelSaysKind('Application Layer', 'layer')).toBe(true);
  });

  it('keeps the kind when the label names something else', () => {
    expect(labelSaysKind('Load Balancing', 'api-gateway')).toBe(false);
    expect(labelSaysKind('Fraud scorer', 'model-server')).toBe(false);
    expect(labelSaysKind('Online features', 'feature-store')).toBe(false);
    expect(labelSaysKind('Kafka', 'event-broker')).toBe(false);
    expect(labelSaysKind('', 'database')).toBe(false);
  });
});
