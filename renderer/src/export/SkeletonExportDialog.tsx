/**
 * File › Export Code Skeleton (DESIGN §5, issue 6): choose the language, see the file tree
 * before anything is written, then download a .zip (browser build) or write into a folder
 * chosen in the native dialog (Electron; main writes through the safe tree writer and a
 * non-empty folder needs a second yes). Generation and zipping run in a Web Worker.
 */
import { useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Response } from '../../../shared/ipc/contract';
import { Dialog } from '../dialogs/Dialog';
import { useDesign } from '../state/StoreContext';
import { fileSlug } from '../platform/download';
import { usePlatform } from '../platform/PlatformContext';
import { FileTree } from './FileTree';
import { buildFileTree, formatBytes, plural, type TreeFolder } from './fileTree';
import type { SkeletonFile, SkeletonLang } from './skeletonProtocol';
import { SkeletonWorker } from './skeletonWorker';

type Generated = { state: 'busy' } | { state: 'error'; message: string } | { state: 'ready'; files: SkeletonFile[]; warnings: string[] };

type Step =
  | { step: 'idle' }
  | { step: 'zipping'; percent: number }
  | { step: 'choosing' }
  | { step: 'confirm'; token: string; folder: string }
  | { step: 'writing'; folder: string }
  | { step: 'written'; report: Extract<Response<'writeSkeleton'>, { ok: true }> }
  | { step: 'done'; text: string }
  | { step: 'error'; text: string };

const LANGS: { id: SkeletonLang; label: string }[] = [
  { id: 'ts', label: 'TypeScript' },
  { id: 'python', label: 'Python' },
];

export function SkeletonExportDialog() {
  const design = useDesign((s) => s.design);
  const [lang, setLang] = useState<SkeletonLang>('ts');
  const [generated, setGenerated] = useState<Generated>({ state: 'busy' });
  const [step, setStep] = useState<Step>({ step: 'idle' });
  const [worker] = useState(() => new SkeletonWorker());
  useEffect(() => () => worker.dispose(), [worker]);
  const desktop = window.archway;
  const platform = usePlatform();
  const rootName = `${fileSlug(design.metadata.title)}-skeleton`;

  // The preview is of the design as it is now, in the chosen language.
  useEffect(() => {
    let live = true;
    setGenerated({ state: 'busy' });
    setStep({ step: 'idle' });
    worker
      .generate(design, lang)
      .then((r) => live && setGenerated({ state: 'ready', ...r }))
      .catch((err: Error) => live && err.message !== 'canceled' && setGenerated({ state: 'error', message: err.message }));
    return () => {
      live = false;
    };
  }, [worker, design, lang]);

  const files = generated.state === 'ready' ? generated.files : null;
  const tree = useMemo(() => (files ? buildFileTree(files, rootName) : null), [files, rootName]);

  const downloadZip = async () => {
    if (!files) return;
    setStep({ step: 'zipping', percent: 0 });
    try {
      const blob = await worker.zip(files, rootName, (percent) => setStep({ step: 'zipping', percent }));
      if (!(await platform.exportFile(blob, `${rootName}.zip`, 'application/zip'))) return setStep({ step: 'idle' });
      setStep({ step: 'done', text: `Saved ${rootName}.zip (${plural(files.length, 'file')}, ${formatBytes(blob.size)})` });
    } catch (err) {
      setStep({ step: 'error', text: `Could not make the zip: ${(err as Error).message}` });
    }
  };

  const write = async (token: string, folder: string, force: boolean) => {
    if (!files || !desktop) return;
    setStep({ step: 'writing', folder });
    try {
      const r = await desktop.writeSkeleton({ folderToken: token, files, force });
      setStep(r.ok ? { step: 'written', report: r } : { step: 'confirm', token, folder: r.folder });
    } catch (err) {
      setStep({ step: 'error', text: `Could not write the skeleton: ${(err as Error).message}` });
    }
  };

  const chooseFolder = async () => {
    if (!files || !desktop) return;
    setStep({ step: 'choosing' });
    try {
      const r = await desktop.chooseFolder({});
      if (r.canceled) return setStep({ step: 'idle' });
      if (!r.empty && !r.earlierSkeleton) return setStep({ step: 'confirm', token: r.token, folder: r.name });
      await write(r.token, r.name, false);
    } catch (err) {
      setStep({ step: 'error', text: `Could not use that folder: ${(err as Error).message}` });
    }
  };

  const busy = generated.state === 'busy' || ['zipping', 'choosing', 'writing'].includes(step.step);
  return (
    <Dialog
      title="Export code skeleton"
      wide
      footer={
        <>
          <StepStatus step={step} generating={generated.state === 'busy'} />
          {desktop ? (
            <button type="button" className="primary" disabled={!files || busy || step.step === 'confirm'} onClick={() => void chooseFolder()}>
              Write to folder…
            </button>
          ) : (
            <button type="button" className="primary" disabled={!files || busy} onClick={() => void downloadZip()}>
              Download .zip
            </button>
          )}
        </>
      }
    >
      <div className="aw-export-layout">
        <form className="aw-export-options" onSubmit={(e) => e.preventDefault()}>
          <fieldset className="aw-fieldset">
            <legend>Language</legend>
            {LANGS.map((l) => (
              <label key={l.id} className="aw-checkbox">
                <input type="radio" name="lang" checked={lang === l.id} disabled={busy} onChange={() => setLang(l.id)} />
                {l.label}
              </label>
            ))}
          </fieldset>
          {tree && <Summary tree={tree} />}
          {generated.state === 'ready' && generated.warnings.length > 0 && (
            <details className="aw-export-warnings">
              <summary>{plural(generated.warnings.length, 'note')} from the generator</summary>
              <ul>
                {generated.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            </details>
          )}
          <p className="aw-muted">
            {desktop
              ? 'Writes into a folder you choose. Files you edited since an earlier export are kept.'
              : 'Downloads a .zip with one folder per service, OpenAPI and AsyncAPI documents, docker-compose.yml and a README.'}
          </p>
        </form>
        <div className="aw-export-tree">
          {generated.state === 'busy' && <p className="aw-muted">Generating the preview…</p>}
          {generated.state === 'error' && <p role="alert" className="aw-export-error">Could not generate the skeleton: {generated.message}</p>}
          {tree && <FileTree root={tree} label="File tree preview" />}
        </div>
      </div>
      {step.step === 'confirm' && (
        <div className="aw-export-confirm" role="alertdialog" aria-label="Folder is not empty">
          <p>
            The folder <strong>{step.folder}</strong> is not empty and holds no earlier Archway skeleton. Write the skeleton into it anyway? Files that are
            already there are kept; only missing files are added.
          </p>
          <div className="aw-export-confirm-actions">
            <button type="button" onClick={() => setStep({ step: 'idle' })}>
              Cancel
            </button>
            <button type="button" className="primary" onClick={() => void write(step.token, step.folder, true)}>
              Write into it anyway
            </button>
          </div>
        </div>
      )}
      {step.step === 'written' && <WriteReport report={step.report} />}
    </Dialog>
  );
}

function Summary({ tree }: { tree: TreeFolder }) {
  const services = tree.children.find((c) => c.kind === 'folder' && c.name === 'services');
  const packages = services?.kind === 'folder' ? services.children.length : 0;
  return (
    <p className="aw-export-summary" data-testid="skeleton-summary">
      {plural(tree.fileCount, 'file')} · {plural(packages, 'package')} · {formatBytes(tree.bytes)}
    </p>
  );
}

function StepStatus({ step, generating }: { step: Step; generating: boolean }) {
  let content: ReactNode = null;
  if (generating) content = <><progress aria-label="Generating" /> Generating…</>;
  else if (step.step === 'zipping') content = <><progress aria-label="Zipping" max={100} value={step.percent} /> Zipping… {Math.round(step.percent)}%</>;
  else if (step.step === 'choosing') content = 'Choose a folder…';
  else if (step.step === 'writing') content = <><progress aria-label="Writing" /> Writing to {step.folder}…</>;
  else if (step.step === 'done') content = step.text;
  else if (step.step === 'error') content = step.text;
  return (
    <span className="aw-export-status" role={step.step === 'error' ? 'alert' : 'status'}>
      {content}
    </span>
  );
}

function WriteReport({ report }: { report: Extract<Response<'writeSkeleton'>, { ok: true }> }) {
  const groups: [string, string[]][] = [
    ['Written', report.written],
    ['Unchanged', report.unchanged],
    ['Kept (edited since generated, or not written by Archway; delete a file to regenerate it)', report.keptUserEdits],
    ['Skipped', report.skipped.map((s) => `${s.path} (${s.reason})`)],
  ];
  return (
    <section className="aw-export-report" aria-label="Write report">
      <p role="status">
        {report.folder}: wrote {report.written.length}, unchanged {report.unchanged.length}, kept {report.keptUserEdits.length} edited, skipped {report.skipped.length}.
      </p>
      {groups
        .filter(([, list]) => list.length > 0)
        .map(([title, list]) => (
          <details key={title}>
            <summary>
              {title} ({list.length})
            </summary>
            <ul>
              {list.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ul>
          </details>
        ))}
    </section>
  );
}
