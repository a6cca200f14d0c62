/** The one serializer for generated JSON: 4-space indent, trailing newline, LF line ends. */
export const toJsonText = (value: unknown): string => JSON.stringify(value, null, 4) + '\n';
