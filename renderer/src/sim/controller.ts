/**
 * Drives the simulation worker from the UI: the panel's buttons and the Simulate commands
 * call these functions; worker messages land in the sim store. One worker holds the live
 * run; a second one runs load sweeps, so a sweep never stalls the animation.
 */
import { DEFAULT_SWEEP_SCALES, type Fault } from '../../../shared/sim/index';
import type { Design } from '../../../shared/model/schema';
import type { FromWorker, ToWorker } from './protocol';
import { useSim } from './simStore';

let live: Worker | null = null;
let sweeper: Worker | null = null;
/** The design object the current run started from, to tell when the user edits it. */
let runDesign: Design | null = null;
/** Faults picked while no run goes on wait for the next start. */
const pendingFaults: Fault[] = [];

function spawn(): Worker {
  const w = new Worker(new URL('./sim.worker.ts', import.meta.url), { type: 'module' });
  w.addEventListener('message', (e: MessageEvent<FromWorker>) => receive(e.data, w));
  w.addEventListener('error', (e) => useSim.setState({ error: e.message || 'the simulation worker could not start or stopped; Reset and try again' }));
  return w;
}

function send(w: Worker, msg: ToWorker): void {
  w.postMessage(msg);
}

function liveWorker(): Worker {
  return (live ??= spawn());
}

function receive(msg: FromWorker, from: Worker): void {
  const set = useSim.setState;
  switch (msg.type) {
    case 'started':
      set({ endMs: msg.endMs });
      return;
    case 'snapshot':
      if (from !== live) return;
      set({ snapshot: msg.snapshot, status: msg.status, endMs: msg.endMs, achievedSpeed: msg.speed });
      return;
    case 'result':
      if (from !== live) return;
      set({ result: msg.result });
      return;
    case 'fault':
      set((s) => ({ faults: [...s.faults, msg.fault] }));
      return;
    case 'sequence':
      set({ sequence: { text: msg.text, source: msg.source } });
      return;
    case 'sweepPoint':
      set((s) => ({ sweep: { points: [...(s.sweep?.points ?? []), msg.point], total: msg.total, running: true } }));
      return;
    case 'sweepDone':
      set((s) => ({ sweep: s.sweep ? { ...s.sweep, running: false } : null }));
      return;
    case 'error':
      set({ error: msg.message });
      return;
  }
}

/** Starts a run of `design` (or resumes a paused one of the same design). */
export function play(design: Design): void {
  const s = useSim.getState();
  if (s.status === 'paused' && !s.stale) {
    send(liveWorker(), { type: 'play' });
    useSim.setState({ status: 'running' });
    return;
  }
  start(design, true);
}

export function start(design: Design, playing: boolean): void {
  const s = useSim.getState();
  runDesign = design;
  // Faults chosen while no run was going start with this one.
  const faults = pendingFaults.splice(0);
  useSim.setState({
    status: playing ? 'running' : 'paused',
    previous: s.result ?? s.previous,
    result: null,
    snapshot: null,
    faults,
    stale: false,
    sequence: null,
    error: null,
  });
  send(liveWorker(), { type: 'start', design, settings: s.settings, faults, play: playing });
}

export function pause(): void {
  if (useSim.getState().status !== 'running') return;
  send(liveWorker(), { type: 'pause' });
}

/** Advances by one chart bucket (or a second); starts a paused run first if there is none. */
export function step(design: Design): void {
  const s = useSim.getState();
  if (s.status === 'idle' || s.status === 'done' || s.stale) start(design, false);
  send(liveWorker(), { type: 'step', ms: useSim.getState().result?.bucketMs ?? 1000 });
}

export function reset(): void {
  const s = useSim.getState();
  if (live) send(live, { type: 'reset' });
  runDesign = null;
  pendingFaults.length = 0;
  useSim.setState({ status: 'idle', snapshot: null, result: null, previous: s.result ?? s.previous, faults: [], stale: false, achievedSpeed: 0, error: null });
}

export function setSpeed(speed: number): void {
  useSim.getState().setSettings({ speed });
  if (live) send(live, { type: 'speed', speed });
}

/** A fault in the current run (atMs ≤ now means now), or in the next run when none exists. */
export function injectFault(fault: Fault): void {
  const status = useSim.getState().status;
  if (status === 'idle' || status === 'done') {
    pendingFaults.push(fault);
    useSim.setState((s) => ({ faults: [...s.faults, fault] }));
    return;
  }
  send(liveWorker(), { type: 'fault', fault });
}

export function requestSequence(design: Design): void {
  send(liveWorker(), { type: 'sequence', design, seed: useSim.getState().settings.seed });
}

export function runSweep(design: Design): void {
  const s = useSim.getState();
  const finished = s.sweep && !s.sweep.running ? s.sweep.points : null;
  if (sweeper) sweeper.terminate(); // a new sweep replaces one still running
  sweeper = spawn();
  useSim.setState({ sweep: { points: [], total: DEFAULT_SWEEP_SCALES.length, running: true }, previousSweep: finished ?? s.previousSweep });
  // Sweeps run the whole design 15 times: keep each run short enough to finish in seconds.
  send(sweeper, { type: 'sweep', design, seconds: Math.min(s.settings.seconds, 60), seed: s.settings.seed, scales: DEFAULT_SWEEP_SCALES });
}

/** The design the current run simulates (null when none runs). */
export function runningDesign(): Design | null {
  return runDesign;
}

/** Called when the document's design changes. */
export function noteDesign(design: Design): void {
  const s = useSim.getState();
  const stale = runDesign !== null && design !== runDesign && s.status !== 'idle';
  if (stale !== s.stale) useSim.setState({ stale });
}
