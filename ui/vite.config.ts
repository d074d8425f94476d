import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { bundledLicenses } from './vite-licenses';

// The window is loaded from the app's own assets; nothing is fetched from
// anywhere else. No inline script or style may end up in index.html (the CSP
// forbids both), so the module-preload polyfill stays off and CSS is emitted
// as files.
export default defineConfig({
  // bundledLicenses: the About screen's list of bundled npm packages stays true (see vite-licenses.ts).
  plugins: [svelte(), bundledLicenses()],
  clearScreen: false,
  build: {
    target: 'safari15',
    modulePreload: { polyfill: false },
    cssCodeSplit: false,
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
