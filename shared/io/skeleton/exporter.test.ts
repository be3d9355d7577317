import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { EXPORTERS } from '../registry';
import { skeletonExporter } from './exporter';

describe('skeleton exporter', () => {
  it('is registered', () => {
    expect(EXPORTERS).toContain(skeletonExporter);
  });

  it("lists the design's rule problems as TODOs under the services they concern", async () => {
    const d = design()
      .node('ui', 'client', { label: 'Web UI' }).node('gw', 'api-gateway', { label: 'Gateway' })
      .node('a', 'microservice', { label: 'Alpha' }).node('b', 'microservice', { label: 'Beta' }).node('db', 'database', { label: 'Shared DB' })
      .edge('ui', 'gw').edge('gw', 'a').edge('ui', 'b').edge('a', 'db').edge('b', 'db')
      .build();
    const out = await skeletonExporter.run(d, { lang: 'ts' });
    if (out.kind !== 'files') throw new Error('expected files');
    const readme = out.files.find((f) => f.path === 'README.md')!.content;
    const beta = readme.slice(readme.indexOf('`services/beta`'), readme.indexOf('## Infrastructure'));
    expect(beta).toMatch(/- \[ \] TODO \(microservices\/gateway-bypass, error\)/);
    expect(beta).toMatch(/- \[ \] TODO \(microservices\/shared-database, error\)/);
    expect(readme).toMatch(/## TODO from the design's rules/);
  });

  it("puts the design's Mermaid, in the Archway dialect, in the README", async () => {
    const out = await skeletonExporter.run(design().node('ui', 'client', { label: 'Web UI' }).node('a', 'microservice', { label: 'Alpha' }).edge('ui', 'a').build(), {});
    if (out.kind !== 'files') throw new Error('expected files');
    const readme = out.files.find((f) => f.path === 'README.md')!.content;
    const block = /```mermaid\n(flowchart[^`]*)```/.exec(readme)?.[1] ?? '';
    expect(block).toContain(':::client');
    expect(block).toContain('%% archway: ');
  });

  it('says a clean design has no TODOs', async () => {
    const out = await skeletonExporter.run(design().node('ui', 'client').node('a', 'microservice').edge('ui', 'a').build(), {});
    if (out.kind !== 'files') throw new Error('expected files');
    expect(out.files.find((f) => f.path === 'README.md')!.content).toMatch(/- none: the design passes its rules/);
  });

  it('writes nothing for an unknown language', async () => {
    const out = await skeletonExporter.run(design().build(), { lang: 'cobol' });
    expect(out).toMatchObject({ kind: 'files', files: [], warnings: [expect.stringMatching(/unknown language "cobol"/)] });
  });
});
