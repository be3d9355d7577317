/**
 * File › New from Template…: the seed chapter's architectures as ready designs
 * (assets/templates/). Choosing one opens it as a new, unsaved document.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../../../shared/model/schema';
import { Dialog } from '../dialogs/Dialog';
import { replaceDocument } from '../state/replaceDocument';
import { useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { ReplaceConfirm } from './parts';
import { loadTemplate, templateEntries, type TemplateEntry, type TemplateLoad } from './templates';
import { Thumbnail } from './Thumbnail';

const ENTRIES = templateEntries();

export function TemplateGalleryDialog() {
  const store = useDesignStore();
  const close = useUi((s) => s.closeDialog);
  const [loaded, setLoaded] = useState<Record<string, TemplateLoad>>({});
  const [pending, setPending] = useState<{ entry: TemplateEntry; answer: (discard: boolean) => void } | null>(null);

  useEffect(() => {
    let live = true;
    for (const entry of ENTRIES) {
      void loadTemplate(entry).then((result) => live && setLoaded((prev) => ({ ...prev, [entry.id]: result })));
    }
    return () => {
      live = false;
    };
  }, []);

  async function choose(entry: TemplateEntry) {
    const result = loaded[entry.id];
    if (!result?.ok || pending) return;
    const design: Design = result.design;
    // Unsaved changes: the question is asked in this dialog's footer.
    const ask = () => new Promise<boolean>((answer) => setPending({ entry, answer }));
    const outcome = await replaceDocument(
      store,
      'Opening a template',
      () => ({ design, file: null, notice: { kind: 'info', text: `New design from the template "${entry.title}". Save it to keep it.` } }),
      ask,
    );
    setPending(null);
    if (outcome === 'replaced') close();
  }

  const footer = pending ? (
    <ReplaceConfirm what="Opening a template" onCancel={() => pending.answer(false)} onConfirm={() => pending.answer(true)} />
  ) : undefined;

  return (
    <Dialog title="New from template" wide footer={footer}>
      {ENTRIES.length === 0 ? (
        <p className="aw-empty">No templates are installed (assets/templates/ is empty).</p>
      ) : (
        <ul className="aw-gallery" aria-label="Templates">
          {ENTRIES.map((entry) => {
            const result = loaded[entry.id];
            const design = result?.ok ? result.design : undefined;
            return (
              <li key={entry.id}>
                <button
                  type="button"
                  className="aw-gallery-card"
                  aria-label={`${entry.title}${entry.figure ? `, ${entry.figure}` : ''}`}
                  aria-describedby={`tpl-${entry.id}-desc`}
                  disabled={!result?.ok}
                  aria-pressed={pending?.entry.id === entry.id}
                  onClick={() => void choose(entry)}
                >
                  <div className="aw-gallery-figure">{design ? <Thumbnail design={design} /> : <span className="aw-thumb-wait">{result ? '' : 'Loading…'}</span>}</div>
                  <div className="aw-gallery-text">
                    <strong>{design?.metadata.title && entry.title === entry.id.replace(/[-_]+/g, ' ') ? design.metadata.title : entry.title}</strong>
                    {entry.figure && <span className="aw-gallery-fig">{entry.figure}</span>}
                    <span id={`tpl-${entry.id}-desc`} className="aw-gallery-desc">
                      {result && !result.ok ? result.error : entry.description || design?.metadata.description}
                    </span>
                    {design && (
                      <span className="aw-gallery-meta">
                        {design.nodes.length} nodes · {design.edges.length} edges
                      </span>
                    )}
                  </div>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </Dialog>
  );
}
