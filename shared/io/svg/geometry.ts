/** Boxes and points are the router's (shared/routing/geometry.ts), so the export and the router measure alike. */
export type { Box, Point } from '../../routing/geometry';
