/**
 * Removes what could change mermaid's configuration before the text reaches the parser
 * (SAFETY.md: `%%{init}%%` directives and front matter cannot loosen `securityLevel`;
 * mermaid issue 847). Only a front-matter `title:` is kept, as the design's title.
 */

const FRONT_MATTER = /^\uFEFF?\s*---[ \t]*\r?\n([\s\S]*?)\r?\n[ \t]*---[ \t]*(?:\r?\n|$)/;
// A directive runs to its closing `}%%`, possibly over several lines; an unclosed one to the end.
const DIRECTIVE = /%%\{[\s\S]*?(?:\}%%|$)/g;

export function stripConfiguration(text: string): { text: string; title?: string; stripped: boolean } {
  let out = text;
  let title: string | undefined;
  const fm = FRONT_MATTER.exec(out);
  if (fm) {
    const t = /^title:[ \t]*(.*)$/m.exec(fm[1]!);
    if (t) title = t[1]!.trim().replace(/^(["'])(.*)\1$/, '$2');
    out = out.slice(fm[0].length);
  }
  const before = out.length;
  out = out.replace(DIRECTIVE, '');
  return { text: out, ...(title ? { title } : {}), stripped: !!fm || out.length !== before };
}
