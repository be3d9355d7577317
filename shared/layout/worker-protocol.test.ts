import ELK from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { handleLayoutRequest, type LayoutMessage } from './worker-protocol';

describe('handleLayoutRequest', () => {
  const d = design().node('a', 'client').node('b', 'microservice').edge('a', 'b').build();

  it('posts progress, then the result, tagged with the request id', async () => {
    const sent: LayoutMessage[] = [];
    await handleLayoutRequest({ type: 'layout', id: 7, design: d }, new ELK(), (m) => sent.push(m));
    expect(sent.every((m) => m.id === 7)).toBe(true);
    expect(sent.at(-1)!.type).toBe('done');
    expect(sent.some((m) => m.type === 'progress')).toBe(true);
    const done = sent.at(-1)!;
    if (done.type === 'done') expect(done.result.moves.map((m) => m.id).sort()).toEqual(['a', 'b']);
  });

  it('turns an ELK failure into an error message', async () => {
    const sent: LayoutMessage[] = [];
    const broken = { layout: () => Promise.reject(new Error('worker died')) };
    await handleLayoutRequest({ type: 'layout', id: 1, design: d }, broken, (m) => sent.push(m));
    expect(sent.at(-1)).toEqual({ type: 'error', id: 1, message: 'worker died' });
  });
});
