import { describe, expect, it } from 'vitest';
import { markerState, withMarker } from './marker';

describe('generated-file marker', () => {
  it.each([
    ['src/index.ts', "import x from './y.js';\n", /^\/\/ /],
    ['app/main.py', 'import os\n', /^# /],
    ['docker-compose.yml', 'services:\n', /^# /],
    ['README.md', '# Title\n', /^<!-- /],
    ['tsconfig.json', '{\n  "a": 1\n}\n', /^\/\/ /],
    ['package.json', '{\n  "name": "x"\n}\n', /^\{\n {2}"\/\/": /],
  ])('marks %s so its tools still read it, and tells edits apart', (path, body, start) => {
    const marked = withMarker(path, body);
    expect(marked).toMatch(start);
    expect(markerState(marked)).toBe('unedited');
    expect(markerState(marked.replace(/\n$/, '\n// my change\n'))).toBe('edited');
    expect(markerState(body)).toBe('unmarked');
  });

  it('keeps package.json valid JSON', () => {
    const marked = withMarker('package.json', `${JSON.stringify({ name: 'x', version: '1.0.0' }, null, 2)}\n`);
    expect(JSON.parse(marked)).toMatchObject({ name: 'x', version: '1.0.0' });
  });

  it('survives a checkout that turned line ends into CRLF', () => {
    const marked = withMarker('a.ts', 'const a = 1;\nconst b = 2;\n');
    expect(markerState(marked.replace(/\n/g, '\r\n'))).toBe('unedited');
  });
});
