// Svelte's compiler options: the defaults (runes are detected per file). This file exists so that
// the Vite plugin does not announce on every build and test run that it found none.
export default {};
