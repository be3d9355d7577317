/**
 * The installer configuration, checked where the Electron binary (and so a real build) is not
 * available: it validates against electron-builder's own JSON schema and keeps the targets,
 * the file association, the icon and the security fuses of SAFETY.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { load as loadYaml } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = loadYaml(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, any>;

describe('electron-builder.yml', () => {
  it('validates against electron-builder’s schema', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(schema);
    expect(validate(config), JSON.stringify(validate.errors)).toBe(true);
  });

  it('builds Linux (AppImage, deb), Windows (NSIS) and macOS (dmg) installers', () => {
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    for (const os of ['linux', 'win', 'mac']) expect(existsSync(new URL(`../${config[os].icon}`, import.meta.url))).toBe(true);
  });

  it('associates .archway.json files with the app', () => {
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'archway.json', role: 'Editor' })]);
  });

  it('turns off the RunAsNode, NODE_OPTIONS and inspect fuses and loads only the asar', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false, onlyLoadAppFromAsar: true });
  });

  it('packages the build and the runtime dependencies only', () => {
    expect(config.files).toEqual(['out/**', 'package.json']);
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    // Everything main imports at run time must be a dependency (devDependencies are not packaged).
    const main = readFileSync(new URL('../electron/main/index.ts', import.meta.url), 'utf8');
    expect(main).toContain("from 'electron'");
    expect(Object.keys(pkg.dependencies)).toEqual(expect.arrayContaining(['zod', 'write-file-atomic']));
  });
});
