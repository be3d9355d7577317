/** A collapsible preview of a file tree: folders as <details> (keyboard and screen readers for free), with file counts. */
import { memo } from 'react';
import { formatBytes, plural, type TreeFolder } from './fileTree';

const OPEN_DEPTH = 2;

const Folder = memo(function Folder({ folder, depth }: { folder: TreeFolder; depth: number }) {
  return (
    <details className="aw-tree-folder" open={depth < OPEN_DEPTH}>
      <summary>
        <span className="aw-tree-name">{folder.name}/</span>
        <span className="aw-tree-count">{plural(folder.fileCount, 'file')}</span>
      </summary>
      <Entries folder={folder} depth={depth + 1} />
    </details>
  );
});

function Entries({ folder, depth }: { folder: TreeFolder; depth: number }) {
  return (
    <ul>
      {folder.children.map((c) => (
        <li key={c.path}>
          {c.kind === 'folder' ? (
            <Folder folder={c} depth={depth} />
          ) : (
            <span className="aw-tree-file">
              <span className="aw-tree-name">{c.name}</span>
              <span className="aw-tree-count">{formatBytes(c.bytes)}</span>
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

export function FileTree({ root, label }: { root: TreeFolder; label: string }) {
  return (
    <div className="aw-tree" role="group" aria-label={label}>
      <Folder folder={root} depth={0} />
    </div>
  );
}
