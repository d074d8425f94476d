import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  compilerOptions: {
    // Component styles go to the CSS file, never into <style> elements at run time.
    css: 'external',
  },
};
