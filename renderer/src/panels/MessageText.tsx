/**
 * A message whose first line is a sentence and whose further lines, if any, are a verbatim
 * excerpt (a parser's error with its `^` pointer), kept in a fixed-width font so the pointer
 * lines up. Always text, never HTML.
 */
export function MessageText({ text }: { text: string }) {
  const [head, ...rest] = text.split('\n');
  return (
    <>
      <span>{head}</span>
      {rest.length > 0 && <pre className="aw-message-detail">{rest.join('\n')}</pre>}
    </>
  );
}
