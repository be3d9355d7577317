/**
 * What the rest of Archway needs to know about draw.io without loading the XML parser: which
 * file names it reads, and the attribute names Archway writes on `<object>` so its own files
 * come back unchanged.
 */

/** File names the draw.io importer reads. */
export const DRAWIO_EXTENSIONS = ['.drawio', '.drawio.svg', '.drawio.xml', '.dio', '.xml'] as const;

export function isDrawioFileName(name: string): boolean {
  const lower = name.toLowerCase();
  return DRAWIO_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

/** A file name without its draw.io ending, for a design title. */
export function drawioTitle(path: string): string {
  return path.replace(/^.*[\\/]/, '').replace(/\.(drawio\.svg|drawio\.xml|drawio|dio|xml)$/i, '');
}

/** draw.io "Edit Data" attributes holding what a draw.io style cannot. */
export const ARCHWAY_ATTR = {
  kind: 'archway_kind',
  technology: 'archway_technology',
  properties: 'archway_properties',
  timing: 'archway_timing',
  delivery: 'archway_delivery',
  processing: 'archway_processing',
  protocol: 'archway_protocol',
} as const;
