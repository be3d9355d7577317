/**
 * Light and dark themes: follow the system by default, or a choice the user made (kept in
 * localStorage). The effective theme sets `data-theme` on <html>; CSS variables do the rest,
 * and the canvas, panels and image exports read the same variables.
 */
import { create } from 'zustand';

export type ThemeChoice = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

const KEY = 'archway.theme';
const media = () => window.matchMedia('(prefers-color-scheme: dark)');

function effective(choice: ThemeChoice): Theme {
  return choice === 'system' ? (media().matches ? 'dark' : 'light') : choice;
}

function stored(): ThemeChoice {
  const v = localStorage.getItem(KEY);
  return v === 'light' || v === 'dark' ? v : 'system';
}

interface ThemeState {
  choice: ThemeChoice;
  theme: Theme;
  choose(choice: ThemeChoice): void;
}

export const useTheme = create<ThemeState>()((set) => ({
  choice: stored(),
  theme: effective(stored()),
  choose(choice) {
    if (choice === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, choice);
    set({ choice, theme: effective(choice) });
  },
}));

/** Applies the theme to the page and follows system changes. Call once at start. */
export function installTheme(): () => void {
  const apply = () => {
    document.documentElement.dataset.theme = useTheme.getState().theme;
  };
  apply();
  const unsubscribe = useTheme.subscribe(apply);
  const onSystem = () => {
    const { choice } = useTheme.getState();
    if (choice === 'system') useTheme.setState({ theme: effective('system') });
  };
  media().addEventListener('change', onSystem);
  return () => {
    unsubscribe();
    media().removeEventListener('change', onSystem);
  };
}
