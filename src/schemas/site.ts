/**
 * `content/site.yaml`: everything that makes this instance Dalfsen's. Another municipality
 * changes this file and the content, not the code.
 */
import { z } from 'astro/zod';
import { email, id, line, url } from './common.ts';

const village = z.object({
  /** How records name the village, e.g. `lemelerveld`. */
  id,
  /** The village's name as written, e.g. "Lemelerveld". */
  name: line,
  /** Latitude of the village's centre, for the overview map, e.g. `52.44`. */
  lat: z.number({ error: 'verwacht een breedtegraad als getal, bijvoorbeeld 52.51' }),
  /** Longitude of the village's centre, e.g. `6.34`. */
  lon: z.number({ error: 'verwacht een lengtegraad als getal, bijvoorbeeld 6.26' }),
});

export const siteSchema = z.object({
  /** Name of the municipality, as in "Thuis in Dalfsen": `Dalfsen`. */
  municipality: line,
  /** Province, for addresses in the open-data export (HSDS asks for one). */
  province: line.optional(),
  /** Public address of the built site, used for feeds, canonical links and open data, e.g. "https://thuisindalfsen.nl". */
  site_url: url,
  /** The repository where organisations send changes; "report a mistake" links go here. */
  repository: url,
  /** General address of the editors, for people without a GitHub account. */
  editor_email: email,
  /**
   * True while the content is example data drawn from the 2019 evaluation: every page then says
   * so. A real municipality sets this to false once its entries are checked.
   */
  example_data: z.boolean({ error: 'verwacht true of false' }),
  /** School-holiday region (noord, midden, zuid) whose holidays the agenda skips. */
  holiday_region: z.enum(['noord', 'midden', 'zuid'], { error: 'verwacht noord, midden of zuid' }),
  /** How many weeks ahead the agenda lists dates. */
  agenda_weeks: z.number().int().min(1).max(52).default(8),
  /** After this many days without a check an entry is reported and marked as possibly outdated. */
  stale_after_days: z.number().int().min(30).default(365),
  /** The villages (dorpen) of the municipality, each with id, name and centre. */
  villages: z.array(village).min(1, { error: 'noem ten minste één dorp' }),
});

export type Site = z.infer<typeof siteSchema>;
export type Village = z.infer<typeof village>;
