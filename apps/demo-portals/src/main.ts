import { createPortalServer, listenPortals } from "./server.js";
import { parseReferenceDay } from "./reference-day.js";

const port = Number(process.env.PORTALS_PORT ?? process.argv[2] ?? 8080);
// DEMO_TODAY=YYYY-MM-DD pins the day the synthetic cases are dated from; unset (or empty), each request's local date.
let today: string | undefined;
try {
  today = process.env.DEMO_TODAY ? parseReferenceDay(process.env.DEMO_TODAY, "DEMO_TODAY") : undefined;
} catch (error) {
  console.error(`Demo portals not started: ${(error as Error).message}`);
  process.exit(2);
}
const server = createPortalServer({ today });
const url = await listenPortals(server, port);
console.log(`Demo portals (SYNTHETIC data) on ${url}`);
console.log(`  ${url}/cepr/casos   ${url}/cepr/expediente?id=0   ${url}/migraciones/control?id=0   ${url}/spa/`);
console.log(
  today
    ? `  Cases dated from ${today} (DEMO_TODAY); ?today=YYYY-MM-DD on a URL picks another day.`
    : "  Cases dated from today's date; DEMO_TODAY=YYYY-MM-DD or ?today=YYYY-MM-DD on a URL pins a day.",
);
const stop = () => server.close(() => (process.exitCode = 0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
