import { describe, expect, it } from 'vitest';
import type { LayoutResult } from '../../../shared/layout/layout';
import { design } from '../../../shared/testing/builder';
import { tidyEdit } from '../io/tidyEdit';
import { createDesignStore, isDirty } from './designStore';

const base = () => design().node('a', 'client', { at: { x: 0, y: 0 } }).node('b', 'microservice', { at: { x: 0, y: 300 } }).edge('a', 'b').build();
const steps = (store: ReturnType<typeof createDesignStore>) => store.temporal.getState().pastStates.length;
const layout = (moves: LayoutResult['moves']): LayoutResult => ({ moves }) as LayoutResult;

describe('design store: edit origins', () => {
  it('a load resets history and is not unsaved; a local edit is one undo step and unsaved', () => {
    const store = createDesignStore();
    store.getState().apply({ type: 'updateNode', id: 'x', patch: {} }); // unknown id: still a new design object
    store.getState().load(base(), null);
    expect(steps(store)).toBe(0);
    expect(isDirty(store.getState())).toBe(false);
    store.getState().apply({ type: 'moveNodes', moves: [{ id: 'a', position: { x: 10, y: 0 } }] });
    expect(steps(store)).toBe(1);
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().lastOrigin).toBe('local');
  });

  it('a tidy that moves things is one undo step, keeps the selection, and one undo restores the design', () => {
    const store = createDesignStore();
    store.getState().load(base(), null);
    store.getState().select(['b'], []);
    const before = store.getState().design;
    const edit = tidyEdit(before, layout([{ id: 'a', position: { x: 200, y: 40 } }, { id: 'b', position: { x: 200, y: 240 } }]));
    expect(edit).not.toBeNull();
    expect(store.getState().apply(edit!, 'layout')).toBe(true);
    expect(store.getState().lastOrigin).toBe('layout');
    expect(steps(store)).toBe(1);
    expect(isDirty(store.getState())).toBe(true);
    expect(store.getState().nodes.find((n) => n.id === 'b')?.selected).toBe(true);
    expect(store.getState().nodes.find((n) => n.id === 'a')?.position).toEqual({ x: 200, y: 40 });
    store.getState().undo();
    expect(store.getState().design).toBe(before);
    expect(isDirty(store.getState())).toBe(false);
    expect(steps(store)).toBe(0);
    store.getState().redo();
    expect(store.getState().nodes.find((n) => n.id === 'a')?.position).toEqual({ x: 200, y: 40 });
  });

  it('a tidy that moves nothing gives no edit: no undo step, not unsaved', () => {
    const d = base();
    expect(tidyEdit(d, layout([{ id: 'a', position: { x: 0, y: 0 } }, { id: 'b', position: { x: 0, y: 300 } }]))).toBeNull();
    expect(tidyEdit(d, layout([{ id: 'a', position: { x: 0, y: 1 } }]))).not.toBeNull();
  });

  it('a load-origin edit (part of opening) keeps a clean design clean and resets history', () => {
    const store = createDesignStore();
    store.getState().load(base(), null);
    store.getState().apply({ type: 'moveNodes', moves: [{ id: 'a', position: { x: 5, y: 5 } }] }, 'load');
    expect(isDirty(store.getState())).toBe(false);
    expect(steps(store)).toBe(0);
  });

  it('a remote edit changes the design without an undo step of its own', () => {
    const store = createDesignStore();
    store.getState().load(base(), null);
    store.getState().apply({ type: 'updateNode', id: 'a', patch: { label: 'Theirs' } }, 'remote');
    expect(steps(store)).toBe(0);
    expect(store.getState().design.nodes[0]!.label).toBe('Theirs');
  });

  it('an edit that changes nothing reports false and adds no step', () => {
    const store = createDesignStore();
    store.getState().load(base(), null);
    expect(store.getState().apply({ type: 'moveNodes', moves: [] })).toBe(false);
    expect(steps(store)).toBe(0);
  });
});
