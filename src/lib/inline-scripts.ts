/**
 * The site's own inline scripts, as strings, so a page can inline them (`<script is:inline
 * set:html={…}>`) and the Content-Security-Policy can carry their hashes (src/lib/csp.ts). The
 * browser runs an inline script only when its exact text is hashed, so a new inline script
 * belongs here: tests/e2e/guides.test.ts fails on any inline script in the build without a hash.
 */
import { TIME_ZONE } from './dates.ts';

/**
 * src/components/agenda/AgendaClock.astro: keeps a static agenda right on the day it is read.
 *
 * The zone comes from dates.ts; `add` is a copy of dates.ts's `addDays` in browser JavaScript,
 * because this text runs in the page as it stands (no bundler, no imports, and its hash is in the
 * CSP), and importing the module would ship more than the four lines it needs.
 */
export const AGENDA_CLOCK_SCRIPT = `
  (() => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: '${TIME_ZONE}' }).format(new Date());
    const add = (date, n) => {
      const [y, m, d] = date.split('-').map(Number);
      return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
    };
    const tomorrow = add(today, 1);
    for (const el of document.querySelectorAll('[data-date]')) {
      const date = el.dataset.date;
      const horizon = el.closest('[data-horizon]')?.dataset.horizon;
      el.toggleAttribute('data-past', date < today);
      el.toggleAttribute('data-beyond', Boolean(horizon) && date > add(today, Number(horizon) - 1));
      const label = el.querySelector('[data-day-label]');
      if (label) label.textContent = date === today ? label.dataset.today : date === tomorrow ? label.dataset.tomorrow : '';
    }
    document.documentElement.dataset.clock = today;
  })();
`;

/** src/pages/[lang]/kaart/contactkaart.astro: the date the card is printed, not the build date. */
export const PRINT_DATE_SCRIPT = `(()=>{const l=document.documentElement.lang;if(!Intl.DateTimeFormat.supportedLocalesOf([l]).length)return;const e=document.querySelector('[data-print-date]'),d=new Date();e.textContent=new Intl.DateTimeFormat(l,{day:'numeric',month:'long',year:'numeric'}).format(d);e.setAttribute('datetime',d.toISOString().slice(0,10))})()`;
