/** draw.io style strings: `rounded=0;whiteSpace=wrap;html=1;shape=cylinder3;`. */

export interface Style {
  /** Named styles from the stylesheet (`ellipse`, `swimlane`, `text`, `group`, ...): the tokens without `=`. */
  names: string[];
  values: Map<string, string>;
}

export function parseStyle(style: string | undefined): Style {
  const names: string[] = [];
  const values = new Map<string, string>();
  for (const token of (style ?? '').split(';')) {
    const t = token.trim();
    if (!t) continue;
    const eq = t.indexOf('=');
    if (eq < 0) names.push(t);
    else values.set(t.slice(0, eq).trim(), t.slice(eq + 1).trim());
  }
  return { names, values };
}

export function hasName(style: Style, name: string): boolean {
  return style.names.includes(name) || style.values.get('shape') === name;
}

/** A style string from ordered key/value pairs (values must not hold `;`). */
export function formatStyle(names: string[], values: Record<string, string | number>): string {
  return [...names, ...Object.entries(values).map(([k, v]) => `${k}=${v}`)].join(';') + ';';
}
