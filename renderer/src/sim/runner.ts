/**
 * The worker side of a live run: owns one `createSimulation` over the design it was given,
 * advances it in slices of simulated time (wall time × speed, bounded so a slice never holds
 * the worker for long), and posts a snapshot about 20 times a second and the result (series,
 * tables) a few times a second. Faults during a run are exact: the simulation is rebuilt with
 * the fault and replayed to the present (same seed, same events), since the engine takes its
 * faults up front.
 */
import { traceToSequence } from '../../../shared/io/sequence/render';
import { pickTrace, sequenceOf } from '../../../shared/io/sequence/exporter';
import type { Design } from '../../../shared/model/schema';
import { createSimulation, loadSweep, type Fault, type Simulation } from '../../../shared/sim/index';
import type { FromWorker, RunSettings, RunStatus, ToWorker } from './protocol';

export interface RunnerHost {
  post(msg: FromWorker): void;
  now(): number;
  schedule(fn: () => void, ms: number): void;
}

/** Wall ms between snapshots (~20 per second). */
export const FRAME_MS = 50;
/** Wall ms between results (charts and tables). */
const RESULT_MS = 400;
/** Most wall ms one slice may compute before the worker answers messages again. */
const SLICE_BUDGET_MS = 30;
/** Traced messages per run, for the sequence diagram. */
const TRACES = 20;

export class SimRunner {
  private sim: Simulation | null = null;
  private design: Design | null = null;
  private settings: RunSettings = { seconds: 60, seed: 1, speed: 1 };
  private faults: Fault[] = [];
  private playing = false;
  private ticking = false;
  private lastWall = 0;
  private lastResultWall = -Infinity;
  /** Simulated ms the engine does per wall ms, measured; sizes slices. */
  private throughput = 50;
  private achieved = 0;

  constructor(private readonly host: RunnerHost) {}

  handle(msg: ToWorker): void {
    switch (msg.type) {
      case 'start':
        this.design = msg.design;
        this.settings = msg.settings;
        this.faults = msg.faults.slice();
        this.build(0);
        this.host.post({ type: 'started', endMs: this.sim!.endMs });
        this.publish(true);
        if (msg.play) this.play();
        return;
      case 'play':
        this.play();
        return;
      case 'pause':
        this.playing = false;
        this.publish(true);
        return;
      case 'step':
        if (!this.sim) return;
        this.playing = false;
        this.advance(this.sim.now + msg.ms, Infinity);
        this.publish(true);
        return;
      case 'speed':
        this.settings = { ...this.settings, speed: msg.speed };
        return;
      case 'fault':
        this.inject(msg.fault);
        return;
      case 'reset':
        this.sim = null;
        this.playing = false;
        return;
      case 'sequence':
        this.sequence(msg.design, msg.seed);
        return;
      case 'sweep':
        this.sweep(msg.design, msg.seconds, msg.seed, msg.scales);
        return;
    }
  }

  private build(replayTo: number): void {
    this.sim = createSimulation(this.design!, { seconds: this.settings.seconds, seed: this.settings.seed, faults: this.faults, traceSamples: TRACES });
    if (replayTo > 0) {
      this.sim.runUntil(replayTo);
      this.sim.snapshot(0); // restart the per-snapshot rates at the present
    }
  }

  private inject(fault: Fault): void {
    const at = this.sim ? Math.max(fault.atMs, this.sim.now) : Math.max(0, fault.atMs);
    const f = { ...fault, atMs: at };
    this.faults.push(f);
    this.host.post({ type: 'fault', fault: f });
    if (!this.sim || !this.design) return;
    this.build(this.sim.now);
    this.publish(true);
  }

  private play(): void {
    if (!this.sim || this.sim.now >= this.sim.endMs) return;
    this.playing = true;
    this.lastWall = this.host.now();
    if (!this.ticking) {
      this.ticking = true;
      this.host.schedule(() => this.tick(), 0);
    }
  }

  private tick(): void {
    this.ticking = false;
    const sim = this.sim;
    if (!this.playing || !sim) return;
    const wall = this.host.now();
    const dt = Math.min(wall - this.lastWall, 250); // a stalled tab does not jump ahead
    this.lastWall = wall;
    const target = this.settings.speed > 0 ? sim.now + dt * this.settings.speed : sim.endMs;
    const before = sim.now;
    this.advance(target, SLICE_BUDGET_MS);
    this.achieved = dt > 0 ? (sim.now - before) / dt : 0;
    if (sim.now >= sim.endMs) this.playing = false;
    this.publish(false);
    if (this.playing) {
      this.ticking = true;
      this.host.schedule(() => this.tick(), Math.max(0, FRAME_MS - (this.host.now() - wall)));
    }
  }

  /** Runs toward `target` in sub-slices until it is reached or `budgetMs` of wall time is spent. */
  private advance(target: number, budgetMs: number): void {
    const sim = this.sim!;
    const goal = Math.min(target, sim.endMs);
    const start = this.host.now();
    while (sim.now < goal) {
      const t0 = this.host.now();
      const chunk = Math.max(1, this.throughput * 5); // about 5 ms of work
      const from = sim.now;
      sim.runUntil(Math.min(goal, from + chunk));
      const spent = this.host.now() - t0;
      if (spent > 0.5) this.throughput = 0.7 * this.throughput + (0.3 * (sim.now - from)) / spent;
      else this.throughput *= 2;
      if (this.host.now() - start >= budgetMs) break;
    }
  }

  private status(): RunStatus {
    const sim = this.sim!;
    return sim.now >= sim.endMs ? 'done' : this.playing ? 'running' : 'paused';
  }

  private publish(force: boolean): void {
    const sim = this.sim;
    if (!sim) return;
    const status = this.status();
    this.host.post({ type: 'snapshot', snapshot: sim.snapshot(200), status, endMs: sim.endMs, speed: this.playing ? this.achieved : 0 });
    const wall = this.host.now();
    // Results carry every node's series: big designs send them less often.
    if (force || status === 'done' || wall - this.lastResultWall >= Math.max(RESULT_MS, this.design!.nodes.length)) {
      this.lastResultWall = wall;
      this.host.post({ type: 'result', result: sim.result(), final: status === 'done' });
    }
  }

  private sequence(design: Design, seed: number): void {
    const run = this.sim && this.design ? this.sim.result() : null;
    const trace = run ? pickTrace(run.traces) : undefined;
    if (trace && this.design) {
      const nodes = new Map(this.design.nodes.map((n) => [n.id, n]));
      const edges = new Map(this.design.edges.map((e) => [e.id, e]));
      const text = traceToSequence(trace, { node: (id) => nodes.get(id), edge: (id) => edges.get(id) });
      this.host.post({ type: 'sequence', text, source: 'run' });
      return;
    }
    this.host.post({ type: 'sequence', text: sequenceOf(design, { seed }).text, source: 'short-run' });
  }

  private sweep(design: Design, seconds: number, seed: number, scales: readonly number[]): void {
    // One scale per task, so the worker posts each point as it is ready.
    const next = (i: number) => {
      if (i >= scales.length) {
        this.host.post({ type: 'sweepDone' });
        return;
      }
      const [point] = loadSweep(design, { scales: [scales[i]!], seconds, seed });
      this.host.post({ type: 'sweepPoint', point: point!, index: i, total: scales.length });
      this.host.schedule(() => next(i + 1), 0);
    };
    next(0);
  }
}
