import { mkdtemp, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDesign, serializeDesign } from '../../shared/model/document';
import { design } from '../../shared/testing/builder';
import { RecoveryStore } from './recovery';

describe('RecoveryStore', () => {
  it('keeps drafts across a restart and restores the design', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-rec-'));
    const text = serializeDesign(design().node('a', 'client').node('b', 'microservice').edge('a', 'b').build());
    await new RecoveryStore(dir).save({ draftId: 'w1', name: 'ideas.archway.json', text }, 1000);
    await new RecoveryStore(dir).save({ draftId: 'w2', name: 'other', text }, 2000);
    // A new process (a restart after a crash) sees both, newest first.
    const drafts = await new RecoveryStore(dir).list();
    expect(drafts.map((d) => d.draftId)).toEqual(['w2', 'w1']);
    const restored = parseDesign(drafts[1]!.text);
    expect(restored.ok && restored.design.nodes.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('discards a draft and ignores junk in the folder', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-rec-'));
    const store = new RecoveryStore(dir);
    await store.save({ draftId: 'w1', name: 'x', text: serializeDesign(design().build()) });
    await writeFile(join(dir, 'junk.draft.json'), '{"draftId": 5');
    await writeFile(join(dir, 'other.txt'), 'x');
    expect((await store.list()).map((d) => d.draftId)).toEqual(['w1']);
    await store.discard('w1');
    expect((await store.list()).length).toBe(0);
    expect(await readdir(dir)).toEqual(['junk.draft.json', 'other.txt']);
  });

  it('refuses a draft that is not a design, keeping the one it has', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'aw-rec-'));
    const store = new RecoveryStore(dir);
    const text = serializeDesign(design().node('a', 'client').build());
    await store.save({ draftId: 'w1', name: 'x', text });
    for (const bad of ['', '{}', 'not json', '{"formatVersion":1,"metadata":{"title":"x"},"nodes":[{"id":"a"}],"edges":[]}']) {
      await expect(store.save({ draftId: 'w1', name: 'x', text: bad }), bad).rejects.toThrow(/The draft is not a design/);
    }
    expect((await store.list()).map((d) => d.text)).toEqual([text]);
  });

  it('never turns a draft id into a path outside the folder', async () => {
    const store = new RecoveryStore(await mkdtemp(join(tmpdir(), 'aw-rec-')));
    for (const id of ['../x', '/etc/passwd', 'a/b', '..', 'A']) {
      await expect(store.save({ draftId: id, name: 'x', text: '' })).rejects.toThrow();
      await expect(store.discard(id)).rejects.toThrow();
    }
  });

  it('lists nothing when the folder does not exist yet', async () => {
    expect(await new RecoveryStore(join(tmpdir(), 'aw-none-', String(Math.random()))).list()).toEqual([]);
  });
});
