/**
 * Edge geometry for every drawing of a design (DESIGN §5): the canvas, presentation mode, the
 * app's SVG/PNG export and `archway export --to svg` all draw the routes this module gives.
 *
 *   const router = new EdgeRouter(avoid);          // avoid: a loaded libavoid-js instance
 *   const { changed, removed } = router.update(routingScene(design));
 *   router.move(new Map([[id, box]]), { budget: 6 }); // a drag frame; then router.flush()
 *
 * See README.md for the guarantees and the two regimes.
 */
export { EdgeRouter, type EdgeRouterOptions, type MoveOptions, type RouteUpdate } from './router';
export { routingScene, absolutePositions, CONTAINER_HEADER, headerBoxes, containerKindText, type RoutingScene, type RoutedEdgeRef } from './scene';
export type { AvoidApi } from './avoid-api';
export * from './geometry';
export { BoxGrid } from './box-grid';
export { placeLabels, type LabelBox, type LabelRequest } from './labels';
export { routePath } from './path';
export { defaultProtocols, edgeCaption, defaultProtocolLines, type Caption, type DefaultProtocols } from './captions';
export { captionSize } from './labels';
