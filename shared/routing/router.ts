/**
 * The edge router (DESIGN §5): orthogonal routes around every component that is not one of an
 * edge's two ends, from libavoid (Adaptagrams; the router behind Inkscape's and Dunnart's
 * connectors), with parallel segments nudged apart. One instance per drawing; `update` takes
 * the whole scene each time and re-routes only what changed (libavoid's transactions), so a
 * drag re-routes the edges the moved component touches or now blocks.
 *
 * Two regimes, because libavoid's orthogonal visibility graph grows faster than linearly
 * (bench/sections/routing.ts): up to `globalLimit` components one router holds the whole
 * scene (shared paths nudged apart, crossings considered); beyond it each edge is routed in a
 * small router holding only the obstacles near it, which stays fast on thousands of
 * components and keeps the guarantee that no route enters a foreign component.
 */
import type { AvoidApi, AvoidConnRef, AvoidRouter, AvoidShapeRef } from './avoid-api';
import { boxesOverlap, routeBounds, routeEntersBox, straightRoute, type Box, type Route } from './geometry';
import type { RoutedEdgeRef, RoutingScene } from './scene';
import { BoxGrid } from './box-grid';

export interface RouteUpdate {
  /** New or changed routes by edge id. */
  changed: Map<string, Route>;
  /** Edges that are no longer routed (deleted, or an end is gone). */
  removed: string[];
}

export interface EdgeRouterOptions {
  /** Most components routed by one whole-scene router (default 150). */
  globalLimit?: number;
  /** Clearance kept between routes and components, in px (default 12). */
  buffer?: number;
  /** Distance between parallel segments, in px (default 10). */
  nudging?: number;
}

const PIN = 1;
const sameBox = (a: Box, b: Box): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameRoute = (a: Route, b: Route): boolean => a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);

interface Shape {
  ref: AvoidShapeRef;
  box: Box;
}
interface Conn {
  ref: AvoidConnRef;
  source: string;
  target: string;
}

export class EdgeRouter {
  private readonly globalLimit: number;
  private readonly buffer: number;
  private readonly nudging: number;
  private readonly routes = new Map<string, Route>();
  private boxes = new Map<string, Box>();
  private edges = new Map<string, RoutedEdgeRef>();
  // The whole-scene router, while the scene is small enough for it.
  private router: AvoidRouter | undefined;
  private readonly shapes = new Map<string, Shape>();
  private readonly conns = new Map<string, Conn>();

  constructor(
    private readonly avoid: AvoidApi,
    options: EdgeRouterOptions = {},
  ) {
    this.globalLimit = options.globalLimit ?? 150;
    this.buffer = options.buffer ?? 12;
    this.nudging = options.nudging ?? 10;
  }

  /** The current route of every routed edge. */
  all(): ReadonlyMap<string, Route> {
    return this.routes;
  }

  update(scene: RoutingScene): RouteUpdate {
    const global = scene.boxes.size <= this.globalLimit;
    if (!global && this.router) this.dropGlobal();
    const out = global ? this.updateGlobal(scene) : this.updateLocal(scene);
    this.boxes = scene.boxes;
    this.edges = new Map(scene.edges.map((e) => [e.id, e]));
    return out;
  }

  /** Frees libavoid's memory (the WebAssembly heap is not garbage-collected). */
  dispose(): void {
    this.dropGlobal();
    this.routes.clear();
  }

  // -- whole-scene routing ------------------------------------------------------------------

  private newRouter(): AvoidRouter {
    const A = this.avoid;
    const r = new A.Router(A.OrthogonalRouting);
    r.setRoutingParameter(A.shapeBufferDistance, this.buffer);
    r.setRoutingParameter(A.idealNudgingDistance, this.nudging);
    // A bend costs as much as 50 px of length: few bends, but not long detours.
    r.setRoutingParameter(A.segmentPenalty, 50);
    r.setRoutingOption(A.nudgeOrthogonalSegmentsConnectedToShapes, true);
    r.setRoutingOption(A.nudgeSharedPathsWithCommonEndPoint, true);
    return r;
  }

  private rect(b: Box) {
    const A = this.avoid;
    const tl = new A.Point(b.x, b.y);
    const br = new A.Point(b.x + b.width, b.y + b.height);
    const rect = new A.Rectangle(tl, br);
    A.destroy(tl);
    A.destroy(br);
    return rect;
  }

  /** A shape with a connection pin in the middle of each side; pins are shared by edges. */
  private addShape(router: AvoidRouter, b: Box): AvoidShapeRef {
    const A = this.avoid;
    const rect = this.rect(b);
    const ref = new A.ShapeRef(router, rect);
    A.destroy(rect);
    const sides: [number, number, number][] = [
      [0.5, 0, A.ConnDirUp],
      [0.5, 1, A.ConnDirDown],
      [0, 0.5, A.ConnDirLeft],
      [1, 0.5, A.ConnDirRight],
    ];
    for (const [x, y, dir] of sides) new A.ShapeConnectionPin(ref, PIN, x, y, true, 0, dir).setExclusive(false);
    return ref;
  }

  private addConn(router: AvoidRouter, source: AvoidShapeRef, target: AvoidShapeRef): AvoidConnRef {
    const A = this.avoid;
    const s = new A.ConnEnd(source, PIN);
    const t = new A.ConnEnd(target, PIN);
    const ref = new A.ConnRef(router, s, t);
    A.destroy(s);
    A.destroy(t);
    return ref;
  }

  private dropGlobal(): void {
    if (!this.router) return;
    // Deleting the router deletes the shapes and connectors it owns.
    this.avoid.destroy(this.router);
    this.router = undefined;
    this.shapes.clear();
    this.conns.clear();
  }

  private updateGlobal(scene: RoutingScene): RouteUpdate {
    const router = (this.router ??= this.newRouter());
    const removed: string[] = [];
    const wanted = new Map(scene.edges.map((e) => [e.id, e]));
    // Connectors first: one whose ends changed is made again.
    for (const [id, c] of this.conns) {
      const e = wanted.get(id);
      if (e && e.source === c.source && e.target === c.target && scene.boxes.has(e.source) && scene.boxes.has(e.target)) continue;
      router.deleteConnector(c.ref);
      this.conns.delete(id);
      if (!e) removed.push(id);
    }
    for (const [id, s] of this.shapes) {
      const b = scene.boxes.get(id);
      if (!b) {
        router.deleteShape(s.ref);
        this.shapes.delete(id);
      } else if (!sameBox(b, s.box)) {
        const rect = this.rect(b);
        router.moveShape(s.ref, rect);
        this.avoid.destroy(rect);
        s.box = b;
      }
    }
    for (const [id, b] of scene.boxes) if (!this.shapes.has(id)) this.shapes.set(id, { ref: this.addShape(router, b), box: b });
    for (const e of scene.edges) {
      if (this.conns.has(e.id)) continue;
      this.conns.set(e.id, { ref: this.addConn(router, this.shapes.get(e.source)!.ref, this.shapes.get(e.target)!.ref), source: e.source, target: e.target });
    }
    router.processTransaction();

    const changed = new Map<string, Route>();
    for (const [id, c] of this.conns) {
      const route = readRoute(c.ref);
      const prev = this.routes.get(id);
      if (prev && sameRoute(prev, route)) continue;
      this.routes.set(id, route);
      changed.set(id, route);
    }
    for (const id of [...this.routes.keys()]) {
      if (this.conns.has(id)) continue;
      this.routes.delete(id);
      if (!removed.includes(id)) removed.push(id);
    }
    return { changed, removed };
  }

  // -- per-edge routing for large scenes ------------------------------------------------------

  private updateLocal(scene: RoutingScene): RouteUpdate {
    const grid = new BoxGrid(scene.boxes);
    const moved = new Set<string>();
    for (const [id, b] of scene.boxes) {
      const prev = this.boxes.get(id);
      if (!prev || !sameBox(prev, b)) moved.add(id);
    }
    for (const id of this.boxes.keys()) if (!scene.boxes.has(id)) moved.add(id);
    const movedBoxes = [...moved].flatMap((id) => (scene.boxes.has(id) ? [scene.boxes.get(id)!] : []));
    const changed = new Map<string, Route>();
    const removed: string[] = [];
    const wanted = new Set<string>();
    for (const e of scene.edges) {
      wanted.add(e.id);
      const prev = this.routes.get(e.id);
      const was = this.edges.get(e.id);
      const stale =
        !prev ||
        !was ||
        was.source !== e.source ||
        was.target !== e.target ||
        moved.has(e.source) ||
        moved.has(e.target) ||
        // A component moved onto this route.
        movedBoxes.some((b) => boxesOverlap(routeBounds(prev), b, -1) && routeEntersBox(prev, b));
      if (!stale) continue;
      const route = this.routeOne(e, scene.boxes, grid);
      this.routes.set(e.id, route);
      changed.set(e.id, route);
    }
    for (const id of [...this.routes.keys()]) {
      if (wanted.has(id)) continue;
      this.routes.delete(id);
      removed.push(id);
    }
    return { changed, removed };
  }

  /** One edge in a router holding only the components near it; the region grows if needed. */
  private routeOne(e: RoutedEdgeRef, boxes: Map<string, Box>, grid: BoxGrid): Route {
    const s = boxes.get(e.source)!;
    const t = boxes.get(e.target)!;
    let margin = 160;
    let route: Route = straightRoute(s, t);
    for (let attempt = 0; attempt < 4; attempt++, margin *= 3) {
      const x0 = Math.min(s.x, t.x) - margin;
      const y0 = Math.min(s.y, t.y) - margin;
      const region = { x: x0, y: y0, width: Math.max(s.x + s.width, t.x + t.width) + margin - x0, height: Math.max(s.y + s.height, t.y + t.height) + margin - y0 };
      const near = grid.query(region);
      const router = this.newRouter();
      const refs = new Map<string, AvoidShapeRef>();
      for (const id of near) refs.set(id, this.addShape(router, boxes.get(id)!));
      if (!refs.has(e.source)) refs.set(e.source, this.addShape(router, s));
      if (!refs.has(e.target)) refs.set(e.target, this.addShape(router, t));
      const conn = this.addConn(router, refs.get(e.source)!, refs.get(e.target)!);
      router.processTransaction();
      route = readRoute(conn);
      this.avoid.destroy(router);
      // The route may leave the region it was planned in: check it against every component.
      const hit = grid.query(routeBounds(route)).some((id) => id !== e.source && id !== e.target && routeEntersBox(route, boxes.get(id)!));
      if (!hit) return route;
    }
    return route;
  }
}

function readRoute(conn: AvoidConnRef): Route {
  const line = conn.displayRoute();
  const n = line.size();
  const out: { x: number; y: number }[] = [];
  for (let i = 0; i < n; i++) {
    const p = line.get_ps(i);
    const q = { x: p.x, y: p.y };
    const last = out[out.length - 1];
    if (!last || last.x !== q.x || last.y !== q.y) out.push(q);
  }
  return out.length >= 2 ? out : [out[0] ?? { x: 0, y: 0 }, out[0] ?? { x: 0, y: 0 }];
}
