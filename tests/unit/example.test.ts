/**
 * Example values per field: `isExample` answers for a field and the fields inside it, and the
 * content check refuses an `example_fields` name that is not a field of its record.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { anyExample, isExample } from '../../src/lib/example.ts';
import { fixtureCopy, problemsOf } from './helpers.ts';

let site: ReturnType<typeof fixtureCopy>;
afterEach(() => site?.cleanup());

describe('isExample', () => {
  it('a field named in example_fields is an example, others are not', () => {
    const record = { example_fields: ['schedule', 'cost_note'], source: 'seed 001' };
    expect(isExample(record, 'schedule')).toBe(true);
    expect(isExample(record, 'cost_note')).toBe(true);
    expect(isExample(record, 'title')).toBe(false);
  });

  it('a field covers the fields inside it, not the other way round', () => {
    expect(isExample({ example_fields: ['schedule'], source: 'x' }, 'schedule.time')).toBe(true);
    expect(isExample({ example_fields: ['schedule.time'], source: 'x' }, 'schedule')).toBe(false);
    expect(isExample({ example_fields: ['schedule'], source: 'x' }, 'schedules')).toBe(false);
  });

  it('a record with source: voorbeeld is an example in every field', () => {
    expect(isExample({ source: ' Voorbeeld ' }, 'street')).toBe(true);
    expect(isExample({ source: 'Evaluatie 2019 (seed 001)' }, 'street')).toBe(false);
  });

  it('takes an entry as well as its data', () => {
    expect(isExample({ data: { example_fields: ['postcode'], source: 'x' } }, 'postcode')).toBe(true);
    expect(anyExample({ data: { example_fields: ['postcode'], source: 'x' } }, ['street', 'postcode'])).toBe(true);
    expect(anyExample({ data: { source: 'x' } }, ['street', 'postcode'])).toBe(false);
  });
});

describe('the content check reads example_fields', () => {
  it('names of fields the record has load without problems', () => {
    site = fixtureCopy();
    site.edit('activities/koffie.yaml', (d) => (d.example_fields = ['schedule', 'schedule.time', 'languages']));
    expect(problemsOf(site.root)).toEqual([]);
  });

  it('refuses a name that is not a field of the record, with file, field and the fields there are', () => {
    site = fixtureCopy();
    site.edit('activities/koffie.yaml', (d) => (d.example_fields = ['schedule', 'kosten']));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/activities/koffie.yaml',
        field: 'example_fields.1',
        message:
          '"kosten" is geen veld van dit bestand; noem alleen velden die hier een waarde hebben, zoals organiser, location, category, groups, languages, free',
      },
    ]);
  });

  it('refuses a nested name the record does not have', () => {
    site = fixtureCopy();
    site.edit('locations/huis.yaml', (d) => (d.example_fields = ['street.number']));
    const problems = problemsOf(site.root);
    expect(problems.map((p) => [p.file, p.field, p.message.split(';')[0]])).toEqual([
      ['content/locations/huis.yaml', 'example_fields.0', '"street.number" is geen veld van dit bestand'],
    ]);
  });

  it('refuses something that is not a field name at all, in Dutch', () => {
    site = fixtureCopy();
    site.edit('services/hulp.yaml', (d) => (d.example_fields = ['Openingstijden!']));
    expect(problemsOf(site.root)).toEqual([
      {
        file: 'content/services/hulp.yaml',
        field: 'example_fields.0',
        message: 'verwacht de naam van een veld, bijvoorbeeld schedule, cost_note of schedule.time',
      },
    ]);
  });
});
