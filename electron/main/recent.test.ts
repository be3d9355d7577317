import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_RECENT, RecentFiles } from './recent';

describe('RecentFiles', () => {
  it('keeps the most recent first, without duplicates, capped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-recent-'));
    const recent = new RecentFiles(join(dir, 'recent.json'));
    for (let i = 0; i < MAX_RECENT + 3; i++) await recent.add(`/d/${i}.archway.json`, i);
    await recent.add('/d/5.archway.json', 100);
    const list = await new RecentFiles(join(dir, 'recent.json')).list();
    expect(list).toHaveLength(MAX_RECENT);
    expect(list[0]).toEqual({ path: '/d/5.archway.json', openedAt: 100 });
    expect(list.filter((e) => e.path === '/d/5.archway.json')).toHaveLength(1);
    await recent.remove('/d/5.archway.json');
    expect((await recent.list()).some((e) => e.path === '/d/5.archway.json')).toBe(false);
  });

  it('treats a missing or broken list as empty', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-recent-'));
    expect(await new RecentFiles(join(dir, 'none.json')).list()).toEqual([]);
    await writeFile(join(dir, 'bad.json'), '{"__proto__": 1, "x": ');
    expect(await new RecentFiles(join(dir, 'bad.json')).list()).toEqual([]);
  });
});
