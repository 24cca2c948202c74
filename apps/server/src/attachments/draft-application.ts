// The application an attachment is added to or removed from: the person's own (404 otherwise), still editable
// (409 otherwise). The rule itself lives with the applications (lockEditableApplicationOfPerson).
import { lockEditableApplicationOfPerson } from '../applications/lock.ts';
import type { Db } from '../db/database.ts';
import { inTransaction } from '../db/transaction.ts';

/** Checks the rule without keeping the lock: before an upload's body is read. */
export async function assertEditableApplication(
  db: Db,
  applicationId: string,
  personId: string,
): Promise<void> {
  await inTransaction(db, (trx) => lockEditableApplicationOfPerson(trx, applicationId, personId));
}
