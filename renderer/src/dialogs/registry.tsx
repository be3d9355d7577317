/**
 * The dialogs a command can open (`useUi.getState().openDialog(id)`). Add a dialog: write
 * its component on top of Dialog.tsx and list it here.
 */
import type { ComponentType } from 'react';
import { RecoveryDialog } from '../recovery/RecoveryDialog';
import { AboutDialog } from './AboutDialog';

export interface DialogProps {
  mac: boolean;
}

export const DIALOGS: Record<string, ComponentType<DialogProps>> = {
  shortcuts: AboutDialog,
  recovery: RecoveryDialog,
};
