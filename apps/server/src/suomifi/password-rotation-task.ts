// The password rotation as a task of the hourly housekeeping (jobs/housekeeping.ts): each run asks the client to
// change the password when it is due, so the rotation needs no one to remember it. Several processes may run it
// at once: only one claims the rotation (suomifi_credential's pending password), the others find it busy.
import type { HousekeepingTask } from '../jobs/housekeeping-task.ts';
import type { SuomifiMessagesClient } from './client.ts';

export function suomifiPasswordRotationTask(client: SuomifiMessagesClient): HousekeepingTask {
  return {
    name: 'suomifi_password_rotation',
    run: async () => ((await client.rotatePasswordIfDue()) === 'rotated' ? 1 : 0),
  };
}
