// Runs every test of the project in one node:test run, so the output ends with one summary.
// The web apps are built first because the browser tests load them from the server.
import { spawnSync } from 'node:child_process';
import { globSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;

function run(command: string, args: string[]): number {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: process.env });
  return result.status ?? 1;
}

if (run('npm', ['run', 'build', '--silent']) !== 0) {
  console.error('building the web apps failed');
  process.exit(1);
}

const patterns = ['packages/*/test/**/*.test.ts', 'apps/*/test/**/*.test.ts', 'e2e/**/*.test.ts'];
const files = patterns.flatMap((pattern) => globSync(pattern, { cwd: root })).sort();
const extra = process.argv.slice(2);
process.exit(run(process.execPath, ['--test', '--test-concurrency=2', ...extra, ...files]));
