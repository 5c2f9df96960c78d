/// <reference types="svelte" />
/// <reference types="vite/client" />

declare module 'virtual:preset-names' {
  /** Each preset scenario's name by file id (vite.config.ts, presetNames). */
  const names: Record<string, { zh: string; en: string } | undefined>;
  export default names;
}

declare module 'virtual:kept-results' {
  /** The model's code hash and the demo's kept result (vite.config.ts, keptResults); null outside a build. */
  const kept: { model: string | null; demo: { key: string; path: string } | null };
  export default kept;
}
