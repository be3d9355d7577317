/**
 * Automatic layout for imported Mermaid in Node (the CLI): ELK's layered algorithm through
 * shared/layout, in-process. The app runs the same engine in a Web Worker.
 */
import { layoutDesign, applyLayout } from '../../layout/layout';
import { applyEdit } from '../../model/edits';
import type { Design } from '../../model/schema';

export async function autoLayout(design: Design): Promise<Design> {
  const ELK = (await import('elkjs/lib/elk.bundled.js')).default;
  const result = await layoutDesign(design, new ELK());
  return applyEdit(design, applyLayout(design, result));
}
