import { describe, expect, it } from 'vitest';
import { slugify, uniqueSlugs } from './slug';

describe('slugify', () => {
  it.each([
    ['Alberto Otárola Peñaranda', 'alberto-otarola-penaranda'],
    ['Gustavo Adolfo Meza-Cuadra Velásquez', 'gustavo-adolfo-meza-cuadra-velasquez'],
    ['Yılmaz Tunç', 'yilmaz-tunc'],
    ['Lương Cường', 'luong-cuong'],
    ['Straße Łódź', 'strasse-lodz'],
    ['Татьяна Москалькова', 'tatyana-moskalkova'],
    ['Аляксандр Лукашэнка', 'alyaksandr-lukashenka'],
    ['习近平', ''],
    ['UA 106.23', 'ua-106-23'],
  ])('%s → "%s"', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('stays within the length, cut at a hyphen', () => {
    const slug = slugify('Salman bin Abdulaziz bin Abdulrahman Al Saud Custodian of the Two Holy Mosques');
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug).toBe('salman-bin-abdulaziz-bin-abdulrahman-al-saud-custodian-of-the');
  });
});

describe('uniqueSlugs', () => {
  it('numbers repeats', () => {
    expect(uniqueSlugs(['a', 'b', 'a', 'a'])).toEqual(['a', 'b', 'a-2', 'a-3']);
  });
});
