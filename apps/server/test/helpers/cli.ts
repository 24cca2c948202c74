// Runs the project's npm scripts as child processes, as an operator would, with a clean configuration.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `npm run <script>` from the repository root with only the given configuration variables. A script that keeps
 * running (a server) is stopped with SIGTERM once its output matches `stopWhen`: the signal goes to the whole process
 * group, since npm does not pass it on to the script it runs.
 */
export function runNpmScript(
  script: string,
  env: Record<string, string>,
  stopWhen?: RegExp,
): Promise<CliResult> {
  const childEnv: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['DATABASE_URL', 'DATA_DIR', 'NODE_ENV', 'AUTH_MODE', 'LOG_LEVEL', 'PORT']) {
    delete childEnv[name];
  }
  Object.assign(childEnv, env);
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], {
      cwd: repoRoot,
      env: childEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: stopWhen !== undefined,
    });
    let stopped = false;
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!stopped && child.pid && stopWhen?.test(stdout)) {
        stopped = true;
        process.kill(-child.pid, 'SIGTERM');
      }
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`npm run ${script} did not finish within 60 s\n${stdout}\n${stderr}`));
    }, 60_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
