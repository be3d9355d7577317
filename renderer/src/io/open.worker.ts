/**
 * Opening a design off the UI thread: parse and validate (parseDesign, never throwing), run
 * the rule check, derive the canvas nodes and edges, and send them back in chunks.
 */
import { parseDesign } from '../../../shared/model/document';
import { createChecker } from '../../../shared/rules/index';
import { toFlowEdges, toFlowNodes } from '../state/flowModel';
import { marksOf } from '../state/marks';
import { CHUNK, type OpenReply, type OpenRequest } from './openProtocol';

interface WorkerScope {
  onmessage: ((event: MessageEvent<OpenRequest>) => void) | null;
  postMessage(message: OpenReply): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = ({ data: { id, text, lowDetail } }) => {
  try {
    scope.postMessage({ id, type: 'phase', phase: 'parse' });
    const parsed = parseDesign(text);
    if (!parsed.ok) return scope.postMessage({ id, type: 'error', message: parsed.error });
    const { nodes, edges, ...head } = parsed.design;
    scope.postMessage({ id, type: 'phase', phase: 'check', total: nodes.length + edges.length });
    const check = createChecker().check(parsed.design);
    const marks = marksOf(check);
    const flowNodes = toFlowNodes(parsed.design, [], marks);
    const flowEdges = toFlowEdges(parsed.design, [], marks, lowDetail);
    scope.postMessage({ id, type: 'phase', phase: 'transfer', total: nodes.length + edges.length });
    for (let i = 0; i < flowNodes.length; i += CHUNK) scope.postMessage({ id, type: 'nodes', nodes: flowNodes.slice(i, i + CHUNK) });
    for (let i = 0; i < flowEdges.length; i += CHUNK) scope.postMessage({ id, type: 'edges', edges: flowEdges.slice(i, i + CHUNK) });
    scope.postMessage({ id, type: 'done', head, check });
  } catch (err) {
    scope.postMessage({ id, type: 'error', message: err instanceof Error ? err.message : String(err) });
  }
};
