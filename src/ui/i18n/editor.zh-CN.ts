/** editor 部分的简体中文字符串。 */
import type { EditorMessages } from './editor.en.ts';

export const editorZh: EditorMessages = {};
