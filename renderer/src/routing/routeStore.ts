/**
 * The routes the canvas draws, by edge id, and where each edge's caption goes. Replies from
 * the worker replace only the entries that changed, so an edge view that selects its own
 * entry re-renders only when its route or caption moved.
 */
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { LabelBox, Route } from '../../../shared/routing';
import type { RoutingReply } from './protocol';

export interface RouteState {
  routes: ReadonlyMap<string, Route>;
  labels: ReadonlyMap<string, LabelBox>;
  /** Worker time of the last reply, ms (the bench reads it). */
  lastMs: number;
  /** Replies applied so far (e2e and the bench wait on it). */
  replies: number;
}

export const routeStore = createStore<RouteState>()(() => ({ routes: new Map(), labels: new Map(), lastMs: 0, replies: 0 }));

export function applyReply(reply: Extract<RoutingReply, { type: 'routes' }>): void {
  const s = routeStore.getState();
  let routes = s.routes;
  if (reply.changed.length || reply.removed.length) {
    const next = new Map(routes);
    for (const id of reply.removed) next.delete(id);
    for (const [id, ...xy] of reply.changed) {
      const r: { x: number; y: number }[] = [];
      for (let i = 0; i + 1 < xy.length; i += 2) r.push({ x: xy[i]!, y: xy[i + 1]! });
      next.set(id, r);
    }
    routes = next;
  }
  let labels = s.labels;
  if (reply.labels.length || reply.removed.length) {
    const next = new Map(labels);
    for (const id of reply.removed) next.delete(id);
    for (const [id, cx, cy, width, height] of reply.labels) next.set(id, { cx, cy, width, height, x: cx - width / 2, y: cy - height / 2 });
    labels = next;
  }
  routeStore.setState({ routes, labels, lastMs: reply.ms, replies: s.replies + 1 });
}

export function clearRoutes(): void {
  routeStore.setState({ routes: new Map(), labels: new Map() });
}

export const useRoute = (id: string): Route | undefined => useStore(routeStore, (s) => s.routes.get(id));
export const useLabelBox = (id: string): LabelBox | undefined => useStore(routeStore, (s) => s.labels.get(id));
