/**
 * What each command of the shared catalog (shared/commands/catalog.ts) does in the editor.
 * The table is typed Record<CommandId, …>: a catalog entry without a handler fails to
 * compile. The menu bar, the native menu, the toolbar and the keyboard all run commands
 * through `runCommand`.
 */
import type { ReactFlowInstance } from '@xyflow/react';
import { acceleratorMatches, COMMAND_CATALOG, type CommandId, type KeyLike } from '../../shared/commands/catalog';
import { newDesign, openDesign, saveDesign } from './fileActions';
import { exportMermaidFile } from './io/exportMermaid';
import type { Platform } from './platform/platform';
import * as sim from './sim/controller';
import type { DesignStore } from './state/designStore';
import type { FlowNode } from './state/flowModel';
import { useUi } from './state/uiStore';

export interface CommandContext {
  store: DesignStore;
  platform: Platform;
  flow: ReactFlowInstance<FlowNode>;
}

type Handler = (ctx: CommandContext) => unknown;

const HANDLERS: Record<CommandId, Handler> = {
  new: ({ store }) => newDesign(store),
  open: ({ store, platform }) => openDesign(store, platform),
  save: ({ store, platform }) => saveDesign(store, platform),
  saveAs: ({ store, platform }) => saveDesign(store, platform, true),
  undo: ({ store }) => store.temporal.getState().undo(),
  redo: ({ store }) => store.temporal.getState().redo(),
  delete: ({ store }) => {
    const s = store.getState();
    s.apply({ type: 'remove', nodeIds: s.nodes.filter((n) => n.selected).map((n) => n.id), edgeIds: s.edges.filter((e) => e.selected).map((e) => e.id) });
  },
  selectAll: ({ store }) => {
    const s = store.getState();
    s.select(s.nodes.map((n) => n.id), s.edges.map((e) => e.id));
  },
  fitView: ({ flow }) => void flow.fitView({ duration: 200 }),
  showProblems: () => useUi.getState().setDockTab('problems'),
  shortcuts: () => useUi.getState().openDialog('shortcuts'),
  simRun: ({ store }) => (useUi.getState().setDockTab('simulation'), sim.play(store.getState().design)),
  simPause: () => sim.pause(),
  simStep: ({ store }) => (useUi.getState().setDockTab('simulation'), sim.step(store.getState().design)),
  simReset: () => sim.reset(),
  simSweep: ({ store }) => (useUi.getState().setDockTab('simulation'), sim.runSweep(store.getState().design)),
  exportImage: () => useUi.getState().openDialog('exportImage'),
  exportSkeleton: () => useUi.getState().openDialog('exportSkeleton'),
  newFromTemplate: () => useUi.getState().openDialog('templates'),
  importMermaid: () => useUi.getState().openDialog('importMermaid'),
  exportMermaid: ({ store }) => exportMermaidFile(store),
  tidyLayout: ({ store }) => (store.getState().design.nodes.length ? useUi.getState().openDialog('tidyLayout') : store.getState().setNotice({ kind: 'info', text: 'Nothing to lay out: the design is empty.' })),
};

export function runCommand(id: CommandId, ctx: CommandContext): Promise<void> {
  return Promise.resolve(HANDLERS[id](ctx)).then(() => undefined);
}

/** Commands whose keys a focused text field keeps for itself. */
const TEXT_FIELD_KEYS = new Set<CommandId>(['undo', 'redo', 'delete', 'selectAll']);

/** The command a key press asks for, if any. */
export function commandForKey(e: KeyLike, mac: boolean, inTextField: boolean): CommandId | undefined {
  const hit = COMMAND_CATALOG.find((c) => [c.accelerator, ...(c.alternates ?? [])].some((a) => a !== undefined && acceleratorMatches(a, e, mac)));
  if (!hit || (inTextField && TEXT_FIELD_KEYS.has(hit.id))) return undefined;
  return hit.id;
}
