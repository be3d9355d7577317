/** The editor shell: toolbar, palette, canvas, inspector, status bar. */
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { CommandId } from '../../shared/commands/catalog';
import { commandForKey, runCommand } from './commands';
import { openRecentFile } from './fileActions';
import { Canvas } from './canvas/Canvas';
import { DialogHost } from './dialogs/DialogHost';
import { EmptyCanvas } from './io/EmptyCanvas';
import { OpenProgress } from './io/OpenProgress';
import { Dock } from './panels/Dock';
import { MenuBar } from './panels/MenuBar';
import { Inspector } from './panels/Inspector';
import { NoticeBar } from './panels/NoticeBar';
import { Palette } from './panels/Palette';
import { StatusBar } from './panels/StatusBar';
import { Toolbar } from './panels/Toolbar';
import { detectPlatform, type Platform } from './platform/platform';
import { PlatformProvider } from './platform/PlatformContext';
import { startAutosave } from './recovery/autosave';
import { rememberLastDesign, reopenLastDesign } from './recovery/lastDesign';
import { useRecovery } from './recovery/recoveryStore';
import { useUi } from './state/uiStore';
import { installClipboard } from './edit/clipboard';
import { installDropOpen } from './edit/dropOpen';
import { PresentationBar } from './presentation/PresentationBar';
import { usePresentation } from './presentation/presentationStore';
import { installTheme } from './theme/theme';
import { createDesignStore, isDirty, type DesignStore } from './state/designStore';
import type { FlowNode } from './state/flowModel';
import { DesignStoreProvider, useDesign } from './state/StoreContext';

export function App() {
  const [store] = useState(() => createDesignStore());
  const [platform] = useState(() => detectPlatform());
  return (
    <PlatformProvider platform={platform}>
      <DesignStoreProvider store={store}>
        <ReactFlowProvider>
          <Editor store={store} platform={platform} />
        </ReactFlowProvider>
      </DesignStoreProvider>
    </PlatformProvider>
  );
}

function isTextInput(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function Editor({ store, platform }: { store: DesignStore; platform: Platform }) {
  const flow = useReactFlow<FlowNode>();
  const ctx = useMemo(() => ({ store, platform, flow }), [store, platform, flow]);
  const run = useCallback((id: CommandId) => void runCommand(id, ctx), [ctx]);

  // Window title and the unsaved-changes marker.
  const dirty = useDesign(isDirty);
  const name = useDesign((s) => s.file?.name ?? s.design.metadata.title);
  const readOnly = useDesign((s) => s.readOnly);
  useEffect(() => platform.setDocumentState(`${dirty ? '• ' : ''}${name}${readOnly ? ' (read-only)' : ''} — Archway`, dirty), [platform, dirty, name, readOnly]);

  useEffect(() => platform.onMenuCommand(run), [platform, run]);
  useEffect(() => platform.onOpenRecent((token) => void openRecentFile(store, platform, token)), [platform, store]);
  useEffect(() => installClipboard(store), [store]);
  useEffect(() => installDropOpen(store), [store]);
  useEffect(() => installTheme(), []);
  const presenting = usePresentation((s) => s.on);

  // Autosave drafts; at start, offer the drafts an earlier session left behind.
  useEffect(() => {
    const autosave = startAutosave(store, platform);
    void platform.listDrafts().then((drafts) => {
      const others = drafts.filter((d) => d.draftId !== autosave.draftId);
      useRecovery.getState().set(others, autosave);
      if (others.length) useUi.getState().openDialog('recovery');
      // The browser build reopens the design it had open before the reload.
      else if (platform.kind === 'browser') void reopenLastDesign(store, platform);
      // The desktop app starts on its start screen when there are recent files to offer.
      else if (platform.kind === 'electron') void platform.listRecent().then((r) => r.length && !useUi.getState().dialog && useUi.getState().openDialog('recent'));
    }, () => {});
    const stopRemembering = rememberLastDesign(store, platform);
    return () => {
      autosave.stop();
      stopRemembering();
    };
  }, [store, platform]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      // Delete on the canvas is React Flow's (it knows what is selected and focused).
      if (e.key === 'Delete' || e.key === 'Backspace') return;
      const id = commandForKey(e, platform.mac, isTextInput(e.target));
      if (!id) return;
      e.preventDefault();
      run(id);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [run, platform]);

  return (
    <div className={`aw-app${presenting ? ' presenting' : ''}`}>
      <header className="aw-header">
        <h1 className="aw-brand">Archway</h1>
        {platform.kind === 'browser' && <MenuBar run={run} mac={platform.mac} />}
        <Toolbar run={run} />
      </header>
      <NoticeBar />
      <Palette />
      <main className="aw-main">
        <div className="aw-canvas-wrap">
          <Canvas />
          <EmptyCanvas run={run} />
          <OpenProgress />
        </div>
        <Dock />
      </main>
      <Inspector />
      <StatusBar />
      <DialogHost mac={platform.mac} run={run} />
      <PresentationBar />
    </div>
  );
}
