// The browser tests drive Debian's Chromium (playwright-core never downloads a browser here), and
// the HTML check runs the Nu checker on Java. Installs what is missing when we are root on Debian;
// otherwise says exactly what to run.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveJava = (() => {
  try {
    execSync('java -version', { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();
const PACKAGES = ['chromium', 'fonts-noto-core', ...(haveJava ? [] : ['default-jre-headless'])].join(' ');
if (!existsSync(CHROMIUM) || !haveJava) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log(`Chromium of Java ontbreekt; installeren met apt-get (${PACKAGES}) …`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${PACKAGES}`, {
      stdio: 'inherit',
    });
  } else {
    console.error(`Chromium (${CHROMIUM}) of Java ontbreekt. Installeer eerst:\n  sudo apt-get install -y ${PACKAGES}`);
    process.exit(1);
  }
}
