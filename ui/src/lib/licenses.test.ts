import { describe, expect, it } from 'vitest';
import { packageOf } from '../../vite-licenses';

describe('bundled-package list (vite-licenses.ts)', () => {
  it('names the package a bundled module belongs to, scoped or not, on any OS', () => {
    expect(packageOf('/w/ui/node_modules/svelte/src/internal/client/index.js')).toEqual({
      name: 'svelte',
      dir: '/w/ui/node_modules/svelte',
    });
    expect(packageOf('/w/ui/node_modules/@fluent/bundle/esm/bundle.js')?.name).toBe('@fluent/bundle');
    expect(packageOf('C:\\w\\ui\\node_modules\\@tauri-apps\\api\\core.js')?.name).toBe('@tauri-apps/api');
    // A package inside another's node_modules is its own package.
    expect(packageOf('/w/node_modules/a/node_modules/b/index.js')?.name).toBe('b');
    expect(packageOf('/w/ui/src/App.svelte')).toBeNull();
  });
});
