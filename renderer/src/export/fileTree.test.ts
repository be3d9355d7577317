import { describe, expect, it } from 'vitest';
import { buildFileTree, formatBytes, type TreeFolder } from './fileTree';

describe('buildFileTree', () => {
  const files = [
    { path: 'README.md', content: 'hello' },
    { path: 'services/b-svc/src/main.ts', content: 'x' },
    { path: 'services/a-svc/package.json', content: '{}' },
    { path: 'services/a-svc/src/main.ts', content: 'é' },
    { path: 'docker-compose.yml', content: '' },
  ];

  it('nests folders, counts the files and bytes under each, folders first then by name', () => {
    const root = buildFileTree(files, 'out');
    expect(root).toMatchObject({ name: 'out', fileCount: 5, bytes: 5 + 1 + 2 + 2 });
    expect(root.children.map((c) => c.name)).toEqual(['services', 'README.md', 'docker-compose.yml']);
    const services = root.children[0] as TreeFolder;
    expect(services).toMatchObject({ kind: 'folder', path: 'services', fileCount: 3 });
    expect(services.children.map((c) => [c.name, c.kind === 'folder' ? c.fileCount : -1])).toEqual([['a-svc', 2], ['b-svc', 1]]);
    const a = services.children[0] as TreeFolder;
    expect(a.children.map((c) => c.name)).toEqual(['src', 'package.json']);
    expect((a.children[0] as TreeFolder).children).toEqual([{ kind: 'file', name: 'main.ts', path: 'services/a-svc/src/main.ts', bytes: 2 }]);
  });

  it('gives an empty root for no files', () => {
    expect(buildFileTree([])).toEqual({ kind: 'folder', name: '', path: '', fileCount: 0, bytes: 0, children: [] });
  });

  it('formats sizes', () => {
    expect([formatBytes(10), formatBytes(2048), formatBytes(3 * 1024 * 1024)]).toEqual(['10 B', '2.0 KB', '3.0 MB']);
  });
});
