/** Ctrl/Cmd+K: every command of the catalog with its shortcut; type to filter, Enter to run. */
import { useMemo, useState } from 'react';
import { COMMAND_CATALOG, displayAccelerator } from '../../../shared/commands/catalog';
import { useUi } from '../state/uiStore';
import { Dialog } from './Dialog';
import type { DialogProps } from './types';

/** Every typed word must start a word of "menu label" (so "sa as" finds "File: Save As…"). */
export function matches(query: string, text: string): boolean {
  const words = text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((q) => words.some((w) => w.startsWith(q)) || text.toLowerCase().includes(q));
}

export function CommandPalette({ mac, run }: DialogProps) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const close = useUi((s) => s.closeDialog);
  const items = useMemo(() => COMMAND_CATALOG.filter((c) => c.id !== 'commandPalette' && matches(query, `${c.menu} ${c.label}`)), [query]);
  const choose = (i: number) => {
    const c = items[i];
    if (!c) return;
    close();
    run(c.id);
  };
  return (
    <Dialog title="Command palette">
      <input
        className="aw-palette-input"
        aria-label="Command"
        placeholder="Type a command…"
        autoFocus
        value={query}
        role="combobox"
        aria-expanded="true"
        aria-controls="aw-command-list"
        aria-activedescendant={items[active] ? `cmd-${items[active].id}` : undefined}
        onChange={(e) => {
          setQuery(e.currentTarget.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') setActive((a) => Math.min(a + 1, items.length - 1));
          else if (e.key === 'ArrowUp') setActive((a) => Math.max(a - 1, 0));
          else if (e.key === 'Enter') choose(active);
          else return;
          e.preventDefault();
        }}
      />
      <ul id="aw-command-list" role="listbox" aria-label="Commands" className="aw-command-list">
        {items.map((c, i) => (
          <li key={c.id} id={`cmd-${c.id}`} role="option" aria-selected={i === active} onMouseEnter={() => setActive(i)} onClick={() => choose(i)}>
            <span>
              <span className="aw-muted">{c.menu}: </span>
              {c.label}
            </span>
            {c.accelerator && <kbd>{displayAccelerator(c.accelerator, mac)}</kbd>}
          </li>
        ))}
        {items.length === 0 && <li className="aw-muted">No command matches.</li>}
      </ul>
    </Dialog>
  );
}
