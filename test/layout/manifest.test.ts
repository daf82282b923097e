// The manifest asks for the narrowest scopes that work; a new scope must be a deliberate change here.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));

test('runs on V8 in the Vietnamese time zone with exception logging', () => {
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
});

test('asks for exactly the narrow scopes', () => {
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets.currentonly',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});

test('.clasp.json pushes build/ and holds no real script id', () => {
  const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8'));
  expect(clasp.rootDir).toBe('build');
  expect(clasp.scriptId).toMatch(/^REPLACE_/);
});
