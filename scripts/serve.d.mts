import type { Server } from 'node:http';
export function serve(port?: number, host?: string): Promise<Server>;
