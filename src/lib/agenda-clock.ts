/**
 * The agenda clock (src/components/agenda/AgendaClock.astro) as a string, so the page can inline
 * it and the Content-Security-Policy can carry its hash (src/lib/csp.ts): an inline script runs
 * only when its exact text is hashed, so editing it here keeps both in step.
 */
export const AGENDA_CLOCK_SCRIPT = `
  (() => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(new Date());
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
