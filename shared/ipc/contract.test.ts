import { describe, expect, it } from 'vitest';
import { CONTRACT } from './contract';

describe('IPC contract schemas', () => {
  it('accept well-formed requests', () => {
    expect(CONTRACT.openFile.request.safeParse({}).success).toBe(true);
    expect(CONTRACT.saveFile.request.safeParse({ suggestedName: 'a.archway.json', text: '{}', saveAs: false }).success).toBe(true);
    expect(CONTRACT.setDocumentState.request.safeParse({ title: 'x', dirty: true }).success).toBe(true);
  });

  it.each([
    ['a path smuggled into openFile', 'openFile', { path: '/etc/passwd' }],
    ['a path instead of a token', 'saveFile', { path: '/etc/cron.d/x', suggestedName: 'x', text: '', saveAs: false }],
    ['a non-string text', 'saveFile', { suggestedName: 'x', text: 5, saveAs: false }],
    ['a missing flag', 'setDocumentState', { title: 'x' }],
    ['null', 'setDocumentState', null],
  ] as const)('reject %s', (_name, channel, payload) => {
    expect(CONTRACT[channel].request.safeParse(payload).success).toBe(false);
  });
});
