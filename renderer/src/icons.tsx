/** Kind icons: the catalog names a lucide icon; this is the one place that maps names to components. */
import {
  Activity, Archive, Bell, BookMarked, Box, BrainCircuit, Clock, Cloud, Cpu, Database, DoorOpen, Dumbbell, Factory,
  Gauge, Group, Layers, LayoutPanelTop, ListOrdered, Monitor, Network, Package, Radio, Rows3, Server, Shapes,
  StickyNote, Table, Warehouse, Waves, Zap, type LucideIcon,
} from 'lucide-react';
import type { IconName } from '../../shared/catalog/kinds';

export const ICONS: Record<IconName, LucideIcon> = {
  Activity, Archive, Bell, BookMarked, Box, BrainCircuit, Clock, Cloud, Cpu, Database, DoorOpen, Dumbbell, Factory,
  Gauge, Group, Layers, LayoutPanelTop, ListOrdered, Monitor, Network, Package, Radio, Rows3, Server, Shapes,
  StickyNote, Table, Warehouse, Waves, Zap,
};
