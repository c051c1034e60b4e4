// The directory forms' parser and generic checks: what a posted body becomes, and what is refused.
import { describe, expect, it } from 'vitest';
import { checkForm, cleanForm, parseForm, rowsOf, type FormSpec } from './directory-form.js';

const spec: FormSpec = {
  fields: [
    { name: 'name', type: 'text', label: 'directoryEditor.field.name', required: true },
    { name: 'country', type: 'country', label: 'directoryEditor.field.country' },
    { name: 'countries', type: 'countries', label: 'directoryEditor.field.country' },
    { name: 'member', type: 'checkbox', label: 'directoryEditor.field.isMember' },
    {
      name: 'sectors',
      type: 'checkboxes',
      label: 'directoryEditor.field.sectors',
      choices: 'sectors',
    },
    { name: 'website', type: 'url', label: 'directoryEditor.field.website' },
    { name: 'text', type: 'textarea', label: 'directoryEditor.field.description', perLocale: true },
  ],
  groups: [
    {
      name: 'venues',
      label: 'directoryEditor.group.aliases',
      rowLabel: 'directoryEditor.row.alias',
      blankRows: 2,
      maxRows: 3,
      fields: [{ name: 'name', type: 'text', label: 'directoryEditor.field.name' }],
    },
    {
      name: 'items',
      label: 'directoryEditor.group.aliases',
      rowLabel: 'directoryEditor.row.alias',
      blankRows: 2,
      maxRows: 10,
      fields: [
        { name: 'title', type: 'text', label: 'directoryEditor.field.name', perLocale: true },
        {
          name: 'venue',
          type: 'select',
          label: 'directoryEditor.field.alias',
          rowOf: 'venues',
          choices: 'rows',
        },
        { name: 'on', type: 'date', label: 'directoryEditor.field.validUntil' },
      ],
    },
  ],
};
const locales = ['fr', 'en'];

describe('parseForm', () => {
  it('keeps known keys, trims, upper-cases codes and joins ticked boxes', () => {
    const form = parseForm(
      spec,
      {
        name: '  Skywin  ',
        country: 'be',
        countries: 'kz, uz;UZ',
        member: ['0', '1'],
        sectors: ['a', 'b', 'a', ''],
        'fr.text': 'Ligne\r\nsuivante  \n',
        intruder: 'x',
        'venues.x.name': 'not a row',
      },
      locales,
    );
    expect(form).toEqual({
      name: 'Skywin',
      country: 'BE',
      countries: 'KZ,UZ',
      member: '1',
      sectors: 'a,b',
      website: '',
      'fr.text': 'Ligne\nsuivante',
      'en.text': '',
    });
  });

  it('drops blank and removed rows, renumbers the rest, and follows references to them', () => {
    const form = parseForm(
      spec,
      {
        name: 'Event',
        'venues.0.name': 'Redu',
        'venues.1.name': 'Liège',
        'venues.1.remove': '1',
        'venues.2.name': '',
        'venues.3.name': 'Namur',
        'items.0.fr.title': 'Accueil',
        'items.0.venue': '4',
        'items.1.fr.title': 'Visite',
        'items.1.venue': '2',
        'items.2.fr.title': '',
        'items.2.en.title': '',
        'items.2.venue': '',
        'items.5.en.title': 'Dinner',
        'items.5.venue': '1',
      },
      locales,
    );
    expect(rowsOf(form, 'venues')).toEqual([{ name: 'Redu' }, { name: 'Namur' }]);
    expect(rowsOf(form, 'items')).toEqual([
      { 'fr.title': 'Accueil', 'en.title': '', venue: '2', on: '' },
      { 'fr.title': 'Visite', 'en.title': '', venue: '', on: '' },
      { 'fr.title': '', 'en.title': 'Dinner', venue: '1', on: '' },
    ]);
  });

  it('cleans a form given as data the same way', () => {
    expect(
      cleanForm(spec, { name: ' x ', country: 'fr', 'items.0.on': ' 2026-01-02 ' }, locales),
    ).toEqual({
      name: 'x',
      country: 'FR',
      'items.0.on': '2026-01-02',
    });
  });
});

describe('checkForm', () => {
  const choices = { sectors: [{ value: 'a', label: 'A' }], rows: [{ value: '1', label: '1' }] };

  it('accepts a valid form', () => {
    const form = parseForm(
      spec,
      { name: 'Ok', country: 'BE', sectors: 'a', website: 'https://example.org/x' },
      locales,
    );
    expect(checkForm(spec, form, locales, choices)).toEqual({});
  });

  it('names every bad field, in rows too', () => {
    const errors = checkForm(
      spec,
      {
        name: '',
        country: 'BEL',
        countries: 'BE,B1',
        sectors: 'a,zz',
        website: 'javascript:alert(1)',
        'fr.text': 'x'.repeat(20_001),
        'venues.0.name': 'a',
        'venues.1.name': 'b',
        'venues.2.name': 'c',
        'venues.3.name': 'd',
        'items.0.venue': '7',
        'items.0.on': '2026-02-30',
      },
      locales,
      choices,
    );
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, v.key]))).toEqual({
      name: 'directoryEditor.error.required',
      country: 'directoryEditor.error.country',
      countries: 'directoryEditor.error.country',
      sectors: 'directoryEditor.error.choice',
      website: 'directoryEditor.error.url',
      'fr.text': 'directoryEditor.error.tooLong',
      venues: 'directoryEditor.error.tooManyRows',
      'items.0.venue': 'directoryEditor.error.choice',
      'items.0.on': 'directoryEditor.error.date',
    });
  });
});
