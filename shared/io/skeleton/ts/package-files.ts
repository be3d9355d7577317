/** package.json, tsconfig.json and Dockerfile of a TypeScript package. */
import type { Package } from '../plan-types';
import { commentText } from '../text';
import { usesTech } from '../wiring';

/** Compiler options of every generated package; the skeleton test compiles with the same. */
export const TS_COMPILER_OPTIONS = {
  target: 'ES2022',
  module: 'NodeNext',
  moduleResolution: 'NodeNext',
  strict: true,
  esModuleInterop: true,
  skipLibCheck: true,
  types: ['node'],
} as const;

/** Versions the skeleton is tested against (the project's own devDependencies). */
const VERSIONS = {
  express: '^5.1.0',
  kafkajs: '^2.2.4',
  amqplib: '^2.3.1',
  pg: '^8.16.0',
  ioredis: '^6.0.0',
  typescript: '^6.0.0',
  '@types/node': '^20.19.0',
  '@types/express': '^5.0.0',
  '@types/pg': '^8.15.0',
} as const;

type Dep = keyof typeof VERSIONS;
const pick = (deps: Dep[]): Record<string, string> => Object.fromEntries(deps.map((d) => [d, VERSIONS[d]]));

export function packageJson(pkg: Package): string {
  const use = usesTech(pkg);
  const deps: Dep[] = ['express'];
  if (use.kafka) deps.push('kafkajs');
  if (use.amqp) deps.push('amqplib');
  if (use.postgres) deps.push('pg');
  if (use.redis) deps.push('ioredis');
  const devDeps: Dep[] = ['typescript', '@types/node', '@types/express'];
  if (use.postgres) devDeps.push('@types/pg');
  const json = {
    name: pkg.name,
    version: '0.1.0',
    private: true,
    description: commentText(`${pkg.label} (${pkg.kind})`),
    type: 'module',
    main: 'dist/index.js',
    scripts: { build: 'tsc', start: 'node dist/index.js', typecheck: 'tsc --noEmit' },
    engines: { node: '>=20' },
    dependencies: pick(deps),
    devDependencies: pick(devDeps),
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export function tsconfigJson(): string {
  return `${JSON.stringify({ compilerOptions: { ...TS_COMPILER_OPTIONS, rootDir: 'src', outDir: 'dist' }, include: ['src'] }, null, 2)}\n`;
}

export const TS_DOCKERFILE = `FROM node:20-slim
WORKDIR /app
COPY package.json ./
RUN npm install
COPY tsconfig.json ./
COPY src ./src
RUN npm run build
ENV NODE_ENV=production
EXPOSE 8080
CMD ["node", "dist/index.js"]
`;
