/** A label that turns into a text field on double-click (rename inline). Text only, never HTML. */
import { memo, useState } from 'react';
import { useDesignStore } from '../../state/StoreContext';

export const InlineLabel = memo(function InlineLabel({ id, label, className }: { id: string; label: string; className?: string }) {
  const store = useDesignStore();
  const [editing, setEditing] = useState(false);
  if (editing) {
    const commit = (value: string) => {
      setEditing(false);
      if (value !== label) store.getState().apply({ type: 'updateNode', id, patch: { label: value } });
    };
    return (
      <input
        className="inline-label-input nodrag"
        aria-label="Component name"
        defaultValue={label}
        autoFocus
        onFocus={(e) => e.currentTarget.select()}
        onBlur={(e) => commit(e.currentTarget.value)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Enter') commit(e.currentTarget.value);
          if (e.key === 'Escape') setEditing(false);
        }}
      />
    );
  }
  return (
    <span className={className} title={label} onDoubleClick={() => setEditing(true)}>
      {label || '\u00a0'}
    </span>
  );
});
