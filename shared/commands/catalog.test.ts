import { describe, expect, it } from 'vitest';
import { acceleratorMatches, COMMAND_CATALOG, displayAccelerator, isCommandId } from './catalog';

const key = (k: string, mods: Partial<{ ctrl: boolean; meta: boolean; shift: boolean; alt: boolean }> = {}) => ({
  key: k, ctrlKey: !!mods.ctrl, metaKey: !!mods.meta, shiftKey: !!mods.shift, altKey: !!mods.alt,
});

describe('command catalog', () => {
  it('has unique ids and known menus', () => {
    expect(new Set(COMMAND_CATALOG.map((c) => c.id)).size).toBe(COMMAND_CATALOG.length);
    expect(isCommandId('save')).toBe(true);
    expect(isCommandId('rm -rf')).toBe(false);
  });

  it('matches accelerators per platform', () => {
    expect(acceleratorMatches('CmdOrCtrl+S', key('s', { ctrl: true }), false)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+S', key('s', { meta: true }), true)).toBe(true);
    expect(acceleratorMatches('CmdOrCtrl+S', key('s', { meta: true }), false)).toBe(false);
    expect(acceleratorMatches('CmdOrCtrl+S', key('S', { ctrl: true, shift: true }), false)).toBe(false);
    expect(acceleratorMatches('CmdOrCtrl+Shift+Z', key('Z', { ctrl: true, shift: true }), false)).toBe(true);
    expect(acceleratorMatches('Shift+1', key('!', { shift: true }), false)).toBe(true);
    expect(acceleratorMatches('Delete', key('Delete'), false)).toBe(true);
  });

  it('shows accelerators the way each platform writes them', () => {
    expect(displayAccelerator('CmdOrCtrl+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayAccelerator('CmdOrCtrl+Shift+Z', true)).toBe('⌘⇧Z');
  });
});
