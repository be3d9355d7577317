/**
 * Edge routing (issue 12): a full route of laid-out generated designs of 100, 500 and 1,000
 * components, and the incremental update while one busy component is dragged across the
 * design (one `move` per pointer step; target ≲ 8 ms p95 so a drag frame keeps its budget),
 * without and with move()'s time budget (edges beyond it get a provisional route and are
 * finished by the next frames or by flush()). Times are CPU times of this process (wall
 * times in brackets): with other work on the machine, wall time measures the machine.
 * Also counts routes through a foreign component (target 0) and crossings.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import type { BenchSection } from '../index';
import { ms, percentile, table } from '../util';
import { applyEdit } from '../../shared/model/edits';
import type { Design } from '../../shared/model/schema';
import { generateDesign } from '../../shared/layout/generate';
import { applyLayout, layoutDesign } from '../../shared/layout/layout';
import { loadAvoid } from '../../shared/node/routing';
import { boxesOverlap, EdgeRouter, routeEntersBox, routesCross, routingScene, type Box, type RoutingScene } from '../../shared/routing';

const elk = new ELK();

function timed(fn: () => void): { cpu: number; wall: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const c = process.cpuUsage(c0);
  return { cpu: (c.user + c.system) / 1000, wall: performance.now() - t0 };
}

/**
 * Routes through a foreign component. A component the drag dropped onto one of the edge's own
 * ends is left out: an edge that starts inside another component cannot avoid it.
 */
function passThroughs(boxes: ReadonlyMap<string, Box>, scene: RoutingScene, router: EdgeRouter): number {
  let n = 0;
  for (const e of scene.edges) {
    const r = router.all().get(e.id)!;
    const ends = [boxes.get(e.source)!, boxes.get(e.target)!];
    const foreign = (id: string, b: Box) => id !== e.source && id !== e.target && !ends.some((end) => boxesOverlap(end, b, 0));
    if ([...boxes].some(([id, b]) => foreign(id, b) && routeEntersBox(r, b))) n++;
  }
  return n;
}

function crossings(router: EdgeRouter): number {
  const routes = [...router.all().values()];
  let n = 0;
  for (let i = 0; i < routes.length; i++) for (let j = i + 1; j < routes.length; j++) n += routesCross(routes[i]!, routes[j]!);
  return n;
}

/** The component with the most edges: dragging it re-routes the most. */
function busiest(scene: RoutingScene): string {
  const degree = new Map<string, number>();
  for (const e of scene.edges) for (const end of [e.source, e.target]) degree.set(end, (degree.get(end) ?? 0) + 1);
  return [...degree].sort((a, b) => b[1] - a[1])[0]![0];
}

const p = (xs: number[], q: number): number => percentile([...xs].sort((a, b) => a - b), q);
const both = (cpu: number[], wall: number[], q: number): string => `${ms(p(cpu, q))} (${ms(p(wall, q))})`;

export default {
  name: 'routing',
  async run() {
    const avoid = await loadAvoid();
    const rows: Record<string, string | number>[] = [];
    for (const components of [100, 500, 1000]) {
      const raw = generateDesign({ components, seed: 1 });
      const d: Design = applyEdit(raw, applyLayout(raw, await layoutDesign(raw, elk)));
      const scene = routingScene(d);
      const full = timed(() => new EdgeRouter(avoid).update(scene));
      const id = busiest(scene);
      const start = scene.boxes.get(id)!;
      const degree = scene.edges.filter((e) => e.source === id || e.target === id).length;
      for (const budget of [undefined, 6]) {
        const router = new EdgeRouter(avoid, { clock: () => performance.now() });
        router.update(scene);
        const cross = crossings(router);
        // Drag it 400 px right and 200 px down in 40 pointer steps.
        const cpu: number[] = [];
        const wall: number[] = [];
        for (let i = 1; i <= 40; i++) {
          const t = timed(() => router.move(new Map([[id, { ...start, x: start.x + i * 10, y: start.y + i * 5 }]]), { budget }));
          cpu.push(t.cpu);
          wall.push(t.wall);
        }
        const pending = router.pending;
        const flush = timed(() => router.flush());
        const after = new Map(scene.boxes);
        after.set(id, { ...start, x: start.x + 400, y: start.y + 200 });
        rows.push({
          components,
          boxes: scene.boxes.size,
          edges: scene.edges.length,
          'full route': `${ms(full.cpu)} (${ms(full.wall)})`,
          'dragged edges': degree,
          budget: budget === undefined ? 'none' : `${budget} ms`,
          'step p50': both(cpu, wall, 50),
          'step p95': both(cpu, wall, 95),
          'pending, flush': `${pending}, ${ms(flush.cpu)}`,
          'through a component': passThroughs(after, scene, router),
          crossings: cross,
        });
        router.dispose();
      }
    }
    console.log('CPU time (wall time); drag-step target ≲ 8 ms p95');
    table(rows);
  },
} satisfies BenchSection;
