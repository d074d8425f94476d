// The npm packages bundled into ui/dist, with their licenses, for the About
// screen. Every production build lists the packages its chunks were made of
// and compares them with the committed ../src-tauri/licenses/npm.tsv: a build that
// bundles a package the list does not name (or no longer bundles one it
// names) fails, and says how to regenerate the list. With
// TENKEN_WRITE_LICENSES=1 (bash src-tauri/licenses/generate.sh) it rewrites the list.

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

const HEADER =
  '# npm packages bundled into the window (ui/dist): name, version, license.\n' +
  '# Written by the UI build with TENKEN_WRITE_LICENSES=1 (bash src-tauri/licenses/generate.sh); do not edit by hand.\n';

/** The package a module file belongs to: `svelte`, `@fluent/bundle`. */
export function packageOf(id: string): { name: string; dir: string } | null {
  const marker = '/node_modules/';
  const at = id.replaceAll('\\', '/').lastIndexOf(marker);
  if (at < 0) return null;
  const path = id.replaceAll('\\', '/');
  const parts = path.slice(at + marker.length).split('/');
  const name = parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  return { name, dir: path.slice(0, at + marker.length) + name };
}

/** The license of a package.json: the SPDX `license`, or the old `licenses` list. */
function licenseOf(pkg: { license?: unknown; licenses?: { type?: string }[] }): string {
  if (typeof pkg.license === 'string') return pkg.license;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => l.type ?? '').filter(Boolean).join(' OR ');
  return '';
}

/** The rows of a list (comments and blank lines left out). */
function rowsOf(text: string): string[] {
  return text.split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'));
}

/** The Vite plugin (build only). */
export function bundledLicenses(): Plugin {
  let list = '';
  return {
    name: 'tenken-bundled-licenses',
    apply: 'build',
    configResolved(config) {
      list = join(config.root, '../src-tauri/licenses/npm.tsv');
    },
    generateBundle(_options, bundle) {
      const packages = new Map<string, string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const id of chunk.moduleIds) {
          const p = packageOf(id);
          if (p && !packages.has(p.name)) packages.set(p.name, p.dir);
        }
      }
      const rows = [...packages.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([name, dir]) => {
          const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
          return `${name}\t${pkg.version}\t${licenseOf(pkg)}`;
        });
      if (process.env.TENKEN_WRITE_LICENSES) {
        writeFileSync(list, HEADER + rows.map((r) => `${r}\n`).join(''));
        return;
      }
      const have = existsSync(list) ? rowsOf(readFileSync(list, 'utf8')) : [];
      const missing = rows.filter((r) => !have.includes(r));
      const gone = have.filter((r) => !rows.includes(r));
      if (missing.length > 0 || gone.length > 0) {
        this.error(
          `src-tauri/licenses/npm.tsv is stale (bundled but not listed: ${JSON.stringify(missing)}; listed but not bundled: ${JSON.stringify(gone)}) — run \`bash src-tauri/licenses/generate.sh\``,
        );
      }
    },
  };
}
