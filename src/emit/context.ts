/** Where an emitter is in the output document, as JSON path segments (never a joined string). */
export type JsonPath = readonly (string | number)[];

export interface EmitContext {
    readonly path: JsonPath;
    child(...segments: (string | number)[]): EmitContext;
}

export const rootContext = (path: JsonPath = []): EmitContext => ({
    path,
    child: (...segments) => rootContext([...path, ...segments]),
});

/** Raised when the model cannot be emitted; carries the output location. */
export class EmitError extends Error {
    constructor(
        message: string,
        readonly path: JsonPath,
    ) {
        super(message);
        this.name = 'EmitError';
    }
}
