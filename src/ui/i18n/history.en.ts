/** English strings of the history-import view. This object defines the shape the Chinese one must match. */
export const historyEn = {
  heading: 'Import history',
};

export type HistoryMessages = typeof historyEn;
