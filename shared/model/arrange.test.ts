import { describe, expect, it } from 'vitest';
import { design } from '../testing/builder';
import { alignEdit, distributeEdit, type Frame } from './arrange';
import { applyEdit } from './edits';

const d = design()
  .node('g', 'group', { at: { x: 1000, y: 1000 } })
  .node('a', 'microservice', { at: { x: 0, y: 0 } })
  .node('b', 'microservice', { at: { x: 300, y: 50 } })
  .node('c', 'microservice', { parent: 'g', at: { x: 10, y: 10 } })
  .build();
const frames: Frame[] = [
  { id: 'a', x: 0, y: 0, width: 180, height: 56 },
  { id: 'b', x: 300, y: 50, width: 180, height: 56 },
  { id: 'c', x: 1010, y: 1010, width: 100, height: 40 },
];

describe('align and distribute', () => {
  it('aligns on absolute frames and stores positions relative to each parent', () => {
    const out = applyEdit(d, alignEdit(d, frames, 'left'));
    expect(out.nodes.find((n) => n.id === 'b')!.position).toEqual({ x: 0, y: 50 });
    expect(out.nodes.find((n) => n.id === 'c')!.position).toEqual({ x: -1000, y: 10 });
    const bottom = applyEdit(d, alignEdit(d, frames, 'bottom'));
    expect(bottom.nodes.find((n) => n.id === 'a')!.position.y).toBe(1050 - 56);
  });

  it('distributes with equal gaps, ends fixed', () => {
    const three: Frame[] = [
      { id: 'a', x: 0, y: 0, width: 100, height: 10 },
      { id: 'b', x: 120, y: 0, width: 100, height: 10 },
      { id: 'x', x: 600, y: 0, width: 100, height: 10 },
    ];
    const edit = distributeEdit(d, three, 'horizontal');
    expect(edit).toEqual({ type: 'moveNodes', moves: [{ id: 'a', position: { x: 0, y: 0 } }, { id: 'b', position: { x: 300, y: 0 } }, { id: 'x', position: { x: 600, y: 0 } }] });
  });
});
