/**
 * The dialogs a command can open (`useUi.getState().openDialog(id)`). Add a dialog: write
 * its component on top of Dialog.tsx and list it here.
 */
import type { ComponentType } from 'react';
import type { DialogProps } from './types';
import { RecoveryDialog } from '../recovery/RecoveryDialog';
import { ImportMermaidDialog } from '../io/ImportMermaidDialog';
import { TemplateGalleryDialog } from '../io/TemplateGalleryDialog';
import { TidyLayoutDialog } from '../io/TidyLayoutDialog';
import { ImageExportDialog } from '../export/ImageExportDialog';
import { SkeletonExportDialog } from '../export/SkeletonExportDialog';
import { AboutDialog } from './AboutDialog';
import { CommandPalette } from './CommandPalette';
import { RecentDialog } from './RecentDialog';
import { SearchDialog } from './SearchDialog';

export type { DialogProps } from './types';

export const DIALOGS: Record<string, ComponentType<DialogProps>> = {
  shortcuts: AboutDialog,
  commandPalette: CommandPalette,
  search: SearchDialog,
  recent: RecentDialog,
  exportImage: ImageExportDialog,
  exportSkeleton: SkeletonExportDialog,
  importMermaid: ImportMermaidDialog,
  templates: TemplateGalleryDialog,
  tidyLayout: TidyLayoutDialog,
  recovery: RecoveryDialog,
};
