/**
 * The runtime constants of the IPC contract, free of zod so the sandboxed preload (one
 * small CommonJS file) can import them without bundling the schemas.
 */
export const CHANNEL_PREFIX = 'archway:';

/**
 * The invoke channels, by name. contract.ts gives each its request/response schema and
 * fails to compile unless its keys are exactly these; the preload exposes one function each.
 */
export const CHANNEL_NAMES = ['openFile', 'saveFile', 'setDocumentState', 'saveDraft', 'listDrafts', 'discardDraft', 'chooseFolder', 'writeSkeleton', 'listRecent', 'openRecent', 'openWindow', 'exportFile'] as const;

/** Main sends a command id (shared/commands/catalog.ts) on this channel when a native menu item is chosen. */
export const MENU_EVENT = `${CHANNEL_PREFIX}menu`;

/** Main sends a recent file's token on this channel when File › Recent Files › (a file) is chosen. */
export const OPEN_RECENT_EVENT = `${CHANNEL_PREFIX}open-recent`;

