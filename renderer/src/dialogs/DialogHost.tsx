import { useUi } from '../state/uiStore';
import { DIALOGS } from './registry';

export function DialogHost({ mac }: { mac: boolean }) {
  const id = useUi((s) => s.dialog);
  const View = id ? DIALOGS[id] : undefined;
  return View ? <View mac={mac} /> : null;
}
