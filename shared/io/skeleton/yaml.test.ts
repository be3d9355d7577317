import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toYaml, type YamlValue } from './yaml';

const yaml = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

describe('toYaml', () => {
  it('writes documents that a YAML parser reads back equal', () => {
    const doc: YamlValue = { services: { a: { environment: { PORT: '8080', yes: 'no' }, ports: ['8081:8080'], list: [{ x: 1, y: [true, null] }], empty: {}, none: [] } }, 'key with: colon': '- not a list', '/path': 3 };
    expect(yaml.load(toYaml(doc))).toEqual(doc);
  });

  it('keeps any string a string: no keys, tags, anchors or documents from labels', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.string({ unit: 'binary' })), fc.array(fc.string({ unit: 'binary' })), (dict, list) => {
        const doc = { dict, list };
        expect(yaml.load(toYaml(doc))).toEqual(doc);
      }),
    );
  });
});
