// The manifest asks for the narrowest scopes that work; a new scope must be a deliberate change here.
import { readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('appsscript.json', 'utf8'));

test('runs on V8 in the Vietnamese time zone with exception logging', () => {
  expect(manifest.runtimeVersion).toBe('V8');
  expect(manifest.timeZone).toBe('Asia/Ho_Chi_Minh');
  expect(manifest.exceptionLogging).toBe('STACKDRIVER');
});

test('asks for exactly the narrow scopes', () => {
  // `spreadsheets`, not `spreadsheets.currentonly`: the check-in web app has no active spreadsheet (the
  // stricter of the conflicting reports) and opens the workbook by id, which currentonly does not allow.
  expect([...manifest.oauthScopes].sort()).toEqual([
    'https://www.googleapis.com/auth/script.container.ui',
    'https://www.googleapis.com/auth/script.scriptapp',
    'https://www.googleapis.com/auth/script.send_mail',
    'https://www.googleapis.com/auth/spreadsheets',
    'https://www.googleapis.com/auth/userinfo.email',
  ]);
});

test('.clasp.json pushes build/ and holds no real script id', () => {
  const clasp = JSON.parse(readFileSync('.clasp.json', 'utf8'));
  expect(clasp.rootDir).toBe('build');
  expect(clasp.scriptId).toMatch(/^REPLACE_/);
});

test('the check-in web app runs as the person using it, inside the domain', () => {
  // As USER_ACCESSING, people act with their own rights: a web app executing as its owner would let anyone
  // with the link call every entry point with the owner's.
  expect(manifest.webapp).toEqual({ executeAs: 'USER_ACCESSING', access: 'DOMAIN' });
});
