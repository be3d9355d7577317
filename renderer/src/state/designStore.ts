/**
 * One store per open document, built by a factory (STYLE.md; xyflow's store/index.ts).
 * The design is changed only through `apply(edit)`: edits are values (shared/model/edits),
 * undo history (zundo) records the design alone, and the canvas view (React Flow nodes and
 * edges, selection, in-progress drags) is derived from it.
 */
import { applyNodeChanges, applyEdgeChanges, type EdgeChange, type NodeChange } from '@xyflow/react';
import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import type { EdgePresetId } from '../../../shared/catalog/edges';
import { emptyDesign } from '../../../shared/model/document';
import { applyEdit, type DesignEdit } from '../../../shared/model/edits';
import type { Design } from '../../../shared/model/schema';
import { createChecker, type CheckResult } from '../../../shared/rules/index';
import { toFlowEdges, toFlowNodes, type FlowEdge, type FlowNode, type Marks } from './flowModel';
import { marksOf } from './marks';

export interface OpenFile {
  name: string;
  /** Electron: the main process's token for the file's path, and its modification time. */
  token?: string;
  mtimeMs?: number;
}

/**
 * Where a change of the design came from (STYLE.md "every change has an origin"). History
 * records `local` and `layout` changes as undo steps; `load` replaces the document and resets
 * history; `remote` (a collaborator's change) is applied without an undo step of its own.
 */
export type EditOrigin = 'local' | 'load' | 'layout' | 'remote';

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

export interface DesignState {
  design: Design;
  /** The design as last saved or opened; `design !== savedDesign` means unsaved changes. */
  savedDesign: Design;
  file: OpenFile | null;
  /** The file is open for writing in another window: saving needs Save As. */
  readOnly: boolean;
  /** Whether the last save was read back and parsed (autosave then drops its draft). */
  lastSaveVerified: boolean;
  /** Increases each time a document is loaded (new, open), so views can react to it. */
  loadCount: number;
  /** The edge preset new connections take. */
  preset: EdgePresetId;
  snapToGrid: boolean;
  /** The canvas is zoomed out below the detail threshold (canvas/zoom.ts). */
  lowDetail: boolean;
  /** A pointer drag of nodes is in progress (its end commits the move, see Canvas). */
  dragging: boolean;
  notice: Notice | null;
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** The rule check of the current design, re-run (incrementally) after every change. */
  check: CheckResult;
  marks: Marks;
  /** The origin of the last change of `design`, so subscribers can tell user edits from others. */
  lastOrigin: EditOrigin;

  /** Applies an edit; returns whether the design changed (an edit that changes nothing adds no undo step). */
  apply(edit: DesignEdit, origin?: EditOrigin): boolean;
  /**
   * Replaces the document (new, open, restore): clears undo history. A restored draft stays
   * `dirty`. `prepared`: the check and canvas view computed off the main thread (io/openClient).
   */
  load(design: Design, file: OpenFile | null, opts?: { dirty?: boolean; prepared?: Prepared }): void;
  undo(): void;
  redo(): void;
  setPreset(preset: EdgePresetId): void;
  setSnapToGrid(on: boolean): void;
  setNotice(notice: Notice | null): void;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  select(nodeIds: string[], edgeIds: string[]): void;
}

/** A design's check and canvas view, computed elsewhere (the open worker) for `load`. */
export interface Prepared {
  check: CheckResult;
  nodes: FlowNode[];
  edges: FlowEdge[];
  lowDetail: boolean;
}

export type DesignStore = ReturnType<typeof createDesignStore>;

export function createDesignStore(initial: Design = emptyDesign()) {
  const checker = createChecker();
  const checked = (design: Design) => {
    const check = checker.check(design);
    return { check, marks: marksOf(check) };
  };
  const first = checked(initial);
  const store = createStore<DesignState>()(
    temporal(
      (set, get) => ({
        design: initial,
        savedDesign: initial,
        file: null,
        loadCount: 0,
        lastSaveVerified: false,
        readOnly: false,
        preset: 'request-response',
        snapToGrid: true,
        lowDetail: false,
        dragging: false,
        notice: null,
        nodes: toFlowNodes(initial, [], first.marks),
        edges: toFlowEdges(initial, [], first.marks),
        check: first.check,
        marks: first.marks,
        lastOrigin: 'load',

        apply(edit, origin = 'local') {
          const before = get();
          const design = applyEdit(before.design, edit);
          if (design === before.design) return false;
          const history = store.temporal.getState();
          if (origin === 'remote') {
            // Someone else's change is not this user's to undo.
            history.pause();
            set({ design, lastOrigin: origin });
            history.resume();
          } else if (origin === 'load') {
            // Part of opening the document (a normalisation, a first layout): the opened state
            // includes it, so it is neither unsaved work nor an undo step.
            const clean = before.design === before.savedDesign;
            set({ design, lastOrigin: origin, ...(clean ? { savedDesign: design } : {}) });
            history.clear();
          } else {
            set({ design, lastOrigin: origin });
          }
          return true;
        },
        load(design, file, opts) {
          const common = { design, savedDesign: opts?.dirty ? emptyDesign() : design, file, readOnly: false, notice: null, loadCount: get().loadCount + 1, lastOrigin: 'load' as const };
          const prepared = opts?.prepared;
          if (prepared) {
            set({ ...common, check: prepared.check, marks: marksOf(prepared.check), nodes: prepared.nodes, edges: prepared.edges, lowDetail: prepared.lowDetail });
          } else {
            const { check, marks } = checked(design);
            set({ ...common, check, marks, nodes: toFlowNodes(design, [], marks), edges: toFlowEdges(design, [], marks, get().lowDetail) });
          }
          store.temporal.getState().clear();
        },
        undo() {
          if (!store.temporal.getState().pastStates.length) return;
          set({ lastOrigin: 'local' });
          store.temporal.getState().undo();
        },
        redo() {
          if (!store.temporal.getState().futureStates.length) return;
          set({ lastOrigin: 'local' });
          store.temporal.getState().redo();
        },
        setPreset: (preset) => set({ preset }),
        setSnapToGrid: (snapToGrid) => set({ snapToGrid }),
        setNotice: (notice) => set({ notice }),
        onNodesChange(changes) {
          // Removals go through apply() (onDelete); everything else is view state.
          const selected = selectedIds(get().nodes);
          const kept = changes.filter((c) => (c.type === 'select' ? selected.has(c.id) !== c.selected : c.type !== 'remove' && c.type !== 'add' && c.type !== 'replace'));
          if (!kept.length) return;
          set({ nodes: applyNodeChanges(kept, get().nodes) });
          // Arrow keys move selected nodes without a drag: commit those moves as they come.
          if (get().dragging) return;
          const moves = kept.flatMap((c) =>
            c.type === 'position' && c.dragging === false && c.position ? [{ id: c.id, position: { x: Math.round(c.position.x), y: Math.round(c.position.y) } }] : [],
          );
          if (moves.length) get().apply({ type: 'moveNodes', moves });
        },
        onEdgesChange(changes) {
          // React Flow deselects every edge when a node is clicked; dropping the no-op changes
          // keeps each edge object, so no edge view re-renders.
          const selected = selectedIds(get().edges);
          const kept = changes.filter((c) => c.type === 'select' && selected.has(c.id) !== c.selected);
          if (kept.length) set({ edges: applyEdgeChanges(kept, get().edges) });
        },
        select(nodeIds, edgeIds) {
          const n = new Set(nodeIds);
          const e = new Set(edgeIds);
          set({
            nodes: get().nodes.map((x) => (x.selected === n.has(x.id) ? x : { ...x, selected: n.has(x.id) })),
            edges: get().edges.map((x) => (x.selected === e.has(x.id) ? x : { ...x, selected: e.has(x.id) })),
          });
        },
      }),
      {
        // History records the design only; equal designs (view-only changes) add no step.
        partialize: (s) => ({ design: s.design }),
        equality: (a, b) => a.design === b.design,
        limit: 500,
      },
    ),
  );

  // Keep the check and the canvas view in step with the design, whatever changed it (edit,
  // undo, redo). load() sets all of them at once, so the check here is skipped for it.
  store.subscribe((s, prev) => {
    // load() derives its edges for its own level of detail.
    if (s.lowDetail !== prev.lowDetail && s.loadCount === prev.loadCount) store.setState({ edges: toFlowEdges(s.design, s.edges, s.marks, s.lowDetail) });
    if (s.design === prev.design || s.check !== prev.check) return;
    const { check, marks } = checked(s.design);
    store.setState({ check, marks, nodes: toFlowNodes(s.design, s.nodes, marks), edges: toFlowEdges(s.design, s.edges, marks, s.lowDetail) });
  });
  return store;
}

function selectedIds(list: { id: string; selected?: boolean }[]): Set<string> {
  const out = new Set<string>();
  for (const x of list) if (x.selected) out.add(x.id);
  return out;
}

export const isDirty = (s: DesignState): boolean => s.design !== s.savedDesign;
