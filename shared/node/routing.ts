/** libavoid-js loaded in Node (its package reads the WebAssembly file itself), for the CLI and tests. */
import { AvoidLib } from 'libavoid-js';
import type { Design } from '../model/schema';
import { EdgeRouter, routingScene, type AvoidApi, type Route } from '../routing';

let loading: Promise<AvoidApi> | undefined;

export function loadAvoid(): Promise<AvoidApi> {
  loading ??= (async () => {
    // libavoid prints its warnings through the Emscripten runtime; load once per process.
    await AvoidLib.load();
    return AvoidLib.getInstance() as unknown as AvoidApi;
  })();
  return loading;
}

/** Every edge's route for a design, from a router made for this one call. */
export async function routeDesign(design: Design): Promise<Map<string, Route>> {
  const router = new EdgeRouter(await loadAvoid());
  try {
    router.update(routingScene(design));
    return new Map(router.all());
  } finally {
    router.dispose();
  }
}
