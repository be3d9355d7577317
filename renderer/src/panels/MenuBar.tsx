/**
 * The in-app menu bar of the browser build: the same commands as Electron's native menu,
 * from the same catalog. (The desktop app shows the native menu instead.)
 */
import { useEffect, useRef, useState } from 'react';
import { COMMAND_CATALOG, displayAccelerator, MENUS, type CommandId } from '../../../shared/commands/catalog';

export function MenuBar({ run, mac }: { run: (id: CommandId) => void; mac: boolean }) {
  const [open, setOpen] = useState<string | null>(null);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const onDown = (e: MouseEvent) => bar.current?.contains(e.target as Node) || setOpen(null);
    window.addEventListener('mousedown', onDown);
    return () => window.removeEventListener('mousedown', onDown);
  }, [open]);
  return (
    <div className="aw-menubar" role="menubar" aria-label="Menu" ref={bar} onKeyDown={(e) => e.key === 'Escape' && setOpen(null)}>
      {MENUS.map((menu) => {
        const items = COMMAND_CATALOG.filter((c) => c.menu === menu);
        if (!items.length) return null;
        return (
          <div key={menu} className="aw-menu">
            <button type="button" role="menuitem" aria-haspopup="menu" aria-expanded={open === menu} onClick={() => setOpen(open === menu ? null : menu)} onMouseEnter={() => open && setOpen(menu)}>
              {menu}
            </button>
            {open === menu && (
              <div className="aw-menu-popup" role="menu" aria-label={menu}>
                {items.map((c, i) => (
                  <button
                    key={c.id}
                    type="button"
                    role="menuitem"
                    autoFocus={i === 0}
                    className={i > 0 && (c.section ?? 0) !== (items[i - 1]!.section ?? 0) ? 'aw-menu-sep' : undefined}
                    onClick={() => {
                      setOpen(null);
                      run(c.id);
                    }}
                  >
                    <span>{c.label}</span>
                    {c.accelerator && <kbd>{displayAccelerator(c.accelerator, mac)}</kbd>}
                  </button>
                ))}
              </div>
            )}
          </div>
        );
      })}
    </div>
  );
}
