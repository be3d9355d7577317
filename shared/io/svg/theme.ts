/** Colours of the SVG export, light and dark; kinds take their pattern group's accent. */
import type { PatternGroup } from '../../catalog/kinds';

export interface SvgTheme {
  background: string;
  text: string;
  muted: string;
  nodeFill: string;
  nodeStroke: string;
  containerFill: string;
  containerStroke: string;
  edge: string;
  badgeFill: string;
  badgeText: string;
  noteFill: string;
  noteStroke: string;
  accent: Record<PatternGroup, string>;
}

const ACCENT: Record<PatternGroup, string> = {
  layered: '#2563eb',
  soa: '#7c3aed',
  microservices: '#0891b2',
  'event-driven': '#ea580c',
  'data-ml': '#16a34a',
  lambda: '#db2777',
  notes: '#ca8a04',
};

export const THEMES: Record<'light' | 'dark', SvgTheme> = {
  light: {
    background: '#ffffff',
    text: '#1f2937',
    muted: '#6b7280',
    nodeFill: '#ffffff',
    nodeStroke: '#94a3b8',
    containerFill: '#f1f5f9',
    containerStroke: '#cbd5e1',
    edge: '#475569',
    badgeFill: '#eef2ff',
    badgeText: '#3730a3',
    noteFill: '#fef3c7',
    noteStroke: '#f59e0b',
    accent: ACCENT,
  },
  dark: {
    background: '#0f172a',
    text: '#e2e8f0',
    muted: '#94a3b8',
    nodeFill: '#1e293b',
    nodeStroke: '#475569',
    containerFill: '#172033',
    containerStroke: '#334155',
    edge: '#94a3b8',
    badgeFill: '#312e81',
    badgeText: '#c7d2fe',
    noteFill: '#422006',
    noteStroke: '#d97706',
    accent: ACCENT,
  },
};
