// The browser tests drive Debian's Chromium (playwright-core never downloads a browser here).
// Installs it when it is missing and we are root on Debian; otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = 'chromium fonts-noto-core';
if (!existsSync(CHROMIUM)) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium ontbreekt; installeren met apt-get (${PACKAGES}) …`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES}`, { stdio: 'inherit' });
  } else {
    console.error(`Chromium ontbreekt (${CHROMIUM}). Installeer het eerst:\n  sudo apt-get install -y ${PACKAGES}`);
    process.exit(1);
  }
}
