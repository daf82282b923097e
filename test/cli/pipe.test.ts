// The built executable piped into a reader that stops early (`| head`): the closed pipe (EPIPE) ends it
// quietly, status 0, as `yes | head` does, with no stack trace.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BUILD_DIR } from '../support/bundle';

const dir = mkdtempSync(join(tmpdir(), 'okr-pipe-'));

test.each([
  ['lint, many lines', ['lint'], 'Gửi email cho khách hàng\n'.repeat(100_000), 1],
  ['lint --json, many lines', ['lint', '--json'], 'Reduce churn from 3% to 2%\n'.repeat(100_000), 1],
  ['lint, head -c 10', ['lint'], 'Đạt 40 hợp đồng bán thêm\n'.repeat(50_000), 0],
])('%s into head ends with status 0 and nothing on stderr', (_name, args, input, lines) => {
  const file = join(dir, 'input.txt');
  writeFileSync(file, input);
  const reader = lines > 0 ? `head -n ${lines}` : 'head -c 10';
  const script = `node ${join(BUILD_DIR, 'cli.js')} ${args.join(' ')} < ${file} 2> ${join(dir, 'err.txt')} | ${reader} > /dev/null; echo "\${PIPESTATUS[0]}"; cat ${join(dir, 'err.txt')}`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
  expect(result.stdout).toBe('0\n');
});
