// npm run audit:verify: proves the audit chain intact, or names the first broken row (exit code 1). With the
// embedded database it needs the server stopped (the data directory is locked while one runs); a running system
// is verified through the API (verifyAuditTrail) or the staff app's audit page instead.
import { verifyAuditChain } from '../audit/audit-verify.ts';
import { ConfigError, loadConfig } from '../config/config.ts';
import { DataDirLockedError } from '../db/data-dir-lock.ts';
import { openDatabase } from '../db/database.ts';

try {
  const config = loadConfig();
  const database = await openDatabase({ url: config.database.url, dataDir: config.database.dataDir });
  try {
    const report = await verifyAuditChain(database.db);
    if (report.ok) {
      console.log(`audit trail intact: ${report.rowsChecked} rows checked`);
    } else {
      const broken = report.firstBroken;
      console.error(
        `audit trail BROKEN at row ${broken?.seq}${broken?.id ? ` (id ${broken.id})` : ''}: ${broken?.problem}; ` +
          `${report.rowsChecked} rows before it are intact`,
      );
      process.exitCode = 1;
    }
  } finally {
    await database.close();
  }
} catch (error) {
  console.error(
    error instanceof ConfigError
      ? error.message
      : error instanceof DataDirLockedError
        ? `audit verification refused: ${error.message}`
        : `audit verification failed: ${(error as Error).message}`,
  );
  process.exit(2);
}
