/**
 * The layering of STYLE.md as machine rules (run by `npm run lint:deps`, part of `npm test`).
 * Type-only imports count: a cycle through types still says a shape lives in the wrong file.
 * @type {import('dependency-cruiser').IConfiguration}
 */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Modules form a tree: a cycle, even through types only, means a shape lives in the wrong file.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'domain-is-plain-typescript',
      severity: 'error',
      comment:
        'src/domain holds the rules as pure functions: no framework, no database, nothing above it, not even types.',
      from: { path: '^src/domain/' },
      to: { pathNot: '^src/domain/' },
    },
    {
      name: 'views-and-components-never-touch-the-database',
      severity: 'error',
      comment: 'Data flows db → store → view; a view or component calls a store action instead.',
      from: { path: '^src/(views|components)/' },
      to: { path: '^src/db/' },
    },
    {
      name: 'db-knows-nothing-above-it',
      severity: 'error',
      comment: 'The db layer is the one door to IndexedDB; it does not know stores, composables or Vue.',
      from: { path: '^src/db/' },
      to: {
        path: ['^src/(stores|composables|components|views)/', '^node_modules/(vue|pinia|vue-router|vue-i18n|@vueuse)/'],
      },
    },
    {
      name: 'no-orphans-in-src',
      severity: 'error',
      comment: 'A module nobody imports is dead code (entries and declaration files aside).',
      from: {
        orphan: true,
        path: '^src/',
        pathNot: ['\\.d\\.ts$', '^src/main\\.ts$', '^src/startup/preload\\.ts$', '^src/startup/firstPaintScript\\.ts$'],
      },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.app.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
}
