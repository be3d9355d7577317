/**
 * The layer rule (DESIGN §1), run by `npm test` (`npm run layers`). An allow-list in the style
 * of VS Code's code-layering: each layer names the packages it may import, and the engine's
 * folders have ranks, so a new dependency is a decision written here, not an accident.
 * `scripts/layering.test.ts` proves, with a fixture of forbidden imports, that every rule still fires.
 *
 * House: renderer → shared ← electron; inside shared: model | catalog < graph < rules | sim | layout
 * < routing < io | ipc | collab < node.
 */

/** npm packages each layer may import (type-only imports count: they still couple the code). */
const PACKAGES = {
  // The engine runs in Node, the renderer and Workers: small pure libraries only.
  engine: ['zod', 'd3-array', 'fast-xml-parser', 'fflate', 'yjs', 'jstat'],
  // Node-only engine code (CLI, mermaid over jsdom, file writing, the collaboration server).
  node: ['mermaid', 'jsdom', 'elkjs', 'libavoid-js', 'write-file-atomic', 'esbuild', '@hocuspocus/server', '@hocuspocus/extension-redis', 'y-protocols', 'lib0', 'qrcode', 'tinyglobby'],
  renderer: ['react', 'react-dom', '@xyflow/react', 'zustand', 'zundo', 'lucide-react', 'elkjs', 'mermaid', 'uplot', 'jszip', 'libavoid-js', '@hocuspocus/provider', 'y-protocols', 'qrcode'],
  electron: ['electron', 'write-file-atomic', '@hocuspocus/server', '@hocuspocus/extension-redis', 'y-protocols', 'qrcode'],
};

/**
 * Engine folders by rank: a folder may import any
 * lower rank, never a higher one or a sibling (the base rank excepted). `testing` (test builders) is open to tests only.
 */
const RANKS = [['model', 'catalog', 'commands'], ['graph'], ['estimate'], ['rules', 'sim', 'layout'], ['routing'], ['io', 'ipc', 'collab'], ['node']];

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
const packages = (names) => `node_modules/(${names.map(escape).join('|')})/`;
// Tests and the code only tests and benchmarks use (builders, random edit sequences, the bench page).
const TESTS = '\\.test\\.tsx?$|(^|/)test-helpers\\.ts$|(^|/)testing/|/random-edits\\.ts$|^renderer/src/bench/';

/** One rule per rank: a folder must not import a folder of a higher rank or an unlisted one of its own. */
function rankRules() {
  const rules = [];
  // The top rank may import everything below it: it needs no rule.
  RANKS.slice(0, -1).forEach((group, rank) => {
    const below = RANKS.slice(0, rank).flat();
    for (const folder of group) {
      // The base rank (model, catalog, commands) is one unit; elsewhere folders of a rank are siblings.
      const allowed = [...new Set([folder, ...(rank === 0 ? group : []), ...below])];
      const higher = RANKS.slice(rank + 1).flat();
      const siblings = group.filter((f) => f !== folder);
      rules.push({
        name: `engine-rank-${folder}`,
        comment:
          `shared/${folder}/ may import only ${allowed.map((f) => `shared/${f}/`).join(', ')}` +
          (higher.length ? `; ${higher.map((f) => `shared/${f}/`).join(', ')} rank above it` : '') +
          (siblings.length && rank > 0 ? `, and ${siblings.map((f) => `shared/${f}/`).join(', ')} are its siblings` : '') +
          `. Move what both need down (model, catalog, graph) or pass it in from the caller.`,
        severity: 'error',
        from: { path: `^shared/${folder}/`, pathNot: TESTS },
        to: { path: '^shared/', pathNot: `^shared/(${allowed.join('|')})/` },
      });
    }
  });
  return rules;
}

module.exports = {
  forbidden: [
    {
      name: 'engine-packages',
      comment: `shared/ (outside shared/node/) runs in Node, the renderer and Workers alike; it may import only ${PACKAGES.engine.join(', ')}. Move code that needs another package into shared/node/, renderer/ or electron/, or pass the capability in from the host (as layout takes ELK and routing takes libavoid).`,
      severity: 'error',
      from: { path: '^shared/', pathNot: `^shared/node/|${TESTS}` },
      to: { path: 'node_modules/', pathNot: packages(PACKAGES.engine) },
    },
    {
      name: 'engine-no-node-builtins',
      comment: 'shared/ (outside shared/node/) must not import Node built-ins: put file or process access in shared/node/.',
      severity: 'error',
      from: { path: '^shared/', pathNot: `^shared/node/|${TESTS}` },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-not-adapters',
      comment: 'shared/ is the core under the adapters: it never imports renderer/, electron/, e2e/ or bench/. Pass what it needs in from the host.',
      severity: 'error',
      from: { path: '^shared/' },
      to: { path: '^(renderer|electron|e2e|bench)/' },
    },
    {
      name: 'engine-node-packages',
      comment: `shared/node/ may import the engine's packages and ${PACKAGES.node.join(', ')}: add a package here only as a decision, with its reason in the README's libraries table.`,
      severity: 'error',
      from: { path: '^shared/node/', pathNot: TESTS },
      to: { path: 'node_modules/', pathNot: packages([...PACKAGES.engine, ...PACKAGES.node]) },
    },
    ...rankRules(),
    {
      name: 'renderer-packages',
      comment: `renderer/ may import ${[...PACKAGES.engine, ...PACKAGES.renderer].join(', ')}: add a package here only as a decision, with its reason in the README's libraries table.`,
      severity: 'error',
      from: { path: '^renderer/', pathNot: TESTS },
      to: { path: 'node_modules/', pathNot: packages([...PACKAGES.engine, ...PACKAGES.renderer]) },
    },
    {
      name: 'renderer-not-electron',
      comment: 'renderer/ talks to the shell only through the preload API (window.archway) declared in shared/ipc: do not import electron/ or Node-only shared/node/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/|^shared/node/' },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'renderer/ runs in a sandboxed page: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: TESTS },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'electron-packages',
      comment: `electron/ may import ${[...PACKAGES.engine, ...PACKAGES.electron].join(', ')} and Node built-ins: add a package here only as a decision.`,
      severity: 'error',
      from: { path: '^electron/', pathNot: TESTS },
      to: { path: 'node_modules/', pathNot: packages([...PACKAGES.engine, ...PACKAGES.electron]) },
    },
    {
      name: 'electron-not-renderer',
      comment: 'electron/ must not import renderer/ code: share it through shared/.',
      severity: 'error',
      from: { path: '^electron/' },
      to: { path: '^renderer/' },
    },
    {
      name: 'nothing-imports-e2e',
      comment: 'e2e/ holds tests only.',
      severity: 'error',
      from: { pathNot: '^e2e/' },
      to: { path: '^e2e/' },
    },
    {
      name: 'testing-is-for-tests',
      comment: 'shared/testing/ builds test designs: import it from tests only.',
      severity: 'error',
      from: { pathNot: `^shared/testing/|^bench/|${TESTS}` },
      to: { path: '^shared/testing/' },
    },
    {
      name: 'no-unresolvable',
      comment: 'This import resolves to nothing: a missing package or a typo. Install it (and list it above) or fix the path.',
      severity: 'error',
      from: {},
      // `sarif` is a types-only package (@types/sarif).
      to: { couldNotResolve: true, pathNot: '^sarif$' },
    },
    {
      name: 'no-circular',
      comment: 'Break the cycle: move what both sides need into a lower module.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    // Packages are in the graph (so the package rules above can match) but not followed into.
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
