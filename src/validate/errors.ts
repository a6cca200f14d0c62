/**
 * Thrown when validation cannot run at all (exit code 2): a missing or unreadable file, a file that
 * is not recoverable JSON, a broken config file or schema folder. The message always names the file.
 */
export class CannotValidateError extends Error {
    readonly file: string;

    constructor(file: string, message: string, options?: { cause?: unknown }) {
        super(`${file}: ${message}`, options);
        this.name = 'CannotValidateError';
        this.file = file;
    }
}
