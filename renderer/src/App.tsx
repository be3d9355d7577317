/** The editor shell: toolbar, palette, canvas, inspector, status bar. */
import { ReactFlowProvider, useReactFlow } from '@xyflow/react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { command, commandForKey, type Command } from './commands';
import { Canvas } from './canvas/Canvas';
import { Dock } from './panels/Dock';
import { Inspector } from './panels/Inspector';
import { NoticeBar } from './panels/NoticeBar';
import { Palette } from './panels/Palette';
import { StatusBar } from './panels/StatusBar';
import { Toolbar } from './panels/Toolbar';
import { detectPlatform, type Platform } from './platform/platform';
import { createDesignStore, isDirty, type DesignStore } from './state/designStore';
import type { FlowNode } from './state/flowModel';
import { DesignStoreProvider, useDesign } from './state/StoreContext';

export function App() {
  const [store] = useState(() => createDesignStore());
  const [platform] = useState(() => detectPlatform());
  return (
    <DesignStoreProvider store={store}>
      <ReactFlowProvider>
        <Editor store={store} platform={platform} />
      </ReactFlowProvider>
    </DesignStoreProvider>
  );
}

function isTextInput(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function Editor({ store, platform }: { store: DesignStore; platform: Platform }) {
  const flow = useReactFlow<FlowNode>();
  const ctx = useMemo(() => ({ store, platform, flow }), [store, platform, flow]);
  const run = useCallback((id: Command['id']) => void command(id).run(ctx), [ctx]);

  // Window title and the unsaved-changes marker.
  const dirty = useDesign(isDirty);
  const name = useDesign((s) => s.file?.name ?? s.design.metadata.title);
  useEffect(() => platform.setDocumentState(`${dirty ? '• ' : ''}${name} — Archway`, dirty), [platform, dirty, name]);

  useEffect(() => platform.onMenuCommand(run), [platform, run]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const cmd = commandForKey(e);
      if (!cmd) return;
      // Text fields keep their own undo; Electron's menu accelerators already ran the command.
      if (isTextInput(e.target) && (cmd.id === 'undo' || cmd.id === 'redo')) return;
      if (platform.kind === 'electron') return;
      e.preventDefault();
      void cmd.run(ctx);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [ctx, platform]);

  return (
    <div className="aw-app">
      <header className="aw-header">
        <h1 className="aw-brand">Archway</h1>
        <Toolbar run={run} />
      </header>
      <NoticeBar />
      <Palette />
      <main className="aw-main">
        <div className="aw-canvas-wrap">
          <Canvas />
        </div>
        <Dock />
      </main>
      <Inspector />
      <StatusBar />
    </div>
  );
}
