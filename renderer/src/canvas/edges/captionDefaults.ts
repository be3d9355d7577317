/**
 * The design's default protocol per timing (shared/routing captions): edges that use it drop
 * their protocol chip and the legend says it once. Handed down by context from the canvas,
 * which recomputes it only when the edges change.
 */
import { createContext, useContext } from 'react';
import type { DefaultProtocols } from '../../../../shared/routing';

export const CaptionDefaultsContext = createContext<DefaultProtocols>({});
export const useCaptionDefaults = (): DefaultProtocols => useContext(CaptionDefaultsContext);
