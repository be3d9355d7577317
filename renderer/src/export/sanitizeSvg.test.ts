// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeSvg } from './sanitizeSvg';

const SVG = 'http://www.w3.org/2000/svg';
const XHTML = 'http://www.w3.org/1999/xhtml';
const wrap = (inner: string) =>
  `<svg xmlns="${SVG}" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><foreignObject width="100%" height="100%"><div xmlns="${XHTML}">${inner}</div></foreignObject></svg>`;

/** Every attribute name in the document, and every element name. */
function inventory(svg: string): { attrs: string[]; elements: string[]; text: string } {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const all = [...doc.getElementsByTagName('*')];
  return { attrs: all.flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`)), elements: all.map((el) => el.localName), text: doc.documentElement.textContent ?? '' };
}

describe('sanitizeSvg', () => {
  it('removes script elements in the SVG and in the XHTML of a foreignObject', () => {
    const input = `<svg xmlns="${SVG}"><script>alert(1)</script><foreignObject><div xmlns="${XHTML}"><script>alert(2)</script><span>ok</span></div></foreignObject></svg>`;
    const out = sanitizeSvg(input);
    const inv = inventory(out.svg);
    expect(inv.elements).not.toContain('script');
    expect(inv.text).toBe('ok');
    expect(out.removed).toEqual(['script', 'script']);
  });

  it('removes every on* attribute, whatever its case, and keeps the others', () => {
    const out = sanitizeSvg(wrap(`<img src="x" onerror="alert(1)" ONLOAD="alert(2)" class="a"/><svg xmlns="${SVG}" onload="x()"><rect width="1" height="1" onClick="y()"/></svg>`));
    const inv = inventory(out.svg);
    expect(inv.attrs.filter((a) => /^on/i.test(a))).toEqual([]);
    expect(inv.attrs).toContain('class=a');
    expect(inv.attrs).toContain('width=1');
  });

  it('removes javascript: links however they are spelled', () => {
    const hostile = [
      '<a href="javascript:alert(1)">a</a>',
      '<a href=" JaVaScRiPt:alert(1)">b</a>',
      '<a href="jav&#x09;ascript:alert(1)">c</a>',
      '<a href="&#106;avascript:alert(1)">d</a>',
      `<svg xmlns="${SVG}" xmlns:xlink="http://www.w3.org/1999/xlink"><a xlink:href="javascript:alert(1)"><text>e</text></a></svg>`,
      '<iframe src="javascript:alert(1)"></iframe>',
      '<a href="data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;">f</a>',
      `<svg xmlns="${SVG}"><a href="#x"><set attributeName="href" to="javascript:alert(1)"/><text>g</text></a></svg>`,
      '<div style="background:url(javascript:alert(1))">h</div>',
    ];
    const out = sanitizeSvg(wrap(hostile.join('')));
    expect(out.svg.toLowerCase()).not.toContain('javascript:');
    expect(out.svg).not.toContain('data:text/html');
    const inv = inventory(out.svg);
    expect(inv.text).toBe('abcdefgh');
    // Only the harmless fragment link is left of all the link-like attributes.
    expect(inv.attrs.filter((a) => /^(href|xlink:href|src|to|style|attributeName)=/.test(a))).toEqual(['href=#x']);
  });

  it('keeps a hostile label as text: the words survive, no attribute is made of them', () => {
    const label = '<img src=x onerror=alert(1)>';
    const escaped = label.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
    const out = sanitizeSvg(wrap(`<span class="aw-node-label">${escaped}</span>`));
    expect(out.removed).toEqual([]);
    const inv = inventory(out.svg);
    expect(inv.text).toBe(label);
    expect(inv.elements).not.toContain('img');
    expect(inv.attrs.some((a) => a.startsWith('onerror'))).toBe(false);
  });

  it('leaves a clean drawing as it was (safe links, markers, styles)', () => {
    const clean = `<svg xmlns="${SVG}" width="10" height="10"><defs><marker id="m"><path d="M0,0 L1,1"/></marker></defs><a href="https://example.org/"><path d="M0,0" marker-end="url(#m)" style="stroke: rgb(1, 2, 3)"/></a></svg>`;
    const out = sanitizeSvg(clean);
    expect(out.removed).toEqual([]);
    expect(inventory(out.svg).attrs).toEqual(inventory(clean).attrs);
  });

  it('refuses what does not parse instead of passing it through', () => {
    expect(() => sanitizeSvg('<svg><script>alert(1)</svg')).toThrow(/not well-formed/);
    expect(() => sanitizeSvg('<html xmlns="http://www.w3.org/1999/xhtml"></html>')).toThrow(/not well-formed/);
  });
});
