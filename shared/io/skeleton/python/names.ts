/** Python names for the plan's camelCase operation names. */
export const py = (op: string): string => op.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase();
