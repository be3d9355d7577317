/** Writes the JSON Schema of the file format to assets/ (run by `npm run schema`; a test keeps it current). */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { designJsonSchemaText } from './json-schema';

const target = fileURLToPath(new URL('../assets/archway.schema.json', import.meta.url));
writeFileSync(target, designJsonSchemaText());
console.log(`wrote ${target}`);
