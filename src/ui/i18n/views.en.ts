/** English strings of the views part of the app. This object defines the shape the Chinese one must match. */
export const viewsEn = {};

export type ViewsMessages = typeof viewsEn;
