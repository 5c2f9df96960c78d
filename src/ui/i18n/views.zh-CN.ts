/** views 部分的简体中文字符串。 */
import type { ViewsMessages } from './views.en.ts';

export const viewsZh: ViewsMessages = {};
