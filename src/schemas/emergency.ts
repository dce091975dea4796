/**
 * `content/noodnummers.yaml`: the numbers the contact card puts first: the emergency number, the
 * police when it is not urgent, and the out-of-hours doctor (huisartsenpost). Each has a source;
 * a number that no source gives is left out, and the card then tells the reader how to find it.
 */
import { z } from 'astro/zod';
import { line, source } from './common.ts';
import { phone } from './phone.ts';

/** 112 and other short national numbers; otherwise a normal Dutch number. */
const number = z.union([z.literal('112'), phone], {
  error: 'verwacht 112 of een Nederlands telefoonnummer zoals 0900 8844',
});

const entry = z
  .object({
    /** The number as people dial it, e.g. "112" or "0900 8844". */
    phone: number,
    /** Where the number comes from, e.g. the public body's web page. */
    source,
  })
  .strict();

export const emergencySchema = z
  .object({
    /** Police, fire brigade, ambulance when life is in danger. */
    emergency: entry,
    /** The police when it is not urgent. */
    police: entry.optional(),
    /**
     * The huisartsenpost for evenings, nights and weekends. Leave `phone` out when no source gives
     * it: the card then says that the reader's own GP's phone line gives the number after hours.
     */
    out_of_hours_doctor: z
      .object({
        /** Its number, only when a source gives it, e.g. "0900 …". */
        phone: number.optional(),
        /** Name as people say it, e.g. "Huisartsenpost Zwolle". */
        name: line.optional(),
        /** Where the name and number come from, or where the reader learns them. */
        source,
      })
      .strict(),
  })
  .strict();

export type Emergency = z.infer<typeof emergencySchema>;
