import { describe, expect, it } from 'vitest';
import { emptyDesign, validateDesign } from '../../../shared/model/document';
import { loadTemplate, templateEntries } from './templates';

const design = { ...emptyDesign('Microservices'), metadata: { title: 'Microservices', description: 'Fig 34.3' } };
const files = {
  '../../../assets/templates/fig-34-3.archway.json': async () => design,
  '../../../assets/templates/broken.archway.json': async () => ({ formatVersion: 1, nodes: 'nope' }),
};

describe('template gallery data', () => {
  it('lists the index entries whose files exist', () => {
    const index = [
      { id: 'ms', title: 'Microservices', figure: 'Figure 34.3', description: 'Each service owns its data.', file: 'fig-34-3.archway.json' },
      { id: 'gone', title: 'Missing', figure: '', description: '', file: 'missing.archway.json' },
    ];
    expect(templateEntries(index, files)).toEqual([index[0]]);
    expect(templateEntries({ templates: index }, files)).toEqual([index[0]]);
  });

  it('falls back to one entry per file without a usable index', () => {
    for (const index of [null, { nonsense: true }, [{ id: 'x', file: '../../etc/passwd' }]]) {
      expect(templateEntries(index, files).map((e) => e.file)).toEqual(['broken.archway.json', 'fig-34-3.archway.json']);
    }
  });

  it('validates a template before handing it out', async () => {
    const [broken, good] = templateEntries(null, files);
    expect(await loadTemplate(good!, files)).toEqual({ ok: true, design: validateDesign(design).ok && (validateDesign(design) as { design: unknown }).design });
    const bad = await loadTemplate(broken!, files);
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toMatch(/not a valid design/);
    expect(await loadTemplate({ ...good!, file: 'other.archway.json' }, files)).toEqual({ ok: false, error: 'The template file other.archway.json is missing.' });
  });

  it('every bundled template is a valid design', async () => {
    for (const entry of templateEntries()) {
      const result = await loadTemplate(entry);
      expect(result.ok ? '' : result.error, entry.file).toBe('');
    }
  });
});
