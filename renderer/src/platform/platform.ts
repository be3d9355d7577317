/**
 * What the editor needs from its host. In Electron the preload's `window.archway` provides
 * it; in a plain browser, `<input type=file>` and downloads do (DESIGN §1).
 */
import type { ArchwayApi } from '../../../shared/ipc/contract';
import { browserPlatform } from './browserPlatform';
import { electronPlatform } from './electronPlatform';
import type { Platform } from './types';

export type { OpenedFile, Platform } from './types';

declare global {
  interface Window {
    archway?: ArchwayApi;
  }
}

export function detectPlatform(): Platform {
  return window.archway ? electronPlatform(window.archway) : browserPlatform();
}
