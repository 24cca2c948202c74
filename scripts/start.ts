// npm start: builds the web apps when they are not built yet, then runs the server on its embedded defaults
// (or on whatever the environment configures).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const root = new URL('..', import.meta.url).pathname;
const built = ['apps/citizen/dist/index.html', 'apps/staff/dist/index.html'].every((file) =>
  existsSync(root + file),
);
if (!built) {
  console.log('Building the web apps (first start only)…');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
await import('../apps/server/src/main.ts');
