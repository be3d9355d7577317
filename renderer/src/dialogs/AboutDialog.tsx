import { COMMAND_CATALOG, displayAccelerator } from '../../../shared/commands/catalog';
import { Dialog } from './Dialog';

export function AboutDialog({ mac }: { mac: boolean }) {
  return (
    <Dialog title="Keyboard shortcuts">
      <p>Archway draws and checks machine-learning system architectures.</p>
      <table className="aw-table">
        <tbody>
          {COMMAND_CATALOG.filter((c) => c.accelerator).map((c) => (
            <tr key={c.id}>
              <td>{c.label}</td>
              <td>
                <kbd>{displayAccelerator(c.accelerator!, mac)}</kbd>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
