/**
 * Dragging one node re-renders only it and its edges (DESIGN §7): React's devtools hook
 * counts which node and edge views rendered in each commit while a node is dragged.
 */
import { expect, test } from '@playwright/test';

test('dragging a node re-renders only that node and its edges', async ({ page }) => {
  await page.addInitScript(() => {
    const counts: Record<string, Record<string, number>> = {};
    const w = window as unknown as { __renders: typeof counts; __REACT_DEVTOOLS_GLOBAL_HOOK__: unknown };
    w.__renders = counts;
    const nameOf = (f: { type?: { name?: string; displayName?: string } | null }) => f.type?.displayName ?? f.type?.name;
    // A view rendered in a commit when its props object changed: React keeps the previous
    // props object when it skips a subtree or a memo comparison bails out.
    const seen = new Map<string, unknown>();
    const walk = (fiber: { child: unknown; sibling: unknown; type: never; memoizedProps: { id?: string } } | null) => {
      for (let f = fiber; f; f = f.sibling as typeof f) {
        const name = nameOf(f);
        if (name === 'ComponentNode' || name === 'ArchwayEdge') {
          const id = f.memoizedProps?.id ?? '?';
          const key = `${name}:${id}`;
          if (seen.get(key) !== f.memoizedProps) {
            seen.set(key, f.memoizedProps);
            (counts[name] ??= {})[id] = ((counts[name] ??= {})[id] ?? 0) + 1;
          }
        }
        walk(f.child as typeof f);
      }
    };
    w.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
      supportsFiber: true,
      renderers: new Map(),
      inject: () => 1,
      onCommitFiberRoot: (_id: number, root: { current: { child: never } }) => walk(root.current.child),
      onCommitFiberUnmount: () => {},
      onPostCommitFiberRoot: () => {},
      checkDCE: () => {},
    };
  });
  await page.goto('/bench.html?mode=archway&nodes=200');
  await page.waitForSelector('.react-flow__node');
  await page.waitForTimeout(300);
  const renders = () => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { __renders: object }).__renders)));
  const initial = await renders();
  expect(Object.keys(initial.ComponentNode ?? {}).length).toBe(200); // the hook sees every node render once

  await page.evaluate(() => {
    for (const k of Object.keys((window as unknown as { __renders: object }).__renders)) delete (window as unknown as { __renders: Record<string, unknown> }).__renders[k];
  });
  const node = page.locator('.react-flow__node[data-id="n57"]');
  const box = (await node.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + 200, box.y + 120, { steps: 20 });
  await page.mouse.up();
  await page.waitForTimeout(200);
  const during = await renders();
  // Only n57 re-rendered, and only the edges touching it.
  expect(Object.keys(during.ComponentNode ?? {})).toEqual(['n57']);
  const touching = await page.evaluate(() => [...document.querySelectorAll('.react-flow__edge')].map((e) => e.getAttribute('data-id')));
  expect(touching.length).toBeGreaterThan(100);
  const edgeIds = Object.keys(during.ArchwayEdge ?? {});
  expect(edgeIds.length).toBeGreaterThan(0);
  expect(edgeIds.length).toBeLessThanOrEqual(4);
});
