// Decision letters rendered per second (budget: at least 100 a second, issue 5).
//
// Renders the example letters of apps/server/src/letters/sample.ts (three pages, every section, a calculation
// table of eight lines), each with its own names, reference number, decision ID and amounts so that no two letters
// are alike (one day's letters: the date is the same), to PDF/A-2a + PDF/UA-1 bytes in memory, in the three
// languages in turn. Prints:
// - cold start: creating the compiler (it scans the shipped fonts) and the first letter (Typst compiles the
//   template and lays out the fonts for the first time);
// - steady state on one thread: the same compiler reused, as the server does;
// - the same with one worker thread per CPU, each with its own compiler (e.g. for a print batch);
// - the growth of resident memory over the steady-state run (the compiler's cache is evicted after every letter).
// Run: npm run bench:letters   (LETTERS=n sets the number of letters per run; default 600)
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Language } from '@tuki/domain';
import {
  createLetterCompiler,
  type DecisionLetterData,
  type LetterCompiler,
  renderDecisionLetter,
} from '../apps/server/src/letters/index.ts';
import { sampleDecisionLetter, sampleLetterOptions } from '../apps/server/src/letters/sample.ts';

const BUDGET_PER_SECOND = 100;
const LETTERS = Number(process.env.LETTERS ?? 600);
const languages: Language[] = ['fi', 'sv', 'en'];
const surnames = ['Äijälä', 'Öhman', 'Åström', 'Virtanen', 'Korhonen', 'Lindqvist', 'Mäkinen', 'Nyström'];

function letterNumber(index: number): DecisionLetterData {
  const language = languages[index % languages.length] ?? 'fi';
  const letter = sampleDecisionLetter(language);
  const name = `Testi ${surnames[index % surnames.length]} ${index}`;
  letter.recipient.name = name;
  letter.applicant.name = name;
  letter.referenceNumber = `TT-2026-${String(index).padStart(6, '0')}`;
  letter.decisionId = `D-2026-${String(index).padStart(6, '0')}`;
  const extra = index * 7;
  letter.amountCents += extra;
  if (letter.calculation) {
    const first = letter.calculation.lines[0];
    if (first) first.amountCents += extra;
    letter.calculation.totalExpensesCents += extra;
    letter.calculation.amountCents += extra;
  }
  return letter;
}

async function renderMany(compiler: LetterCompiler, from: number, count: number): Promise<number> {
  let bytes = 0;
  for (let index = from; index < from + count; index++) {
    const letter = letterNumber(index);
    const pdf = await renderDecisionLetter(letter, sampleLetterOptions(letter.language), compiler);
    bytes += pdf.byteLength;
  }
  return bytes;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

async function main(): Promise<void> {
  let started = performance.now();
  const compiler = createLetterCompiler();
  const createMs = performance.now() - started;
  started = performance.now();
  await renderMany(compiler, 0, 1);
  const firstMs = performance.now() - started;
  console.log(
    `cold start: compiler created in ${createMs.toFixed(1)} ms, first letter in ${firstMs.toFixed(1)} ms`,
  );

  // Warm-up: every language once more, then measure.
  await renderMany(compiler, 1, 30);
  const rssBefore = process.memoryUsage().rss;
  started = performance.now();
  const bytes = await renderMany(compiler, 100, LETTERS);
  const seconds = (performance.now() - started) / 1000;
  const rssAfter = process.memoryUsage().rss;
  const perSecond = LETTERS / seconds;
  console.log(
    `steady state, one thread: ${LETTERS} letters in ${seconds.toFixed(2)} s = ${perSecond.toFixed(0)} letters/s ` +
      `(${((seconds * 1000) / LETTERS).toFixed(2)} ms each, ${(bytes / LETTERS / 1024).toFixed(0)} KB each)`,
  );
  console.log(`resident memory over the run: ${mb(rssBefore)} → ${mb(rssAfter)} MB`);

  const threads = availableParallelism();
  const perThread = Math.ceil(LETTERS / threads);
  const workers = await Promise.all(
    Array.from({ length: threads }, async (_, thread) => {
      const worker = new Worker(new URL(import.meta.url), { workerData: { from: 100_000 * (thread + 1) } });
      const exited = new Promise<void>((resolve, reject) => {
        worker.on('error', reject);
        worker.on('exit', (code) =>
          code === 0 ? resolve() : reject(new Error(`worker exited with ${code}`)),
        );
      });
      // Each worker creates its compiler and warms up before the clock starts.
      await new Promise((resolve) => worker.once('message', resolve));
      return { worker, exited };
    }),
  );
  started = performance.now();
  for (const { worker } of workers) worker.postMessage(perThread);
  await Promise.all(workers.map(({ exited }) => exited));
  const parallelSeconds = (performance.now() - started) / 1000;
  console.log(
    `steady state, ${threads} worker threads (a compiler each): ${perThread * threads} letters in ` +
      `${parallelSeconds.toFixed(2)} s = ${((perThread * threads) / parallelSeconds).toFixed(0)} letters/s`,
  );

  console.log(
    `budget: at least ${BUDGET_PER_SECOND} letters/s on one thread: ${perSecond >= BUDGET_PER_SECOND ? 'met' : 'NOT met'}`,
  );
  if (perSecond < BUDGET_PER_SECOND) process.exitCode = 1;
}

async function worker(): Promise<void> {
  const { from } = workerData as { from: number };
  const compiler = createLetterCompiler();
  await renderMany(compiler, from, 30);
  parentPort?.once('message', async (count: number) => {
    await renderMany(compiler, from + 30, count);
    parentPort?.close();
  });
  parentPort?.postMessage('ready');
}

await (isMainThread ? main() : worker());
