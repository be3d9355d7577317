/** Inspector inputs that commit on Enter or blur, so one change is one undo step. */
import { useId } from 'react';

export function TextField({ label, value, onCommit, list }: { label: string; value: string; onCommit: (v: string) => void; list?: string }) {
  const id = useId();
  return (
    <div className="aw-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        key={value}
        defaultValue={value}
        list={list}
        onBlur={(e) => e.currentTarget.value !== value && onCommit(e.currentTarget.value)}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
    </div>
  );
}

export function NumberField({ label, value, onCommit, min, step, unit, nullable }: { label: string; value: number | null | undefined; onCommit: (v: number | null) => void; min?: number; step?: number; unit?: string; nullable?: boolean }) {
  const id = useId();
  const shown = value === null || value === undefined ? '' : String(value);
  return (
    <div className="aw-field">
      <label htmlFor={id}>
        {label}
        {unit ? <span className="aw-unit"> ({unit})</span> : null}
      </label>
      <input
        id={id}
        key={shown}
        type="number"
        defaultValue={shown}
        min={min}
        step={step ?? 'any'}
        placeholder={nullable ? 'unbounded' : undefined}
        onBlur={(e) => {
          const raw = e.currentTarget.value.trim();
          if (raw === shown) return;
          if (raw === '' && nullable) return onCommit(null);
          const v = Number(raw);
          if (Number.isFinite(v) && (min === undefined || v >= min)) onCommit(v);
          else e.currentTarget.value = shown;
        }}
        onKeyDown={(e) => e.key === 'Enter' && e.currentTarget.blur()}
      />
    </div>
  );
}

export function SelectField<T extends string>({ label, value, options, onCommit }: { label: string; value: T; options: readonly T[]; onCommit: (v: T) => void }) {
  const id = useId();
  return (
    <div className="aw-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onCommit(e.currentTarget.value as T)}>
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </div>
  );
}
