import { describe, expect, it } from 'vitest';
import { caseCollisions, unsafePathReason } from './paths';

describe('unsafePathReason', () => {
  it.each([
    ['../x', /segment/],
    ['a/../../b', /segment/],
    ['/etc/cron.d/x', /absolute/],
    ['..\\..\\AppData\\x', /backslash/],
    ['C:/Windows/x', /drive letter/],
    ['services/CON/index.ts', /reserved/],
    ['services/nul.txt', /reserved/],
    ['services/name./x', /dot or space/],
    ['services/name /x', /dot or space/],
    ['a//b', /segment/],
    ['./a', /segment/],
    ['a\u0000b', /control/],
    ['a|b', /Windows/],
    ['', /empty/],
  ])('refuses %j', (path, reason) => {
    expect(unsafePathReason(path)).toMatch(reason);
  });

  it('accepts the paths the generator writes', () => {
    for (const p of ['README.md', 'docker-compose.yml', 'services/api-gateway/src/index.ts', 'services/x/app/__init__.py', 'infra/db/init.sql', 'archway.skeleton.json']) {
      expect(unsafePathReason(p)).toBeNull();
    }
  });
});

describe('caseCollisions', () => {
  it('finds paths that differ only by case', () => {
    expect(caseCollisions(['a/README.md', 'a/readme.md', 'b/x'])).toEqual(['a/readme.md']);
    expect(caseCollisions(['a/x', 'b/x', 'a/y'])).toEqual([]);
    expect(caseCollisions(['Services/x', 'services/y'])).toEqual(['services/y']);
    expect(caseCollisions(['a/x', 'a/x'])).toEqual(['a/x']);
  });
});
