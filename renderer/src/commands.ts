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
import { exportDrawioFile, importDrawioFile } from './io/drawioFile';
import type { Platform } from './platform/platform';
import * as sim from './sim/controller';
import type { DesignStore } from './state/designStore';
import type { FlowNode } from './state/flowModel';
import { useUi } from './state/uiStore';
import { useViewOptions } from './canvas/viewOptions';
import { alignEdit, distributeEdit, type Alignment, type Frame } from '../../shared/model/arrange';
import { duplicateSelection, menuClipboard } from './edit/clipboard';
import { usePresentation } from './presentation/presentationStore';
import { useTheme } from './theme/theme';
import { sizeForTargetsCommand } from './sim/sizeForTargets';
import { useEstimateView } from './sim/estimateView';

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
  undo: ({ store }) => store.getState().undo(),
  redo: ({ store }) => store.getState().redo(),
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
  toggleMinimap: () => useViewOptions.getState().toggle('minimap'),
  toggleLegend: () => useViewOptions.getState().toggle('legend'),
  shortcuts: () => useUi.getState().openDialog('shortcuts'),
  commandPalette: () => useUi.getState().openDialog('commandPalette'),
  search: () => useUi.getState().openDialog('search'),
  openRecent: () => useUi.getState().openDialog('recent'),
  newWindow: ({ platform }) => platform.openWindow(),
  cut: ({ store }) => menuClipboard(store, 'cut'),
  copy: ({ store }) => menuClipboard(store, 'copy'),
  paste: ({ store }) => menuClipboard(store, 'paste'),
  duplicate: ({ store }) => duplicateSelection(store),
  alignLeft: (ctx) => arrange(ctx, 'left'),
  alignCenter: (ctx) => arrange(ctx, 'center'),
  alignRight: (ctx) => arrange(ctx, 'right'),
  alignTop: (ctx) => arrange(ctx, 'top'),
  alignMiddle: (ctx) => arrange(ctx, 'middle'),
  alignBottom: (ctx) => arrange(ctx, 'bottom'),
  distributeHorizontally: (ctx) => arrange(ctx, 'horizontal'),
  distributeVertically: (ctx) => arrange(ctx, 'vertical'),
  toggleTheme: () => useTheme.getState().choose(useTheme.getState().theme === 'dark' ? 'light' : 'dark'),
  systemTheme: () => useTheme.getState().choose('system'),
  presentation: () => (usePresentation.getState().on ? usePresentation.getState().exit() : usePresentation.getState().enter()),
  simRun: ({ store }) => (useUi.getState().setDockTab('simulation'), sim.play(store.getState().design)),
  simPause: () => sim.pause(),
  simStep: ({ store }) => (useUi.getState().setDockTab('simulation'), sim.step(store.getState().design)),
  simReset: () => sim.reset(),
  simSweep: ({ store }) => (useUi.getState().setDockTab('simulation'), sim.runSweep(store.getState().design)),
  sizeForTargets: ({ store }) => sizeForTargetsCommand(store),
  toggleEstimates: () => useEstimateView.getState().toggle(),
  exportImage: () => useUi.getState().openDialog('exportImage'),
  exportSkeleton: () => useUi.getState().openDialog('exportSkeleton'),
  newFromTemplate: () => useUi.getState().openDialog('templates'),
  importMermaid: () => useUi.getState().openDialog('importMermaid'),
  exportMermaid: ({ store, platform }) => exportMermaidFile(store, platform),
  importDrawio: ({ store }) => importDrawioFile(store),
  exportDrawio: ({ store, platform }) => exportDrawioFile(store, platform),
  tidyLayout: ({ store }) => (store.getState().design.nodes.length ? useUi.getState().openDialog('tidyLayout') : store.getState().setNotice({ kind: 'info', text: 'Nothing to lay out: the design is empty.' })),
};

export function runCommand(id: CommandId, ctx: CommandContext): Promise<void> {
  return Promise.resolve(HANDLERS[id](ctx)).then(() => undefined);
}

/** Aligns or distributes the selected nodes by their frames on screen, as one undo step. */
function arrange({ store, flow }: CommandContext, how: Alignment | 'horizontal' | 'vertical'): void {
  const s = store.getState();
  const frames: Frame[] = s.nodes
    .filter((n) => n.selected)
    .map((n) => {
      const internal = flow.getInternalNode(n.id);
      const p = internal?.internals.positionAbsolute ?? n.position;
      return { id: n.id, x: p.x, y: p.y, width: internal?.measured.width ?? n.width ?? 180, height: internal?.measured.height ?? n.height ?? 56 };
    });
  if (frames.length < 2) return s.setNotice({ kind: 'info', text: 'Select two or more components to align or distribute them.' });
  s.apply(how === 'horizontal' || how === 'vertical' ? distributeEdit(s.design, frames, how) : alignEdit(s.design, frames, how));
}

/** Commands whose keys a focused text field keeps for itself. */
const TEXT_FIELD_KEYS = new Set<CommandId>(['undo', 'redo', 'delete', 'selectAll']);

/** The command a key press asks for, if any. */
export function commandForKey(e: KeyLike, mac: boolean, inTextField: boolean): CommandId | undefined {
  // Clipboard keys are left to the browser, whose copy/cut/paste events edit/clipboard.ts handles.
  const hit = COMMAND_CATALOG.find((c) => !c.clipboard && [c.accelerator, ...(c.alternates ?? [])].some((a) => a !== undefined && acceleratorMatches(a, e, mac)));
  if (!hit || (inTextField && TEXT_FIELD_KEYS.has(hit.id))) return undefined;
  return hit.id;
}
