/** Messages between the skeleton dialog and skeleton.worker.ts. */
import type { Design } from '../../../shared/model/schema';

export type SkeletonLang = 'ts' | 'python';

export interface SkeletonFile {
  path: string;
  content: string;
}

export type WorkerRequest =
  | { id: number; type: 'generate'; design: Design; lang: SkeletonLang }
  | { id: number; type: 'zip'; files: SkeletonFile[]; rootName: string };

export type WorkerReply =
  | { id: number; type: 'files'; files: SkeletonFile[]; warnings: string[] }
  | { id: number; type: 'progress'; percent: number }
  | { id: number; type: 'zip'; bytes: Uint8Array }
  | { id: number; type: 'error'; message: string };
