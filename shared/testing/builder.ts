/**
 * A fluent builder of designs for tests (STYLE.md: test data from builders).
 *
 *   const d = design().node('ui', 'client').node('api', 'microservice')
 *     .edge('ui', 'api', 'request-response').build();
 */
import type { EdgeAttributes, EdgePresetId } from '../catalog/edges';
import type { KindId } from '../catalog/kinds';
import { emptyDesign } from '../model/document';
import { createEdge, createNode } from '../model/factory';
import type { EdgeProperties, NodeProperties } from '../model/properties';
import type { Design, Requirements, Settings } from '../model/schema';

export interface NodeOpts {
  label?: string;
  parent?: string;
  props?: NodeProperties;
  at?: { x: number; y: number };
}

export interface EdgeOpts {
  id?: string;
  label?: string;
  props?: EdgeProperties;
  attrs?: Partial<EdgeAttributes>;
}

export class DesignBuilder {
  private d: Design = emptyDesign('Test design');
  private nextEdge = 1;

  node(id: string, kind: KindId, opts: NodeOpts = {}): this {
    const n = createNode({ id, kind, position: opts.at ?? { x: this.d.nodes.length * 200, y: 0 }, label: opts.label ?? id, properties: opts.props ?? {} });
    if (opts.parent !== undefined) n.parent = opts.parent;
    this.d.nodes.push(n);
    return this;
  }

  /** A layer container with the given rank. */
  layer(id: string, rank: number, opts: NodeOpts = {}): this {
    return this.node(id, 'layer', { ...opts, props: { rank, ...opts.props } });
  }

  edge(source: string, target: string, preset: EdgePresetId = 'request-response', opts: EdgeOpts = {}): this {
    this.d.edges.push(
      createEdge({ id: opts.id ?? `e${this.nextEdge++}`, source, target, preset, attributes: opts.attrs, label: opts.label, properties: opts.props }),
    );
    return this;
  }

  requirements(r: Requirements): this {
    this.d.requirements = r;
    return this;
  }

  settings(s: Settings): this {
    this.d.settings = s;
    return this;
  }

  title(title: string): this {
    this.d.metadata.title = title;
    return this;
  }

  build(): Design {
    return JSON.parse(JSON.stringify(this.d)) as Design;
  }
}

export const design = (): DesignBuilder => new DesignBuilder();
