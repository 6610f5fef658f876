import { createPortalServer, listenPortals } from "./server.js";

const port = Number(process.env.PORTALS_PORT ?? process.argv[2] ?? 8080);
const server = createPortalServer();
const url = await listenPortals(server, port);
console.log(`Demo portals (SYNTHETIC data) on ${url}`);
console.log(`  ${url}/cepr/casos   ${url}/cepr/expediente?id=0   ${url}/migraciones/control?id=0   ${url}/spa/`);
const stop = () => server.close(() => (process.exitCode = 0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
