// Type-aware lint (STYLE.md C12). typescript-eslint needs the TypeScript compiler API, which
// TypeScript 7 no longer ships, so the project pins typescript 5.9 (see README).
import tseslint from 'typescript-eslint';

export default tseslint.config(
    { ignores: ['node_modules/', 'dist/', '.tmp/', 'coverage/', '.build/'] },
    {
        files: ['**/*.ts'],
        extends: [...tseslint.configs.recommendedTypeChecked],
        languageOptions: {
            parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
        },
        rules: {
            '@typescript-eslint/no-floating-promises': 'error',
            '@typescript-eslint/no-misused-promises': 'error',
            '@typescript-eslint/await-thenable': 'error',
            '@typescript-eslint/require-await': 'off',
            '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
            '@typescript-eslint/consistent-type-imports': 'error',
            '@typescript-eslint/no-explicit-any': 'error',
            'no-console': 'error',
            eqeqeq: ['error', 'always'],
            'no-var': 'error',
            'prefer-const': 'error',
        },
    },
    {
        // The toolkit never imports the eMabler instance; only scripts/ wire the two (G1, one-way house).
        files: ['src/**/*.ts'],
        ignores: ['src/emabler/**'],
        rules: {
            'no-restricted-imports': [
                'error',
                { patterns: [{ group: ['**/emabler', '**/emabler/**'], message: 'The toolkit never imports the eMabler instance (src/emabler); scripts/ pass it in as a ConnectorProject.' }] },
            ],
        },
    },
    {
        // Scripts, benchmarks and tests may print; tests may use `any` where fixtures are loose.
        files: ['scripts/**/*.ts', 'bench/**/*.ts', 'test/**/*.ts'],
        rules: { 'no-console': 'off' },
    },
    {
        // Tests poke into parsed JSON fixtures: `any` and the no-unsafe-* family are relaxed there only.
        files: ['test/**/*.ts'],
        rules: {
            '@typescript-eslint/no-explicit-any': 'off',
            '@typescript-eslint/no-unsafe-member-access': 'off',
            '@typescript-eslint/no-unsafe-assignment': 'off',
            '@typescript-eslint/no-unsafe-call': 'off',
            '@typescript-eslint/no-unsafe-return': 'off',
            '@typescript-eslint/no-unsafe-argument': 'off',
            '@typescript-eslint/no-non-null-assertion': 'off',
        },
    },
);
