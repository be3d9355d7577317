/**
 * What the canvas sends the router: component and note boxes where React Flow has them now
 * (mid-drag positions included), sized as the export sizes them (shared/layout/sizes), the
 * edges, caption sizes and container title bars. Pure, so it is unit-tested without a DOM.
 */
import { isContainerKind } from '../../../shared/catalog/kinds';
import { shortCaption } from '../../../shared/io/svg/edges';
import { CONTAINER_PADDING, nodeSize } from '../../../shared/layout/sizes';
import type { Design } from '../../../shared/model/schema';
import { absolutePositions, captionSize, defaultProtocols, edgeCaption, headerBoxes, type Point } from '../../../shared/routing';
import type { BoxTuple, CaptionTuple, EdgeTuple } from './protocol';
import type { SceneInput } from './RouteClient';

/** The parts of a scene that change only with the design (not with a drag). */
export interface DesignParts {
  edges: EdgeTuple[];
  edgesKey: string;
  captions: CaptionTuple[];
  captionsKey: string;
}

/** Caption rows as the canvas and the SVG export draw them: text, then the badges. */
export function captionRows(text: string, badges: readonly string[]): string[] {
  return [text ? shortCaption(text) : '', badges.join(' · ')].filter(Boolean);
}

export function designParts(design: Design): DesignParts {
  const ids = new Set(design.nodes.filter((n) => !isContainerKind(n.kind)).map((n) => n.id));
  const drawn = design.edges.filter((e) => e.source !== e.target && ids.has(e.source) && ids.has(e.target));
  const edges: EdgeTuple[] = drawn.map((e) => [e.id, e.source, e.target]);
  const defaults = defaultProtocols(design.edges);
  const captions: CaptionTuple[] = [];
  for (const e of drawn) {
    const c = edgeCaption(e, defaults);
    const rows = captionRows(c.text, c.badges);
    if (!rows.length) continue;
    const { width, height } = captionSize(rows);
    captions.push([e.id, width, height]);
  }
  return { edges, edgesKey: JSON.stringify(edges), captions, captionsKey: JSON.stringify(captions) };
}

/** `live`: absolute positions React Flow holds now, by node id (missing ones come from the design). */
export function sceneInput(design: Design, parts: DesignParts, live: (id: string) => Point | undefined): SceneInput {
  let stored: Map<string, Point> | undefined;
  const at = (id: string): Point => live(id) ?? (stored ??= absolutePositions(design)).get(id) ?? { x: 0, y: 0 };
  const boxes = new Map<string, BoxTuple>();
  const headers: [number, number, number, number][] = [];
  // The same title boxes as routingScene gives the CLI's export, so both draw the same routes.
  const titles: [string, number, number, number, number][] = [];
  for (const n of design.nodes) {
    const p = at(n.id);
    const size = nodeSize(n);
    if (!isContainerKind(n.kind)) {
      boxes.set(n.id, [n.id, p.x, p.y, size.width, size.height]);
      continue;
    }
    headers.push([p.x, p.y, size.width, CONTAINER_PADDING.top - 8]);
    const h = headerBoxes(n, { x: p.x, y: p.y, ...size });
    titles.push([n.id, h.title.x, h.title.y, h.title.width, h.title.height]);
    if (h.kind) titles.push([`${n.id}:kind`, h.kind.x, h.kind.y, h.kind.width, h.kind.height]);
  }
  return { boxes, ...parts, headers, titles, headersKey: JSON.stringify(titles) };
}
