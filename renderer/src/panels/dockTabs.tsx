/**
 * The tabs of the dock under the canvas. Add a panel: one entry here. `label` may be a
 * component so it can show live counts.
 */
import type { ComponentType } from 'react';
import { useDesign } from '../state/StoreContext';
import { ProblemsPanel } from './ProblemsPanel';
import { SimulationLabel, SimulationPanel } from '../sim/SimulationPanel';

export interface DockTab {
  id: string;
  Label: ComponentType;
  Body: ComponentType;
}

function ProblemsLabel() {
  const counts = useDesign((s) => s.check.counts);
  return <>Problems ({counts.error + counts.warning + counts.info})</>;
}

export const DOCK_TABS: DockTab[] = [{ id: 'problems', Label: ProblemsLabel, Body: ProblemsPanel }, { id: 'simulation', Label: SimulationLabel, Body: SimulationPanel }];
