/**
 * What an empty canvas says: how to start, with the ways to start as buttons. (Their names
 * avoid the toolbar's words, Open and New, so each toolbar button keeps a unique name.)
 */
import type { CommandId } from '../../../shared/commands/catalog';
import { usePlatform } from '../platform/PlatformContext';
import { usePresentation } from '../presentation/presentationStore';
import { useDesign } from '../state/StoreContext';

export function EmptyCanvas({ run }: { run: (id: CommandId) => void }) {
  const empty = useDesign((s) => s.design.nodes.length === 0);
  const presenting = usePresentation((s) => s.on);
  const platform = usePlatform();
  if (!empty || presenting) return null;
  return (
    <section className="aw-empty-canvas" aria-label="Start a design">
      <h2>Start a design</h2>
      <p>Drag a component from the palette onto the canvas (or select it and press Enter), or begin from one of these:</p>
      <div className="aw-empty-canvas-actions">
        <button type="button" className="primary" onClick={() => run('newFromTemplate')}>
          Start from a template…
        </button>
        <button type="button" onClick={() => run('importMermaid')}>
          Import Mermaid…
        </button>
        <button type="button" onClick={() => run('open')}>
          Choose a design file…
        </button>
        {platform.kind === 'electron' && (
          <button type="button" onClick={() => run('openRecent')}>
            Recent files…
          </button>
        )}
      </div>
    </section>
  );
}
