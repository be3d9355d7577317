/**
 * The runtime constants of the IPC contract, free of zod so the sandboxed preload (one
 * small CommonJS file) can import them without bundling the schemas.
 */
export const CHANNEL_PREFIX = 'archway:';

/** Main sends a command id (shared/commands/catalog.ts) on this channel when a native menu item is chosen. */
export const MENU_EVENT = `${CHANNEL_PREFIX}menu`;

