/**
 * How each edge attribute is drawn (one place, shared by the edge view and the legend):
 * timing → line style, delivery → arrow head, processing → line weight (the PULL/BATCH badges
 * come from shared/routing's edgeCaption, as in the SVG export).
 */
import type { Delivery, Processing, Timing } from '../../../../shared/catalog/edges';

export const TIMING_DASH: Record<Timing, string | undefined> = { sync: undefined, async: '7 5' };
export const DELIVERY_MARKER: Record<Delivery, string> = { push: 'url(#aw-arrow)', pull: 'url(#aw-arrow-open)' };
export const PROCESSING_WIDTH: Record<Processing, number> = { stream: 1.6, batch: 4 };
