import { X } from 'lucide-react';
import { useDesign } from '../state/StoreContext';
import { MessageText } from './MessageText';

/** Errors and confirmations, as text (file names and messages are never HTML). */
export function NoticeBar() {
  const notice = useDesign((s) => s.notice);
  const setNotice = useDesign((s) => s.setNotice);
  if (!notice) return null;
  return (
    <div className={`aw-notice ${notice.kind}`} role={notice.kind === 'error' ? 'alert' : 'status'}>
      <div>
        <MessageText text={notice.text} />
      </div>
      <button type="button" aria-label="Dismiss" onClick={() => setNotice(null)}>
        <X size={14} aria-hidden />
      </button>
    </div>
  );
}
