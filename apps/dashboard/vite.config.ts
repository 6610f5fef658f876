import { defineConfig, defaultClientConditions } from "vite";
import react from "@vitejs/plugin-react";

/** Where `npm start` serves the coordination server while the dashboard is developed with `vite`. */
const SERVER = "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  // Workspace packages are compiled from their TypeScript source.
  resolve: { conditions: ["@solidaria/source", ...defaultClientConditions] },
  build: {
    // The server sends `script-src 'self'`: no inline script, no data: URLs for scripts.
    assetsInlineLimit: 0,
    sourcemap: true,
  },
  server: {
    proxy: {
      "/trpc": SERVER,
      "/export": SERVER,
    },
  },
});
