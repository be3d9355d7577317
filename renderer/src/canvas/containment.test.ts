import { describe, expect, it } from 'vitest';
import { DesignIndex } from '../../../shared/graph/index';
import { design } from '../../../shared/testing/builder';
import { findDropContainer, relativeTo } from './containment';

const d = design()
  .node('outer', 'cluster', { at: { x: 0, y: 0 } })
  .node('inner', 'group', { at: { x: 50, y: 50 }, parent: 'outer' })
  .node('a', 'microservice', { at: { x: 600, y: 600 } })
  .build();
d.nodes[0]!.size = { width: 400, height: 400 };
d.nodes[1]!.size = { width: 100, height: 100 };
const index = new DesignIndex(d);

describe('findDropContainer', () => {
  it('picks the innermost container under the point', () => {
    expect(findDropContainer(d, index, ['a'], { x: 75, y: 75 })).toBe('inner');
    expect(findDropContainer(d, index, ['a'], { x: 300, y: 300 })).toBe('outer');
    expect(findDropContainer(d, index, ['a'], { x: 900, y: 900 })).toBeUndefined();
  });

  it('never drops a container into itself or its descendants', () => {
    expect(findDropContainer(d, index, ['outer'], { x: 75, y: 75 })).toBeUndefined();
  });

  it('converts absolute points to container-relative positions', () => {
    expect(relativeTo(index, 'inner', { x: 75, y: 80 })).toEqual({ x: 25, y: 30 });
    expect(relativeTo(index, undefined, { x: 75.4, y: 80.6 })).toEqual({ x: 75, y: 81 });
  });
});
