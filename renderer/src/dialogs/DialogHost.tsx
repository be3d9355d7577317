import type { CommandId } from '../../../shared/commands/catalog';
import { useUi } from '../state/uiStore';
import { DIALOGS } from './registry';

export function DialogHost({ mac, run }: { mac: boolean; run: (id: CommandId) => void }) {
  const id = useUi((s) => s.dialog);
  const View = id ? DIALOGS[id] : undefined;
  return View ? <View mac={mac} run={run} /> : null;
}
