/** What a layout produces: new positions (and container sizes), applied as one edit. */
export interface LayoutMove {
  id: string;
  /** Relative to the node's container, as the design stores it. */
  position: { x: number; y: number };
  /** For containers: big enough for their children, padding and title bar. */
  size?: { width: number; height: number };
}

export interface LayoutResult {
  moves: LayoutMove[];
  /** The direction used: the one asked for, the design's, or the one that fits a 16:9 screen best. */
  direction?: 'DOWN' | 'RIGHT' | 'UP' | 'LEFT';
}
