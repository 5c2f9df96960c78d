/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:preset-names' {
  /** Each preset scenario's name by file id (vite.config.ts, presetNames). */
  const names: Record<string, { zh: string; en: string } | undefined>;
  export default names;
}
