/**
 * The edge router (DESIGN §5): orthogonal routes around every component that is not one of an
 * edge's two ends, and around container titles, from libavoid (Adaptagrams; the router behind
 * Inkscape's and Dunnart's connectors), with parallel segments nudged apart.
 *
 * One instance per drawing. `update(scene)` takes the whole scene and re-routes what changed;
 * `move(boxes)` takes only the boxes that moved (a drag frame) and costs what they touch.
 *
 * Two regimes, because libavoid's orthogonal visibility graph grows faster than linearly
 * (bench/sections/routing.ts): up to `globalLimit` components one router holds the whole
 * scene (shared paths nudged apart, crossings considered, libavoid's own transactions
 * re-route what a move affects); beyond it each edge is routed in a small router holding only
 * the obstacles near it, which stays fast on thousands of components.
 *
 * Either way every route is checked against the components near it; one that enters a
 * component that is not its end (libavoid gives up and goes straight when no path exists)
 * is routed again alone in a wider region. Only when the ends themselves overlap other
 * components can a route still touch one.
 */
import type { AvoidApi, AvoidConnRef, AvoidRouter, AvoidShapeRef } from './avoid-api';
import { BoxGrid } from './box-grid';
import { boxesOverlap, routeBounds, routeEntersBox, straightRoute, type Box, type Route } from './geometry';
import type { RoutedEdgeRef, RoutingScene } from './scene';
import { simpleCandidates, simpleRoute } from './simple';

export interface RouteUpdate {
  /** New or changed routes by edge id. */
  changed: Map<string, Route>;
  /** Edges that are no longer routed (deleted, or an end is gone). */
  removed: string[];
}

export interface EdgeRouterOptions {
  /** Most components routed by one whole-scene router (default 40: its cost grows fast, see bench/sections/routing.ts). */
  globalLimit?: number;
  /** Clearance kept between routes and components, in px (default 10). */
  buffer?: number;
  /** Distance between parallel segments, in px (default 10). */
  nudging?: number;
  /** Milliseconds, for move()'s budget (default Date.now; a host may pass performance.now). */
  clock?: () => number;
}

export interface MoveOptions {
  /** Container titles that moved with the boxes. */
  headers?: ReadonlyMap<string, Box>;
  /**
   * Milliseconds this call may spend re-routing (large scenes only). Edges beyond it get a
   * provisional route (the simplest orthogonal one, not yet checked against obstacles) and are
   * re-routed first by the next call; `pending` counts them and `flush()` finishes them.
   */
  budget?: number;
}

const PIN = 1;
/** Keys of obstacles in the grid and in libavoid: components and container titles. */
const nodeKey = (id: string): string => `n:${id}`;
const headerKey = (id: string): string => `h:${id}`;
const sameBox = (a: Box, b: Box): boolean => a.x === b.x && a.y === b.y && a.width === b.width && a.height === b.height;
const sameRoute = (a: Route, b: Route): boolean => a.length === b.length && a.every((p, i) => p.x === b[i]!.x && p.y === b[i]!.y);

interface Shape {
  ref: AvoidShapeRef;
  box: Box;
}

export class EdgeRouter {
  private readonly globalLimit: number;
  private readonly clock: () => number;
  /** Edges whose current route is provisional (a budgeted move ran out of time). */
  private readonly provisional = new Set<string>();
  private readonly buffer: number;
  private readonly nudging: number;
  private readonly routes = new Map<string, Route>();
  private readonly bounds = new Map<string, Box>();
  /** Components and container titles, keyed by nodeKey / headerKey. */
  private readonly grid = new BoxGrid();
  private readonly boxes = new Map<string, Box>();
  private readonly headers = new Map<string, Box>();
  private readonly edges = new Map<string, RoutedEdgeRef>();
  private readonly byNode = new Map<string, Set<string>>();
  // The whole-scene router, while the scene is small enough for it.
  private router: AvoidRouter | undefined;
  private readonly shapes = new Map<string, Shape>();
  private readonly conns = new Map<string, AvoidConnRef>();
  /** Where boxes moved from or were removed from since the last routing (per-edge regime). */
  private vacated: Box[] = [];

  constructor(
    private readonly avoid: AvoidApi,
    options: EdgeRouterOptions = {},
  ) {
    this.globalLimit = options.globalLimit ?? 40;
    this.clock = options.clock ?? Date.now;
    this.buffer = options.buffer ?? 10;
    this.nudging = options.nudging ?? 10;
  }

  /** The current route of every routed edge. */
  all(): ReadonlyMap<string, Route> {
    return this.routes;
  }

  /** Whether one libavoid router holds the whole scene (small scenes). */
  get whole(): boolean {
    return this.router !== undefined;
  }

  /** Brings the router to `scene`: boxes added, moved or removed, edges added or removed. */
  update(scene: RoutingScene): RouteUpdate {
    const before = [...this.routes.keys()];
    const moved = new Set<string>();
    const movedHeaders = new Set<string>();
    for (const [id, b] of scene.boxes) if (this.setBox(id, b)) moved.add(id);
    for (const id of [...this.boxes.keys()]) if (!scene.boxes.has(id)) (this.deleteBox(id), moved.add(id));
    const headers = scene.headers ?? new Map<string, Box>();
    for (const [id, b] of headers) if (this.setHeader(id, b)) movedHeaders.add(id);
    for (const id of [...this.headers.keys()]) if (!headers.has(id)) (this.deleteHeader(id), movedHeaders.add(id));

    const rewired = new Set<string>();
    const wanted = new Map<string, RoutedEdgeRef>();
    for (const e of scene.edges) if (e.source !== e.target && this.boxes.has(e.source) && this.boxes.has(e.target)) wanted.set(e.id, e);
    for (const [id, e] of this.edges) {
      const w = wanted.get(id);
      if (w && w.source === e.source && w.target === e.target) continue;
      this.deleteEdge(id);
    }
    for (const [id, e] of wanted) if (!this.edges.has(id)) (this.addEdge(e), rewired.add(id));
    return this.reroute(moved, movedHeaders, rewired, before.filter((id) => !this.edges.has(id)));
  }

  /**
   * A drag frame: only these components (and container titles) moved; nothing else changed.
   * Ids that the router does not hold are ignored.
   */
  move(boxes: ReadonlyMap<string, Box>, options: MoveOptions = {}): RouteUpdate {
    const moved = new Set<string>();
    const movedHeaders = new Set<string>();
    for (const [id, b] of boxes) if (this.boxes.has(id) && this.setBox(id, b)) moved.add(id);
    for (const [id, b] of options.headers ?? []) if (this.headers.has(id) && this.setHeader(id, b)) movedHeaders.add(id);
    return this.reroute(moved, movedHeaders, new Set(), [], options.budget);
  }

  /** How many edges have a provisional route (see MoveOptions.budget). */
  get pending(): number {
    return this.provisional.size;
  }

  /** Routes every provisionally routed edge properly (at the end of a drag). */
  flush(): RouteUpdate {
    return this.reroute(new Set(), new Set(), new Set(), []);
  }

  /** Frees libavoid's memory (the WebAssembly heap is not garbage-collected). */
  dispose(): void {
    this.dropGlobal();
    this.routes.clear();
    this.bounds.clear();
  }

  // -- the scene -------------------------------------------------------------------------------

  private setBox(id: string, b: Box): boolean {
    const prev = this.boxes.get(id);
    if (prev && sameBox(prev, b)) return false;
    if (prev) this.vacated.push(prev);
    this.boxes.set(id, b);
    this.grid.set(nodeKey(id), b);
    if (this.router) this.placeShape(nodeKey(id), b, true);
    return true;
  }

  private deleteBox(id: string): void {
    // Its edges first: libavoid would leave their connectors dangling on a deleted shape.
    for (const e of [...(this.byNode.get(id) ?? [])]) this.deleteEdge(e);
    this.byNode.delete(id);
    this.vacated.push(this.boxes.get(id)!);
    this.boxes.delete(id);
    this.grid.delete(nodeKey(id));
    this.removeShape(nodeKey(id));
  }

  private setHeader(id: string, b: Box): boolean {
    const prev = this.headers.get(id);
    if (prev && sameBox(prev, b)) return false;
    if (prev) this.vacated.push(prev);
    this.headers.set(id, b);
    this.grid.set(headerKey(id), b);
    if (this.router) this.placeShape(headerKey(id), b, false);
    return true;
  }

  private deleteHeader(id: string): void {
    this.vacated.push(this.headers.get(id)!);
    this.headers.delete(id);
    this.grid.delete(headerKey(id));
    this.removeShape(headerKey(id));
  }

  private addEdge(e: RoutedEdgeRef): void {
    this.edges.set(e.id, { id: e.id, source: e.source, target: e.target });
    for (const end of [e.source, e.target]) {
      let set = this.byNode.get(end);
      if (!set) this.byNode.set(end, (set = new Set()));
      set.add(e.id);
    }
  }

  private deleteEdge(id: string): void {
    const e = this.edges.get(id);
    if (!e) return;
    this.edges.delete(id);
    this.provisional.delete(id);
    this.byNode.get(e.source)?.delete(id);
    this.byNode.get(e.target)?.delete(id);
    const conn = this.conns.get(id);
    if (conn && this.router) this.router.deleteConnector(conn);
    this.conns.delete(id);
    this.routes.delete(id);
    this.bounds.delete(id);
  }

  // -- routing ---------------------------------------------------------------------------------

  private reroute(moved: Set<string>, movedHeaders: Set<string>, rewired: Set<string>, removed: string[], budget?: number): RouteUpdate {
    const deadline = budget === undefined ? Infinity : this.clock() + budget;
    const global = this.boxes.size <= this.globalLimit;
    if (global && !this.router) this.makeGlobal();
    else if (!global && this.router) this.dropGlobal();
    const changed = new Map<string, Route>();
    const set = (id: string, route: Route): void => {
      const prev = this.routes.get(id);
      if (prev && sameRoute(prev, route)) return;
      this.routes.set(id, route);
      this.bounds.set(id, routeBounds(route));
      changed.set(id, route);
    };

    if (this.router) {
      this.provisional.clear();
      for (const id of rewired) if (!this.conns.has(id)) this.conns.set(id, this.connect(this.router, this.edges.get(id)!, (key) => this.shapes.get(key)!.ref));
      if (moved.size || movedHeaders.size || rewired.size || removed.length) this.router.processTransaction();
      // libavoid re-routed what the changes touch; read back every route (small scenes only).
      for (const [id, conn] of this.conns) set(id, readRoute(conn));
    } else {
      // Edges of moved components, new edges, edges that a moved box now lies across, and
      // edges that went around a box that has moved away (they may now run straighter).
      // Edges left provisional by the last frame come first.
      const stale = new Set([...this.provisional].filter((id) => this.edges.has(id)));
      this.provisional.clear();
      for (const id of rewired) stale.add(id);
      for (const id of moved) for (const e of this.byNode.get(id) ?? []) stale.add(e);
      for (const e of this.edges.keys()) if (!this.routes.has(e)) stale.add(e);
      const arrived = [...[...moved].map((id) => this.boxes.get(id)), ...[...movedHeaders].map((id) => this.headers.get(id))].filter((b): b is Box => b !== undefined);
      const left = this.vacated.map((b) => grow(b, this.buffer + this.nudging));
      if (arrived.length || left.length) {
        for (const [id, route] of this.routes) {
          if (stale.has(id)) continue;
          const rb = this.bounds.get(id)!;
          if (arrived.some((b) => boxesOverlap(rb, b, -1) && routeEntersBox(route, b)) || left.some((b) => boxesOverlap(rb, b, -1) && routeEntersBox(route, b))) stale.add(id);
        }
      }
      for (const id of stale) {
        if (this.clock() < deadline) set(id, this.routeAlone(this.edges.get(id)!, 160, this.buffer));
        else {
          const e = this.edges.get(id)!;
          const s = this.boxes.get(e.source)!;
          const t = this.boxes.get(e.target)!;
          set(id, simpleCandidates(s, t)[0] ?? straightRoute(s, t));
          this.provisional.add(id);
        }
      }
    }
    this.vacated = [];

    // The guarantee: no route enters a component that is not one of its ends.
    for (const [id, route] of changed) {
      if (this.provisional.has(id) || !this.entersForeign(this.edges.get(id)!, route)) continue;
      // Usually a gap narrower than the clearance: route it alone, hugging the borders if need be.
      const again = this.routeAlone(this.edges.get(id)!, 480, 0);
      this.routes.set(id, again);
      this.bounds.set(id, routeBounds(again));
      changed.set(id, again);
    }
    return { changed, removed };
  }

  private entersForeign(e: RoutedEdgeRef, route: Route): boolean {
    for (const key of this.grid.query(routeBounds(route))) {
      if (!key.startsWith('n:')) continue;
      const id = key.slice(2);
      if (id !== e.source && id !== e.target && routeEntersBox(route, this.boxes.get(id)!)) return true;
    }
    return false;
  }

  /**
   * One edge in a router holding only the obstacles near it; the region grows until the route
   * is clear, and the last tries keep no clearance (a gap narrower than it is still a way).
   */
  private routeAlone(e: RoutedEdgeRef, margin: number, buffer: number): Route {
    const s = this.boxes.get(e.source)!;
    const t = this.boxes.get(e.target)!;
    if (buffer > 0) {
      const quick = simpleRoute(s, t, (region) => this.grid.query(region).map((key) => this.grid.get(key)!), buffer);
      if (quick) return quick;
    }
    let route: Route = straightRoute(s, t);
    for (let attempt = 0; attempt < 4; attempt++, margin *= 3, buffer = attempt >= 2 ? 0 : buffer) {
      const x0 = Math.min(s.x, t.x) - margin;
      const y0 = Math.min(s.y, t.y) - margin;
      const region = { x: x0, y: y0, width: Math.max(s.x + s.width, t.x + t.width) + margin - x0, height: Math.max(s.y + s.height, t.y + t.height) + margin - y0 };
      const router = this.newRouter(buffer);
      const refs = new Map<string, AvoidShapeRef>();
      const near = new Set(this.grid.query(region));
      near.add(nodeKey(e.source));
      near.add(nodeKey(e.target));
      // Pins only on the two ends: every pin adds vertices to libavoid's visibility graph.
      const ends = new Set([nodeKey(e.source), nodeKey(e.target)]);
      for (const key of near) refs.set(key, this.addShape(router, this.grid.get(key)!, ends.has(key)));
      const conn = this.connect(router, e, (key) => refs.get(key)!);
      router.processTransaction();
      route = readRoute(conn);
      this.avoid.destroy(router);
      // The route may leave the region it was planned in: check it against every component.
      if (!this.entersForeign(e, route)) return route;
    }
    return route;
  }

  // -- libavoid --------------------------------------------------------------------------------

  private newRouter(buffer = this.buffer): AvoidRouter {
    const A = this.avoid;
    const r = new A.Router(A.OrthogonalRouting);
    r.setRoutingParameter(A.shapeBufferDistance, buffer);
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

  /** An obstacle; components get a connection pin in the middle of each side, shared by edges. */
  private addShape(router: AvoidRouter, b: Box, pins: boolean): AvoidShapeRef {
    const A = this.avoid;
    const rect = this.rect(b);
    const ref = new A.ShapeRef(router, rect);
    A.destroy(rect);
    if (!pins) return ref;
    const sides: [number, number, number][] = [
      [0.5, 0, A.ConnDirUp],
      [0.5, 1, A.ConnDirDown],
      [0, 0.5, A.ConnDirLeft],
      [1, 0.5, A.ConnDirRight],
    ];
    for (const [x, y, dir] of sides) new A.ShapeConnectionPin(ref, PIN, x, y, true, 0, dir).setExclusive(false);
    return ref;
  }

  private connect(router: AvoidRouter, e: RoutedEdgeRef, shape: (key: string) => AvoidShapeRef): AvoidConnRef {
    const A = this.avoid;
    const s = new A.ConnEnd(shape(nodeKey(e.source)), PIN);
    const t = new A.ConnEnd(shape(nodeKey(e.target)), PIN);
    const ref = new A.ConnRef(router, s, t);
    A.destroy(s);
    A.destroy(t);
    return ref;
  }

  private placeShape(key: string, b: Box, pins: boolean): void {
    const shape = this.shapes.get(key);
    if (!shape) {
      this.shapes.set(key, { ref: this.addShape(this.router!, b, pins), box: b });
      return;
    }
    const rect = this.rect(b);
    this.router!.moveShape(shape.ref, rect);
    this.avoid.destroy(rect);
    shape.box = b;
  }

  private removeShape(key: string): void {
    const shape = this.shapes.get(key);
    if (!shape) return;
    this.router!.deleteShape(shape.ref);
    this.shapes.delete(key);
  }

  private makeGlobal(): void {
    this.router = this.newRouter();
    for (const [id, b] of this.boxes) this.shapes.set(nodeKey(id), { ref: this.addShape(this.router, b, true), box: b });
    for (const [id, b] of this.headers) this.shapes.set(headerKey(id), { ref: this.addShape(this.router, b, false), box: b });
    for (const [id, e] of this.edges) this.conns.set(id, this.connect(this.router, e, (key) => this.shapes.get(key)!.ref));
  }

  private dropGlobal(): void {
    if (!this.router) return;
    // Deleting the router deletes the shapes and connectors it owns.
    this.avoid.destroy(this.router);
    this.router = undefined;
    this.shapes.clear();
    this.conns.clear();
  }
}

const grow = (b: Box, d: number): Box => ({ x: b.x - d, y: b.y - d, width: b.width + 2 * d, height: b.height + 2 * d });

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
