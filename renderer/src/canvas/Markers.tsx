/** Arrow heads shared by every edge: filled for push, open for pull. */
export function Markers() {
  return (
    <svg className="aw-markers" aria-hidden width="0" height="0">
      <defs>
        <marker id="aw-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" className="aw-marker-fill" />
        </marker>
        <marker id="aw-arrow-open" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="13" markerHeight="13" orient="auto-start-reverse">
          <path d="M1,1 L9,5 L1,9" className="aw-marker-open" fill="none" />
        </marker>
      </defs>
    </svg>
  );
}
