/** The queueing-network estimator (shared/estimate/README.md): live figures without a run. */
export { estimate } from './estimate';
export { erlangC, allenCunneenWait } from './queueing';
export type * from './types';
