/** What a Mermaid export gives (its own module, so both exporters can name it without a cycle). */
export interface MermaidExport {
  text: string;
  warnings: string[];
}
