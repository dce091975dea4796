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
    phone: number,
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
        phone: number.optional(),
        /** Name as people say it, e.g. "Huisartsenpost Zwolle". */
        name: line.optional(),
        source,
      })
      .strict(),
  })
  .strict();

export type Emergency = z.infer<typeof emergencySchema>;
