/**
 * The dialogs a command can open (`useUi.getState().openDialog(id)`). Add a dialog: write
 * its component on top of Dialog.tsx and list it here.
 */
import type { ComponentType } from 'react';
import { RecoveryDialog } from '../recovery/RecoveryDialog';
import { ImportMermaidDialog } from '../io/ImportMermaidDialog';
import { TemplateGalleryDialog } from '../io/TemplateGalleryDialog';
import { TidyLayoutDialog } from '../io/TidyLayoutDialog';
import { ImageExportDialog } from '../export/ImageExportDialog';
import { SkeletonExportDialog } from '../export/SkeletonExportDialog';
import { AboutDialog } from './AboutDialog';

export interface DialogProps {
  mac: boolean;
}

export const DIALOGS: Record<string, ComponentType<DialogProps>> = {
  shortcuts: AboutDialog,
  exportImage: ImageExportDialog,
  exportSkeleton: SkeletonExportDialog,
  importMermaid: ImportMermaidDialog,
  templates: TemplateGalleryDialog,
  tidyLayout: TidyLayoutDialog,
  recovery: RecoveryDialog,
};
