/** Export of the run: component, latency and time-series tables as CSV, the whole result as JSON. */
import { resultToCsv } from '../../../shared/sim/index';
import { useDesign, useDesignStore } from '../state/StoreContext';
import { usePlatform } from '../platform/PlatformContext';
import { fileStem, saveExport } from './download';
import { useSim } from './simStore';

export function RunExports() {
  const result = useSim((s) => s.result);
  const platform = usePlatform();
  const store = useDesignStore();
  const save = (data: string, name: string, type: string) => saveExport(platform, store, data, name, type);
  const name = useDesign((s) => s.file?.name ?? s.design.metadata.title);
  const stem = `${fileStem(name)}-simulation`;
  const csv = (table: 'nodes' | 'latency' | 'series') => result && save(resultToCsv(result, table), `${stem}-${table}.csv`, 'text/csv');
  return (
    <div className="aw-sim-exports" role="group" aria-label="Export results">
      <span className="aw-muted">Export</span>
      <button type="button" disabled={!result} onClick={() => csv('nodes')}>
        Components CSV
      </button>
      <button type="button" disabled={!result} onClick={() => csv('latency')}>
        Latency CSV
      </button>
      <button type="button" disabled={!result} onClick={() => csv('series')}>
        Series CSV
      </button>
      <button type="button" disabled={!result} onClick={() => result && save(`${JSON.stringify(result, null, 2)}\n`, `${stem}.json`, 'application/json')}>
        JSON
      </button>
    </div>
  );
}
