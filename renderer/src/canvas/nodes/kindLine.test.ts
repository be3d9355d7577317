import { describe, expect, it } from 'vitest';
import { kindLine, labelSaysKind } from './kindLine';

describe('the line under a component label', () => {
  it('leaves out a kind the label already says', () => {
    expect(labelSaysKind('API Gateway', 'api-gateway')).toBe(true);
    expect(labelSaysKind('Online feature stores', 'feature-store')).toBe(true);
    expect(labelSaysKind('Orders DB', 'database')).toBe(true);
    expect(kindLine('Model Server', 'model-server', undefined)).toBe('');
  });
  it('keeps a kind the label does not say, after the technology', () => {
    expect(labelSaysKind('Kafka', 'event-broker')).toBe(false);
    expect(kindLine('Streams', 'event-broker', 'Kafka')).toBe('Kafka · Event broker');
    expect(kindLine('User Store', 'database', ' Postgres ')).toBe('Postgres · Database');
    expect(kindLine('Orders DB', 'database', 'Postgres')).toBe('Postgres');
  });
});
