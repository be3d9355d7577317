/**
 * File › New from Template…: the seed chapter's architectures as ready designs
 * (assets/templates/). Choosing one opens it as a new, unsaved document.
 */
import { useEffect, useState } from 'react';
import type { Design } from '../../../shared/model/schema';
import { Dialog } from '../dialogs/Dialog';
import { isDirty } from '../state/designStore';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { useUi } from '../state/uiStore';
import { ReplaceConfirm } from './parts';
import { loadTemplate, templateEntries, type TemplateEntry, type TemplateLoad } from './templates';
import { Thumbnail } from './Thumbnail';

const ENTRIES = templateEntries();

export function TemplateGalleryDialog() {
  const store = useDesignStore();
  const dirty = useDesign(isDirty);
  const close = useUi((s) => s.closeDialog);
  const [loaded, setLoaded] = useState<Record<string, TemplateLoad>>({});
  const [pending, setPending] = useState<TemplateEntry | null>(null);

  useEffect(() => {
    let live = true;
    for (const entry of ENTRIES) {
      void loadTemplate(entry).then((result) => live && setLoaded((prev) => ({ ...prev, [entry.id]: result })));
    }
    return () => {
      live = false;
    };
  }, []);

  function open(entry: TemplateEntry, design: Design) {
    const s = store.getState();
    s.load(design, null);
    s.setNotice({ kind: 'info', text: `New design from the template "${entry.title}". Save it to keep it.` });
    close();
  }

  function choose(entry: TemplateEntry) {
    const result = loaded[entry.id];
    if (!result?.ok) return;
    if (dirty) setPending(entry);
    else open(entry, result.design);
  }

  const footer = pending ? (
    <ReplaceConfirm
      what="Opening a template"
      onCancel={() => setPending(null)}
      onConfirm={() => {
        const result = loaded[pending.id];
        if (result?.ok) open(pending, result.design);
      }}
    />
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
                  aria-pressed={pending?.id === entry.id}
                  onClick={() => choose(entry)}
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
