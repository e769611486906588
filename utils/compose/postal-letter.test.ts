import { describe, expect, it } from 'vitest';
import { emptyProfile } from '@/utils/db/records';
import { anaProfile, bundledAction } from '@/testing/test-data';
import { findTarget } from './composer';
import { postalLetter } from './postal-letter';

const peru = bundledAction('ua-106-23-2');

describe('the printed letter', () => {
  it('has the sender block, the date, the official with office and address, and the letter', () => {
    const letter = postalLetter(
      findTarget(peru, 'embassy-us'),
      { ...anaProfile, streetAddress: 'Calle Plateros 334', postalCode: '08002' },
      'Your Excellency,\n\nText',
      'Nov 29, 2023',
    );
    expect(letter).toEqual({
      sender: ['Ana Quispe', 'Calle Plateros 334', '08002 Cusco', 'Cusco', 'Peru'],
      date: 'Nov 29, 2023',
      recipient: [
        'Ambassador Gustavo Adolfo Meza-Cuadra Velásquez',
        'Ambassador of Peru to the United States',
        'Peruvian Embassy in the United States',
        '1700 Massachusetts Avenue, NW',
        'Washington DC 20036',
      ],
      letter: 'Your Excellency,\n\nText',
    });
  });

  it('leaves out what the supporter or the feed did not give', () => {
    const target = { ...findTarget(peru, 'otarola'), title: undefined, address: [] };
    expect(postalLetter(target, emptyProfile, 'x', 'today')).toMatchObject({
      sender: [],
      recipient: ['Mr. Alberto Otárola Peñaranda', 'Presidencia del Consejo de Ministros'],
    });
  });
});
