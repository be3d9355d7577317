/**
 * Mermaid ids for design ids. A design id may be any string; in Mermaid text it must be a
 * plain identifier that is no keyword, so unsafe ids get a readable stand-in and the
 * `%% archway:` block maps it back.
 */

/**
 * Words the flowchart grammar reads as keywords or directions, and keys that safe JSON
 * parsing drops from the archway block (compared lower-case).
 */
const RESERVED = new Set([
  'constructor', 'prototype',
  'end', 'graph', 'flowchart', 'flowchart-elk', 'subgraph', 'style', 'linkstyle', 'classdef', 'class', 'click', 'call', 'href',
  'callback', 'default', 'direction', 'interpolate', 'tb', 'td', 'bt', 'rl', 'lr', 'br', 'accdescr', 'acctitle',
]);

const SAFE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

export function isSafeMermaidId(id: string): boolean {
  // `style` and `classDef` anywhere in a line change how mermaid reads its entities (escape.ts).
  return SAFE.test(id) && !RESERVED.has(id.toLowerCase()) && !/style|classdef/i.test(id);
}

/** Hands out unique Mermaid ids: the design id when safe, else a sanitized stand-in. */
export class MermaidIds {
  private readonly used = new Set<string>();

  constructor(reserved: Iterable<string> = []) {
    for (const id of reserved) this.used.add(id);
  }

  /** Claims ids for a list at once: every safe id first, so no stand-in takes a safe id's place. */
  claimAll(items: readonly { id: string; prefix: string }[]): string[] {
    const out: (string | undefined)[] = items.map((it) => (isSafeMermaidId(it.id) && !this.used.has(it.id) ? (this.used.add(it.id), it.id) : undefined));
    return items.map((it, i) => out[i] ?? this.claim(it.id, it.prefix));
  }

  claim(designId: string, fallbackPrefix: string): string {
    if (isSafeMermaidId(designId) && !this.used.has(designId)) {
      this.used.add(designId);
      return designId;
    }
    const readable = designId.replace(/style|classdef/gi, '_').replace(/[^A-Za-z0-9]+/g, '_').replace(/^_+|_+$/g, '').slice(0, 40);
    const base = `${fallbackPrefix}_${readable}`.replace(/_+$/, '');
    let id = base;
    for (let n = 2; this.used.has(id) || !isSafeMermaidId(id); n++) id = `${base}_${n}`;
    this.used.add(id);
    return id;
  }
}
