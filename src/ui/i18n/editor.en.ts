/** English strings of the editor part of the app. This object defines the shape the Chinese one must match. */
export const editorEn = {};

export type EditorMessages = typeof editorEn;
