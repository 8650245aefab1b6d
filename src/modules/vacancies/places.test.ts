import { describe, expect, it } from 'vitest';
import { locate, locatedAddress, placeByName, placeOfPostcode, places } from './places.ts';

describe('the gazetteer of the demo region', () => {
  it('finds a place by its PC4 postcode, written any way', () => {
    expect(placeOfPostcode('5341 AB')?.name).toBe('Oss');
    expect(placeOfPostcode('5466sb')?.name).toBe('Veghel');
    expect(placeOfPostcode('5211')?.name).toBe("'s-Hertogenbosch");
    expect(placeOfPostcode('5245 AA')?.name).toBe('Rosmalen');
    expect(placeOfPostcode('1012 AB')).toBeNull();
    expect(placeOfPostcode('nonsense')).toBeNull();
  });

  it('finds a place by name or alias, ignoring case, accents and punctuation', () => {
    expect(placeByName('Den Bosch')?.name).toBe("'s-Hertogenbosch");
    expect(placeByName("'S-HERTOGENBOSCH")?.name).toBe("'s-Hertogenbosch");
    expect(placeByName('sint michielsgestel')?.name).toBe('Sint-Michielsgestel');
    expect(placeByName('Amsterdam')).toBeNull();
  });

  it('locates by postcode first, then by place, else null', () => {
    const oss = locate({ postcode: '5342 AB', city: 'Uden' });
    expect(oss).toEqual({ lat: 51.765, lon: 5.5181 });
    expect(locate({ postcode: '9999 ZZ', city: 'Uden' })?.lat).toBeCloseTo(51.66, 2);
    expect(locate({ postcode: null, city: 'Utrecht' })).toBeNull();
    expect(locate({})).toBeNull();
  });

  it('has plausible centroids and no postcode in two places', () => {
    const seen = new Set<string>();
    for (const p of places) {
      expect(p.lat).toBeGreaterThan(51.5);
      expect(p.lat).toBeLessThan(51.9);
      expect(p.lon).toBeGreaterThan(5.1);
      expect(p.lon).toBeLessThan(6.0);
      for (const pc of p.pc4) {
        expect(seen.has(pc), pc).toBe(false);
        seen.add(pc);
      }
    }
    for (const name of ['Oss', 'Veghel', 'Uden', 'Boxtel', 'Schijndel', 'Berghem', 'Heesch']) {
      expect(placeByName(name), name).not.toBeNull();
    }
  });
});

describe('stored addresses', () => {
  it('normalise the postcode and add a point when the place is known', () => {
    expect(locatedAddress({ postcode: '5466sb', city: 'Veghel' })).toEqual({
      postcode: '5466 SB',
      city: 'Veghel',
      lat: 51.6167,
      lon: 5.5486,
    });
    expect(locatedAddress({ postcode: null, city: 'Parijs' })).toMatchObject({
      lat: null,
      lon: null,
    });
  });
});
