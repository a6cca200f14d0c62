/**
 * The one-way house (G1): every folder of src/ has a rank, and a module may import only from its own
 * folder or from folders of a lower rank. A total order cannot contain a cycle, so this also forbids
 * cycles between folders; `no-circular` forbids them between files. The eMabler instance (src/emabler)
 * has the highest rank: no toolkit folder may import it; only scripts/ wire the two together.
 * Run: npm run lint:deps (CI runs it).
 */
const LAYERS = [
    'core', // Diagnostic, pointers, JSON helpers, file names, ToolError, rule types
    'report', // formatters
    'cli', // argument parser, CliIo, runCommand, project root
    'precompile', // the precompiled-validator cache (AJV standalone code keyed by content)
    'swagger', // output types and the one document reader
    'model', // the model's types, example reader, project description
    'emit', // model → documents
    'lint', // rules over documents
    'validate', // the validator's layers (runs the lint rules)
    'contract', // payloads against schemas
    'diff', // neutral differences between operation sets
    'drift', // classifier: connector vs upstream
    'breaking', // classifier: release vs release
    'build', // the generated files
    'harness', // run a connector
    'package', // ship a connector
    'catalogue', // every tool's rules (src/catalogue.ts)
    'emabler', // the instance: model, examples, sandbox
];

const folderOf = (name) => (name === 'catalogue' ? 'src/catalogue\\.ts$' : `src/${name}/`);

const layerRules = LAYERS.map((name, rank) => {
    const higher = LAYERS.slice(rank + 1);
    return {
        name: `layer-${name}`,
        severity: 'error',
        comment: `src/${name} may import only ${rank === 0 ? 'itself' : `itself and ${LAYERS.slice(0, rank).join(', ')}`} (one-way house, docs/architecture.md).`,
        from: { path: `^${folderOf(name)}` },
        to: { path: higher.length ? `^(${higher.map(folderOf).join('|')})` : '^$never' },
    };
}).filter((r) => r.to.path !== '^$never');

module.exports = {
    forbidden: [
        { name: 'no-circular', severity: 'error', comment: 'No import cycle between files.', from: {}, to: { circular: true } },
        {
            name: 'src-not-outside',
            severity: 'error',
            comment: 'The product never imports tests, scripts or benchmarks.',
            from: { path: '^src/' },
            to: { path: '^(test|scripts|bench)/' },
        },
        {
            name: 'src-in-layers',
            severity: 'error',
            comment: 'Every file of src/ belongs to a layer.',
            from: { path: '^src/', pathNot: `^(${LAYERS.map(folderOf).join('|')})` },
            to: {},
        },
        ...layerRules,
    ],
    options: {
        doNotFollow: { path: 'node_modules' },
        includeOnly: '^(src|scripts|test|bench)/',
        tsPreCompilationDeps: true,
        tsConfig: { fileName: 'tsconfig.json' },
        enhancedResolveOptions: { extensions: ['.ts', '.js'] },
    },
};
