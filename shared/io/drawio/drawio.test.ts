import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { design } from '../../testing/builder';
import { exportDrawio } from './export';
import { importDrawio, spreadFactor } from './import';
import { htmlToText } from './text';

const sample = () =>
  design()
    .title('Shop & "ML" <platform>')
    .node('ui', 'client', { label: 'Web UI', at: { x: 40, y: 20 } })
    .layer('app', 1, { label: 'Application Layer', at: { x: 0, y: 120 } })
    .node('gw', 'api-gateway', { label: 'Gateway', parent: 'app', at: { x: 20, y: 50 } })
    .node('ms', 'microservice', { label: 'Orders <v2>\nservice', parent: 'app', at: { x: 260, y: 50 }, props: { replicas: 3, serviceTimeMs: 12 } })
    .node('k', 'event-broker', { label: 'Kafka', at: { x: 700, y: 20 } })
    .node('db', 'database', { label: 'Orders DB', at: { x: 700, y: 300 } })
    .node('n', 'note', { label: 'Ask the team', at: { x: 40, y: 500 } })
    .edge('ui', 'gw', 'request-response', { label: 'place order' })
    .edge('gw', 'ms')
    .edge('ms', 'k', 'event-stream', { label: 'order events', props: { latencyMs: 5 } })
    .edge('ms', 'db', 'batch-load')
    .build();

/** A page's model compressed the way draw.io does: base64 of raw deflate of the URI-encoded XML. */
function compress(xml: string): string {
  const bytes = deflateSync(strToU8(encodeURIComponent(xml), true));
  return btoa(String.fromCharCode(...bytes));
}

const model = (cells: string) => `<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>${cells}</root></mxGraphModel>`;
const vertex = (id: string, value: string, style: string, x = 0, y = 0, parent = '1', w = 120, h = 60) =>
  `<mxCell id="${id}" value="${value}" style="${style}" vertex="1" parent="${parent}"><mxGeometry x="${x}" y="${y}" width="${w}" height="${h}" as="geometry"/></mxCell>`;
const edgeCell = (id: string, s: string, t: string, style = '', value = '') => `<mxCell id="${id}" value="${value}" style="${style}" edge="1" parent="1" source="${s}" target="${t}"><mxGeometry relative="1" as="geometry"/></mxCell>`;

function imported(text: string, opts = {}) {
  const r = importDrawio(text, opts);
  if (!r.ok) throw new Error(r.error);
  return r;
}

describe('draw.io export and re-import', () => {
  it('gives back the same design: kinds, parents, positions, sizes, labels, edges, properties', () => {
    const d = sample();
    const text = exportDrawio(d).text;
    expect(text).toMatch(/^<mxfile host="Archway"[^>]*>\n {2}<diagram[^>]*name="Shop &amp; &quot;ML&quot; &lt;platform&gt;"/);
    expect(text).toContain('<mxGraphModel');
    const back = imported(text).design;
    expect(back.metadata.title).toBe(d.metadata.title);
    const pick = (n: (typeof d.nodes)[number]) => ({ id: n.id, kind: n.kind, label: n.label, parent: n.parent, position: n.position, size: n.size, technology: n.technology, properties: n.properties });
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    expect(back.nodes.map(pick).sort(byId)).toEqual(d.nodes.map(pick).sort(byId));
    const pickE = (e: (typeof d.edges)[number]) => ({ ...e });
    expect(back.edges.map(pickE)).toEqual(d.edges.map(pickE));
  });

  it('draws async edges dashed, batch edges thick, containers as swimlanes, stores as cylinders', () => {
    const text = exportDrawio(sample()).text;
    const styleOf = (id: string) => new RegExp(`id="${id}"[^>]*>\\s*<mxCell style="([^"]*)"`).exec(text)![1]!;
    expect(styleOf('e3')).toContain('dashed=1');
    expect(styleOf('e1')).not.toContain('dashed=1');
    expect(styleOf('e4')).toContain('strokeWidth=3');
    expect(styleOf('app')).toMatch(/^swimlane;/);
    expect(styleOf('db')).toContain('shape=cylinder3');
    // Children sit in their swimlane.
    expect(text).toMatch(/id="gw"[^>]*>\s*<mxCell[^>]*parent="app"/);
  });

  it('keeps the design when a foreign tool re-saves the page compressed', () => {
    const text = exportDrawio(sample()).text;
    const inner = /<mxGraphModel[\s\S]*<\/mxGraphModel>/.exec(text)![0];
    const packed = `<mxfile><diagram id="a" name="Page-1">${compress(inner)}</diagram></mxfile>`;
    const kinds = (nodes: { id: string; kind: string }[]) => Object.fromEntries(nodes.map((n) => [n.id, n.kind]));
    expect(kinds(imported(packed).design.nodes)).toEqual(kinds(sample().nodes));
  });
});

describe('draw.io import', () => {
  it('maps basic, AWS, Azure, GCP and Kubernetes shapes to kinds', () => {
    const cells = [
      vertex('a', 'Orders', 'shape=cylinder3;whiteSpace=wrap;'),
      vertex('b', 'Events', 'shape=cylinder3;'),
      vertex('c', 'Kafka', 'shape=cylinder3;'),
      vertex('d', 'RDS', 'sketch=0;outlineConnect=0;shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.rds;'),
      vertex('e', 'Fn', 'shape=mxgraph.aws4.lambda_function;'),
      vertex('f', 'Queue', 'shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sqs;'),
      vertex('g', 'Cosmos', 'image;aspect=fixed;image=img/lib/azure2/databases/Azure_Cosmos_DB.svg;'),
      vertex('h', 'Warehouse', 'shape=mxgraph.gcp2.bigquery;'),
      vertex('i', 'web', 'shape=mxgraph.kubernetes.icon;prIcon=pod;'),
      vertex('j', 'Ingress', 'shape=mxgraph.kubernetes.icon;prIcon=ing;'),
      vertex('k', 'Model', 'shape=mxgraph.aws4.resourceIcon;resIcon=mxgraph.aws4.sagemaker;'),
      vertex('l', 'Customer', 'shape=umlActor;'),
      vertex('m', 'Thing', 'rounded=1;'),
    ].join('');
    const d = imported(`<mxfile><diagram name="P">${model(cells)}</diagram></mxfile>`).design;
    const kinds = Object.fromEntries(d.nodes.map((n) => [n.id, n.kind]));
    expect(kinds).toEqual({
      a: 'database',
      b: 'database',
      c: 'event-broker', // a label word beats a basic shape
      d: 'database',
      e: 'microservice',
      f: 'message-queue',
      g: 'database',
      h: 'data-warehouse',
      i: 'microservice',
      j: 'api-gateway',
      k: 'model-server',
      l: 'client',
      m: 'component',
    });
    expect(d.nodes.find((n) => n.id === 'k')!.technology).toBe('SageMaker');
  });

  it('turns swimlanes, groups and cloud groups into containers with relative positions', () => {
    const cells = [
      vertex('r', 'eu-west-1', 'shape=mxgraph.aws4.group;grIcon=mxgraph.aws4.group_region;', 100, 100, '1', 600, 400),
      vertex('lane', 'Data Layer', 'swimlane;startSize=30;', 20, 40, 'r', 400, 300),
      vertex('db', 'Orders DB', 'shape=cylinder3;', 60, 80, 'lane', 180, 64),
      vertex('grp', '', 'group;', 800, 100, '1', 300, 200),
      vertex('s', 'Worker', 'rounded=1;', 10, 10, 'grp', 180, 64),
      vertex('s2', 'Worker 2', 'rounded=1;', 10, 100, 'grp', 180, 64),
      edgeCell('e1', 's', 'db', 'dashed=1;', 'writes'),
      edgeCell('e2', 's', 'r'),
    ].join('');
    const r = imported(model(cells));
    const byId = Object.fromEntries(r.design.nodes.map((n) => [n.id, n]));
    expect(byId.r).toMatchObject({ kind: 'cluster', position: { x: 100, y: 100 }, size: { width: 600, height: 400 } });
    expect(byId.lane).toMatchObject({ kind: 'layer', parent: 'r', position: { x: 20, y: 40 } });
    expect(byId.db).toMatchObject({ kind: 'database', parent: 'lane', position: { x: 60, y: 80 } });
    expect(byId.grp).toMatchObject({ kind: 'group' });
    expect(byId.s).toMatchObject({ parent: 'grp', position: { x: 10, y: 10 } });
    expect(r.design.edges).toHaveLength(1);
    expect(r.design.edges[0]).toMatchObject({ source: 's', target: 'db', timing: 'async', label: 'writes' });
    expect(r.warnings.join(' ')).toMatch(/1 edge touching a container/);
  });

  it('keeps the centre of icons drawn smaller than an Archway component', () => {
    const d = imported(model(vertex('x', 'S3', 'shape=mxgraph.aws4.s3;', 100, 100, '1', 78, 78))).design;
    expect(d.nodes[0]!.position).toEqual({ x: 100 + 39 - 90, y: 100 + 39 - 32 });
  });

  it('spreads a foreign drawing whose icons sit closer than Archway components are wide', () => {
    expect(spreadFactor([{ x: 0, y: 0 }, { x: 120, y: 0 }])).toBeCloseTo(204 / 120, 2);
    expect(spreadFactor([{ x: 0, y: 0 }, { x: 0, y: 200 }])).toBe(1);
    const cells = [vertex('a', 'EC2 a', 'shape=mxgraph.aws4.ec2;', 0, 0, '1', 78, 78), vertex('b', 'EC2 b', 'shape=mxgraph.aws4.ec2;', 120, 0, '1', 78, 78)];
    const [a, b] = imported(model(cells.join(''))).design.nodes;
    expect(b!.position.x - a!.position.x).toBeGreaterThanOrEqual(180 + 24 - 0.01);
  });

  it('reads HTML labels as text only', () => {
    expect(htmlToText('<b>Orders</b><br>DB&nbsp;&amp; <i>cache</i><script>alert(1)</script><img src=x onerror=alert(2)>')).toBe('Orders\nDB & cache');
    const value = '&lt;div&gt;&lt;b&gt;Feature&lt;/b&gt; store&lt;/div&gt;&lt;div&gt;(online)&lt;/div&gt;';
    const d = imported(model(vertex('f', value, 'rounded=1;html=1;'))).design;
    expect(d.nodes[0]).toMatchObject({ label: 'Feature store\n(online)', kind: 'feature-store' });
    // Without html=1 the text is taken as typed.
    expect(imported(model(vertex('p', 'a &lt;b&gt; c', 'rounded=1;'))).design.nodes[0]!.label).toBe('a <b> c');
  });

  it('follows edge labels drawn as child cells and arrows drawn at the start', () => {
    const cells = [
      vertex('a', 'A', 'rounded=1;'),
      vertex('b', 'B', 'rounded=1;', 300),
      edgeCell('e', 'a', 'b', 'endArrow=none;startArrow=classic;'),
      `<mxCell id="lbl" value="gRPC call" style="edgeLabel;html=1;" vertex="1" connectable="0" parent="e"><mxGeometry x="-0.2" relative="1" as="geometry"/></mxCell>`,
    ].join('');
    const d = imported(model(cells)).design;
    expect(d.nodes.map((n) => n.id)).toEqual(['a', 'b']);
    expect(d.edges[0]).toMatchObject({ source: 'b', target: 'a', label: 'gRPC call', protocol: 'gRPC', timing: 'sync' });
  });

  it('chooses a page by name or number, or imports all pages as groups', () => {
    const file = `<mxfile><diagram id="1" name="Overview">${model(vertex('a', 'Web UI', 'rounded=1;'))}</diagram><diagram id="2" name="Data">${compress(model(vertex('b', 'Orders DB', 'shape=cylinder3;') + vertex('c', 'Warehouse', 'rounded=1;', 300)))}</diagram></mxfile>`;
    const first = imported(file);
    expect(first.pages).toEqual(['Overview', 'Data']);
    expect(first.design.nodes.map((n) => n.label)).toEqual(['Web UI']);
    expect(first.warnings.join(' ')).toMatch(/2 pages; imported the first, "Overview"/);
    expect(imported(file, { page: 'Data' }).design.nodes.map((n) => n.kind)).toEqual(['database', 'data-warehouse']);
    expect(imported(file, { page: '2' }).design.metadata.title).toBe('Data');
    const all = imported(file, { allPages: true }).design;
    expect(all.nodes.filter((n) => n.kind === 'group').map((n) => n.label)).toEqual(['Overview', 'Data']);
    expect(all.nodes.filter((n) => n.kind !== 'group').every((n) => n.parent === 'page1' || n.parent === 'page2')).toBe(true);
    const missing = importDrawio(file, { page: 'Nope' });
    expect(missing).toEqual({ ok: false, error: expect.stringMatching(/No page "Nope"; the file has 1: "Overview", 2: "Data"/) });
  });

  it('reads an editable .drawio.svg from its content attribute', () => {
    const mxfile = `<mxfile><diagram name="P">${compress(model(vertex('a', 'Redis cache', 'rounded=1;')))}</diagram></mxfile>`;
    const escaped = mxfile.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    const svg = `<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" content="${escaped}"><g/></svg>`;
    expect(imported(svg).design.nodes[0]).toMatchObject({ label: 'Redis cache', kind: 'database' });
    expect(importDrawio('<svg xmlns="http://www.w3.org/2000/svg"><g/></svg>')).toEqual({ ok: false, error: expect.stringMatching(/no draw.io diagram/) });
  });
});

describe('hostile or broken input', () => {
  it('refuses entity declarations (billion laughs) before parsing', () => {
    const lol = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><mxfile><diagram name="&lol2;"></diagram></mxfile>`;
    const r = importDrawio(lol);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/declares a DOCTYPE or entities/) });
    const external = `<!DOCTYPE x SYSTEM "file:///etc/passwd" [<!ENTITY e SYSTEM "file:///etc/passwd">]><mxGraphModel/>`;
    expect(importDrawio(external).ok).toBe(false);
  });

  it('refuses a 50 MB file quickly, by its size', () => {
    const big = `<mxfile>${' '.repeat(50 * 1024 * 1024)}</mxfile>`;
    const t0 = performance.now();
    expect(importDrawio(big)).toEqual({ ok: false, error: expect.stringMatching(/50\.0 MB; Archway imports draw.io files up to 16 MB/) });
    expect(performance.now() - t0).toBeLessThan(500);
  });

  it('stops a deflate bomb', () => {
    const bomb = btoa(String.fromCharCode(...deflateSync(new Uint8Array(20 * 1024 * 1024).fill(65), { level: 1 })));
    const r = importDrawio(`<mxfile><diagram name="bomb">${bomb}</diagram></mxfile>`);
    expect(r).toEqual({ ok: false, error: expect.stringMatching(/expands beyond 16 MB/) });
  }, 30_000);

  it('explains malformed XML, foreign XML and bad compression', () => {
    expect(importDrawio('<mxfile><diagram>')).toEqual({ ok: false, error: expect.stringMatching(/not well-formed XML \(line 1/) });
    expect(importDrawio('<html><body/></html>')).toEqual({ ok: false, error: expect.stringMatching(/not a draw.io diagram/) });
    expect(importDrawio('<mxfile><diagram name="x">@@not base64@@</diagram></mxfile>')).toEqual({ ok: false, error: expect.stringMatching(/not valid base64/) });
    expect(importDrawio('<mxfile><diagram name="x">AAAA</diagram></mxfile>').ok).toBe(false);
    expect(importDrawio('<mxfile></mxfile>')).toEqual({ ok: false, error: expect.stringMatching(/no pages/) });
  });
});
