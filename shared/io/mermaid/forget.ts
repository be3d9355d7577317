/**
 * Drops what a foreign flowchart's drawing left in a design (the `drawn` objects), so that it
 * exports in the clean dialect like a design made in Archway: for templates built from the
 * seed's figures, or a user who wants Archway's own look.
 */
import type { Design } from '../../model/schema';

export function forgetDrawing(design: Design): Design {
  const { drawn: _settings, ...settings } = design.settings;
  return {
    ...design,
    nodes: design.nodes.map(({ drawn: _node, ...n }) => n),
    edges: design.edges.map(({ drawn: _edge, ...e }) => e),
    settings,
  };
}
