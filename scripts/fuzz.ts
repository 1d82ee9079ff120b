// Fuzzes the CSV reader: `npx tsx scripts/fuzz.ts --runs 10000 [--seed 42]`.
import { fuzzCsv } from '../lib/reports/read/fuzz';

const arg = (name: string): number | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : undefined;
};

async function main(): Promise<void> {
  const runs = arg('runs') ?? 1000;
  const seed = arg('seed');
  const t0 = performance.now();
  await fuzzCsv(runs, seed);
  console.log(`fuzzCsv: ${runs} runs passed in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
