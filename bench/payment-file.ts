// A payment file of 10,000 payments (issue 13): written as pain.001.001.09 and validated against the ISO 20022
// schema with xmllint-wasm, as the export does before a file is handed out. Prints the file's size, the time to
// write it (median of the runs after one warm-up), the time to validate it (the first validation, which compiles
// the WebAssembly module in a new worker, and the median of the rest), and the process's resident memory before
// the first validation and its peak during it (the validating worker and its WebAssembly memory included).
// Run: npm run bench:payment-file   (PAYMENTS=n sets the number of payments; RUNS=n the runs, default 5)
import { buildPaymentFile, validatePaymentFile } from '../apps/server/src/payments/index.ts';
import { samplePaymentBatch } from '../apps/server/src/payments/sample.ts';
import { percentile } from './bench-database.ts';

const PAYMENTS = Number(process.env.PAYMENTS ?? 10_000);
const RUNS = Number(process.env.RUNS ?? 5);

const batch = samplePaymentBatch(PAYMENTS);
const median = (times: number[]) =>
  percentile(
    [...times].sort((a, b) => a - b),
    50,
  );
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function timed<T>(work: () => T | Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

const { xml } = buildPaymentFile(batch);
const residentBefore = process.memoryUsage().rss;
const firstValidation = await timed(() => validatePaymentFile(xml));
const residentPeak = process.resourceUsage().maxRSS * 1024;
if (!firstValidation.result.valid)
  throw new Error(`not valid: ${firstValidation.result.errors.slice(0, 3).join('; ')}`);

const writeTimes: number[] = [];
for (let run = 0; run < RUNS; run++) writeTimes.push((await timed(() => buildPaymentFile(batch))).ms);
console.log(
  `${PAYMENTS} payments: file ${mb(Buffer.byteLength(xml))} MB, written in ${median(writeTimes).toFixed(0)} ms ` +
    `(median of ${RUNS})`,
);

const validateTimes: number[] = [];
for (let run = 0; run < RUNS; run++) validateTimes.push((await timed(() => validatePaymentFile(xml))).ms);
console.log(
  `validated against the schema: first ${firstValidation.ms.toFixed(0)} ms, then ${median(validateTimes).toFixed(0)} ms ` +
    `(median of ${RUNS}, max ${Math.max(...validateTimes).toFixed(0)} ms)`,
);
console.log(
  `resident memory: ${mb(residentBefore)} MB before the first validation, peak ${mb(residentPeak)} MB during it`,
);
