// Reads the *built* manifests and fails on any permission, host or CSP not on the allow-list in
// lib/permissions/manifest-policy.ts. Runs after `npm run build`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  FORBIDDEN_PERMISSIONS,
  HOST_ALLOW_LIST,
  OPTIONAL_PERMISSION_ALLOW_LIST,
  PERMISSION_ALLOW_LIST,
} from '../../lib/permissions/manifest-policy';

const BUILDS = [
  { name: 'chrome-mv3', dir: '.output/chrome-mv3' },
  { name: 'firefox-mv3', dir: '.output/firefox-mv3' },
];

type Manifest = {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
  web_accessible_resources?: ({ matches?: string[] } | string)[];
  content_security_policy?: unknown;
  externally_connectable?: unknown;
  browser_specific_settings?: {
    gecko?: { id?: string; strict_min_version?: string; data_collection_permissions?: unknown };
  };
};

const allowedHosts = new Set<string>(HOST_ALLOW_LIST.map((h) => h.value));
const allowedPermissions = new Set<string>(PERMISSION_ALLOW_LIST.map((p) => p.value));
const allowedOptional = new Set<string>(OPTIONAL_PERMISSION_ALLOW_LIST.map((p) => p.value));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

describe.each(BUILDS)('$name manifest', ({ dir }) => {
  const file = path.join(dir, 'manifest.json');
  it('exists (run `npm run build` first)', () => {
    expect(existsSync(file)).toBe(true);
  });
  const manifest = (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {}) as Manifest;

  it('is MV3', () => {
    expect(manifest.manifest_version).toBe(3);
  });
  it('asks only for allow-listed API permissions', () => {
    for (const p of manifest.permissions ?? []) expect(allowedPermissions, `permission ${p}`).toContain(p);
    for (const p of manifest.optional_permissions ?? [])
      expect(allowedOptional, `optional ${p}`).toContain(p);
  });
  it('asks only for allow-listed hosts, everywhere hosts appear', () => {
    const hosts = [
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches),
      ...(manifest.web_accessible_resources ?? []).flatMap((w) =>
        typeof w === 'string' ? [] : (w.matches ?? []),
      ),
    ];
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(allowedHosts, `host ${h}`).toContain(h);
  });
  it('never asks for a forbidden permission', () => {
    const all = [
      ...(manifest.permissions ?? []),
      ...(manifest.optional_permissions ?? []),
      ...(manifest.host_permissions ?? []),
      ...(manifest.optional_host_permissions ?? []),
    ];
    for (const f of FORBIDDEN_PERMISSIONS) expect(all).not.toContain(f);
  });
  it('keeps the default CSP and is not reachable from web pages', () => {
    expect(manifest.content_security_policy).toBeUndefined();
    expect(manifest.externally_connectable).toBeUndefined();
  });
  it('ships no remote code: no script or module URL points off the extension', () => {
    const offenders = filesUnder(dir)
      .filter((f) => /\.(html|js)$/.test(f))
      .filter((f) =>
        /<script[^>]+src=["']https?:|import\(["']https?:|importScripts\(["']https?:/.test(
          readFileSync(f, 'utf8'),
        ),
      );
    expect(offenders).toEqual([]);
  });
});

describe('Firefox-specific manifest keys', () => {
  const file = '.output/firefox-mv3/manifest.json';
  const gecko = existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as Manifest).browser_specific_settings?.gecko
    : undefined;
  it('has a fixed gecko id, a minimum version and no data collection', () => {
    expect(gecko?.id).toBe('ace-assist@ace-assist.dev');
    expect(gecko?.strict_min_version).toMatch(/^\d+\.\d+$/);
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });
});
