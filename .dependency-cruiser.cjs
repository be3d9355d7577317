/**
 * The layer rule (DESIGN §1), run by `npm test`. Each rule says what to fix.
 * shared/ is the framework-free engine; electron/ and renderer/ are adapters over it.
 */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment: 'shared/ (outside shared/node/) must run in Node, the renderer and Workers alike: move the code that needs Electron, React, the DOM or Node into shared/node/, renderer/ or electron/, or pass the capability in from the host.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '^shared/node/|\\.test\\.ts$' },
      to: { path: '^(electron|renderer)/|^shared/node/|node_modules/(electron|react|react-dom|@xyflow|jsdom|zustand|zundo|lucide-react)/' },
    },
    {
      name: 'shared-no-node-builtins',
      comment: 'shared/ (outside shared/node/) must not import Node built-ins: put file or process access in shared/node/.',
      severity: 'error',
      from: { path: '^shared/', pathNot: '^shared/node/|\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'renderer-not-electron',
      comment: 'renderer/ talks to the shell only through the preload API (window.archway) declared in shared/ipc: do not import electron/ or Node-only shared/node/.',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^electron/|^shared/node/|node_modules/electron/' },
    },
    {
      name: 'renderer-no-node-builtins',
      comment: 'renderer/ runs in a sandboxed page: no Node built-ins.',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '\\.test\\.tsx?$' },
      to: { dependencyTypes: ['core'] },
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
      name: 'engine-siblings-meet-through-model',
      comment: 'Engine folders (rules, sim, io) meet only through model, catalog, graph and the registries: import the shared helper instead of a sibling engine folder. (io may use rules to list problems in exports.)',
      severity: 'error',
      from: { path: '^shared/(rules|sim)/' },
      to: { path: '^shared/(rules|sim|io)/', pathNot: '^shared/$1/' },
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
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules)/' },
    tsConfig: { fileName: 'tsconfig.base.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'], extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'] },
  },
};
