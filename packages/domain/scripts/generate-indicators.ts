// Writes src/reference-data/indicators-americas.data.ts from the World Bank files in data/world-bank
// (`pnpm --filter @solidaria/domain generate:indicators`). The output is committed: the project reads
// no data from the network or from outside the repository at run time.
import { writeFileSync } from "node:fs";
import {
  GENERATED_FILE,
  readIndicatorInputs,
  renderIndicatorModule,
  WorldBankDataError,
} from "./world-bank-indicators.js";

try {
  const inputs = readIndicatorInputs();
  writeFileSync(GENERATED_FILE, renderIndicatorModule(inputs));
  const nulls = inputs.rows.flatMap((row) => Object.values(row.figures).filter((figure) => figure === null)).length;
  console.log(`wrote ${GENERATED_FILE}: ${inputs.rows.length} states, ${nulls} null figure(s)`);
} catch (error) {
  // Bad input is reported as the file, line and field at fault, without a stack trace to dig through.
  if (!(error instanceof WorldBankDataError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
