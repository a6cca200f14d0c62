/** Runs `fn` and returns the error it throws; fails the test when it does not throw. */
export const thrown = (fn: () => unknown): Error => {
    try {
        fn();
    } catch (e) {
        return e as Error;
    }
    throw new Error('expected an error');
};
