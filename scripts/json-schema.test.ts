import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020';
import { designJsonSchemaText } from './json-schema';
import { serializeDesign } from '../shared/model/document';
import { design } from '../shared/testing/builder';

describe('assets/archway.schema.json', () => {
  it('is current (run `npm run schema` after changing the zod schema)', () => {
    expect(readFileSync(new URL('../assets/archway.schema.json', import.meta.url), 'utf8')).toBe(designJsonSchemaText());
  });

  it('accepts a saved design and rejects an unknown kind', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(designJsonSchemaText()));
    const doc = JSON.parse(serializeDesign(design().node('a', 'client').node('b', 'microservice').edge('a', 'b').build()));
    expect(validate(doc)).toBe(true);
    doc.nodes[0].kind = 'spaceship';
    expect(validate(doc)).toBe(false);
  });
});
