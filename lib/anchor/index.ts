/** Public entry of lib/anchor: describe a range as selectors, re-anchor selectors on changed text. */
export { anchorAll, anchorSelectors } from './anchor';
export { describeRange } from './describe';
export type { Anchored, AnchorOptions, AnchorSelectors } from './types';
