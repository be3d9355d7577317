/**
 * File › Export Image: the design or the selection as SVG or PNG, light or dark, with or
 * without problem marks, with a preview. Drawn by the shared vector exporter (imageExport.ts).
 */
import { useTheme } from '../theme/theme';
import { useEffect, useState } from 'react';
import { Dialog } from '../dialogs/Dialog';
import { routeStore } from '../routing/routeStore';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { fileSlug } from '../platform/download';
import { usePlatform } from '../platform/PlatformContext';
import { plural } from './fileTree';
import { captureImage, svgDataUrl, svgToPng, type CapturedImage, type ImageOptions, type ImageScope, type ImageTheme } from './imageExport';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'error'; text: string } | { kind: 'done'; text: string };

export function ImageExportDialog() {
  const store = useDesignStore();
  const platform = usePlatform();
  const title = useDesign((s) => s.design.metadata.title);
  const selectedCount = useDesign((s) => s.nodes.reduce((n, x) => n + (x.selected ? 1 : 0), 0) + s.edges.reduce((n, x) => n + (x.selected ? 1 : 0), 0));
  const [scope, setScope] = useState<ImageScope>(selectedCount > 0 ? 'selection' : 'design');
  // Exports start in the editor's own theme.
  const [theme, setTheme] = useState<ImageTheme>(() => useTheme.getState().theme);
  const [transparent, setTransparent] = useState(false);
  const [clean, setClean] = useState(false);
  const [image, setImage] = useState<CapturedImage | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'busy', text: 'Drawing the preview…' });

  // Redraw the preview whenever an option changes; a stale capture is never downloaded.
  useEffect(() => {
    const s = store.getState();
    const opts: ImageOptions = { scope, theme, transparent, clean };
    try {
      const selectedNodes = new Set(s.nodes.filter((n) => n.selected).map((n) => n.id));
      const selectedEdges = new Set(s.edges.filter((e) => e.selected).map((e) => e.id));
      setImage(captureImage({ design: s.design, selectedNodes, selectedEdges, routes: routeStore.getState().routes, marks: s.marks }, opts));
      setStatus({ kind: 'idle' });
    } catch (err) {
      setImage(null);
      setStatus({ kind: 'error', text: (err as Error).message });
    }
  }, [store, scope, theme, transparent, clean]);

  const baseName = `${fileSlug(title)}${scope === 'selection' ? '-selection' : ''}${theme === 'dark' ? '-dark' : ''}${clean ? '-clean' : ''}`;

  const save = async (kind: 'SVG' | 'PNG', make: () => Promise<Blob | string>, type: string) => {
    const name = `${baseName}.${kind.toLowerCase()}`;
    setStatus({ kind: 'busy', text: `Saving the ${kind}…` });
    try {
      const saved = await platform.exportFile(await make(), name, type);
      setStatus(saved ? { kind: 'done', text: `Saved ${name}` } : { kind: 'idle' });
    } catch (err) {
      setStatus({ kind: 'error', text: `Could not save the ${kind}: ${(err as Error).message}` });
    }
  };
  const saveSvg = () => image && save('SVG', async () => image.svg, 'image/svg+xml');
  const savePng = () => image && save('PNG', () => svgToPng(image), 'image/png');

  const busy = status.kind === 'busy';
  return (
    <Dialog
      title="Export image"
      wide
      footer={
        <>
          <span className="aw-export-status" role={status.kind === 'error' ? 'alert' : 'status'}>
            {status.kind === 'busy' && <progress aria-label={status.text} />}
            {status.kind !== 'idle' && status.text}
          </span>
          <button type="button" onClick={() => void saveSvg()} disabled={!image || busy}>
            {platform.kind === 'electron' ? 'Save SVG…' : 'Download SVG'}
          </button>
          <button type="button" className="primary" onClick={() => void savePng()} disabled={!image || busy}>
            {platform.kind === 'electron' ? 'Save PNG…' : 'Download PNG'}
          </button>
        </>
      }
    >
      <div className="aw-export-layout">
        <form className="aw-export-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="aw-fieldset">
            <legend>Area</legend>
            <label className="aw-checkbox">
              <input type="radio" name="scope" checked={scope === 'design'} onChange={() => setScope('design')} />
              Whole design
            </label>
            <label className="aw-checkbox">
              <input type="radio" name="scope" checked={scope === 'selection'} disabled={selectedCount === 0} onChange={() => setScope('selection')} />
              Selection{selectedCount === 0 ? ' (nothing selected)' : ''}
            </label>
          </fieldset>
          <fieldset className="aw-fieldset">
            <legend>Theme</legend>
            <label className="aw-checkbox">
              <input type="radio" name="theme" checked={theme === 'light'} onChange={() => setTheme('light')} />
              Light
            </label>
            <label className="aw-checkbox">
              <input type="radio" name="theme" checked={theme === 'dark'} onChange={() => setTheme('dark')} />
              Dark
            </label>
          </fieldset>
          <label className="aw-checkbox">
            <input type="checkbox" checked={transparent} onChange={(e) => setTransparent(e.target.checked)} />
            Transparent background
          </label>
          <label className="aw-checkbox">
            <input type="checkbox" checked={clean} onChange={(e) => setClean(e.target.checked)} />
            Clean (no problem marks)
          </label>
          {image && (
            <p className="aw-muted" data-testid="image-size">
              {image.width} × {image.height} px · {plural(image.nodeCount, 'node')}, {plural(image.edgeCount, 'edge')}
            </p>
          )}
        </form>
        <figure className={`aw-export-preview${transparent ? ' checker' : ''}`}>
          {image ? <img src={svgDataUrl(image.svg)} alt={`Preview of the ${scope === 'selection' ? 'selection' : 'design'}`} /> : <span className="aw-muted">{busy ? 'Drawing…' : ''}</span>}
        </figure>
      </div>
    </Dialog>
  );
}
