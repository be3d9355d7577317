/** The preview of a generated file tree: folders first, each with the number of files under it. */

export interface TreeFile {
  kind: 'file';
  name: string;
  path: string;
  bytes: number;
}

export interface TreeFolder {
  kind: 'folder';
  name: string;
  path: string;
  /** Files anywhere below this folder. */
  fileCount: number;
  bytes: number;
  children: TreeEntry[];
}

export type TreeEntry = TreeFile | TreeFolder;

const byteLength = (s: string): number => new TextEncoder().encode(s).length;

/** Builds the tree of `files` (slash-separated relative paths) under a root folder called `rootName`. */
export function buildFileTree(files: readonly { path: string; content: string }[], rootName = ''): TreeFolder {
  const root: TreeFolder = { kind: 'folder', name: rootName, path: '', fileCount: 0, bytes: 0, children: [] };
  const folders = new Map<string, TreeFolder>([['', root]]);
  for (const f of files) {
    const segments = f.path.split('/');
    const name = segments.pop()!;
    const bytes = byteLength(f.content);
    let parent = root;
    root.fileCount++;
    root.bytes += bytes;
    let prefix = '';
    for (const seg of segments) {
      prefix = prefix ? `${prefix}/${seg}` : seg;
      let folder = folders.get(prefix);
      if (!folder) {
        folder = { kind: 'folder', name: seg, path: prefix, fileCount: 0, bytes: 0, children: [] };
        folders.set(prefix, folder);
        parent.children.push(folder);
      }
      folder.fileCount++;
      folder.bytes += bytes;
      parent = folder;
    }
    parent.children.push({ kind: 'file', name, path: f.path, bytes });
  }
  for (const folder of folders.values()) folder.children.sort(compareEntries);
  return root;
}

function compareEntries(a: TreeEntry, b: TreeEntry): number {
  if (a.kind !== b.kind) return a.kind === 'folder' ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
