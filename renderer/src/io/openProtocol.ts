/**
 * Messages between the editor and the open worker (open.worker.ts). The design comes back in
 * chunks of ready canvas nodes and edges (each holding its design element), so no single
 * message takes the main thread long to receive, and the canvas view needs no pass of its own.
 */
import type { Design } from '../../../shared/model/schema';
import type { CheckResult } from '../../../shared/rules/index';
import type { FlowEdge, FlowNode } from '../state/flowModel';

export interface OpenRequest {
  id: number;
  text: string;
  /** Derive the edges for the zoomed-out level of detail (a big design opens zoomed out). */
  lowDetail: boolean;
}

export type OpenPhase = 'parse' | 'check' | 'transfer';

export type OpenReply =
  | { id: number; type: 'phase'; phase: OpenPhase; total?: number }
  | { id: number; type: 'nodes'; nodes: FlowNode[] }
  | { id: number; type: 'edges'; edges: FlowEdge[] }
  | { id: number; type: 'done'; head: Omit<Design, 'nodes' | 'edges'>; check: CheckResult }
  | { id: number; type: 'error'; message: string };

/** Elements per chunk: small enough that receiving one stays well under a frame or two. */
export const CHUNK = 2000;
