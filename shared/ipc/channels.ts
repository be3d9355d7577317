/**
 * The runtime constants of the IPC contract, free of zod so the sandboxed preload (one
 * small CommonJS file) can import them without bundling the schemas.
 */
export const CHANNEL_PREFIX = 'archway:';

/** Commands main sends to the renderer (from native menus). */
export const MENU_COMMANDS = ['new', 'open', 'save', 'saveAs', 'undo', 'redo', 'fitView', 'delete', 'selectAll'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];
export const MENU_EVENT = `${CHANNEL_PREFIX}menu`;

