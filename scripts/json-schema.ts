import { z } from 'zod';
import { DesignSchema } from '../shared/model/schema';

export function designJsonSchemaText(): string {
  const schema = z.toJSONSchema(DesignSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ $id: 'https://archway.dev/schema/archway-1.json', title: 'Archway design (formatVersion 1)', ...schema }, null, 2)}\n`;
}
