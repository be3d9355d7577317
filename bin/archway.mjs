#!/usr/bin/env node
// The archway CLI runs the TypeScript engine directly through tsx, so the CLI and the app
// always run the same source.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../shared/node/cli/main.ts');
await main();
