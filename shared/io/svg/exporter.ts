/** The 'svg' exporter: `archway export <design> --to svg [--theme light|dark]`. */
import { defineExporter } from '../exporters';
import { exportSvg } from './export-svg';

export const svgExporter = defineExporter({
  id: 'svg',
  label: 'SVG image',
  description: 'A self-contained SVG drawing of the design (options: theme light|dark, transparent true|false).',
  async run(design, options, context) {
    const theme = options.theme === 'dark' ? 'dark' : 'light';
    const warnings = options.theme !== undefined && options.theme !== theme ? [`unknown theme "${options.theme}", using light`] : [];
    const transparent = options.transparent === 'true' || options.transparent === '1';
    return { kind: 'text', text: exportSvg(design, { theme, transparent, routes: await context?.route?.(design) }), mediaType: 'image/svg+xml', extension: 'svg', warnings };
  },
});
