/// <reference types="vitest/config" />
import { defineConfig, type Plugin } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

/**
 * The Content-Security-Policy of the built app. Nothing may come from another origin and
 * nothing inline may run: the planners' data never leaves the browser.
 */
const cspDirectives = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];
/** `frame-ancestors` only works in a header (a meta tag ignores it, with a console warning). */
const cspHeader = [...cspDirectives, "frame-ancestors 'none'"].join('; ');
const cspMeta = cspDirectives.join('; ');

/** Adds the CSP meta tag to the built index.html only: the dev server injects inline styles. */
function cspMetaTag(): Plugin {
  return {
    name: 'hallflow-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: cspMeta },
        injectTo: 'head-prepend',
      },
    ],
  };
}

export default defineConfig({
  plugins: [svelte(), cspMetaTag()],
  build: {
    // The polyfill would be one more script; every browser we target has modulepreload.
    modulePreload: { polyfill: false },
  },
  worker: {
    format: 'es',
  },
  preview: {
    headers: {
      'Content-Security-Policy': cspHeader,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
    },
  },
  test: {
    include: ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    environment: 'node',
  },
});
