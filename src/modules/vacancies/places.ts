/**
 * A small hand-written gazetteer of the demo region (Noordoost-Brabant): places, their PC4
 * postcodes and an approximate centre. Vacancies and trainings get a point from it, so matching
 * can compute travel distance; an unknown place gives no point and matching falls back to
 * "same region". A real deployment would load the CBS/PDOK PC4 centroids instead.
 */

export interface Place {
  name: string;
  /** Other ways people write it ("Den Bosch"). */
  aliases: readonly string[];
  municipality: string;
  /** Four-digit postcode areas of the place. */
  pc4: readonly string[];
  lat: number;
  lon: number;
}

export interface GeoPoint {
  lat: number;
  lon: number;
}

const range = (from: number, to: number): string[] =>
  Array.from({ length: to - from + 1 }, (_, i) => String(from + i));

export const places: readonly Place[] = [
  {
    name: "'s-Hertogenbosch",
    aliases: ['Den Bosch', 's-Hertogenbosch', 'Hertogenbosch', 'Empel', 'Engelen'],
    municipality: "'s-Hertogenbosch",
    pc4: [...range(5211, 5216), ...range(5221, 5224), ...range(5231, 5237)],
    lat: 51.6978,
    lon: 5.3037,
  },
  {
    name: 'Rosmalen',
    aliases: [],
    municipality: "'s-Hertogenbosch",
    pc4: range(5241, 5248),
    lat: 51.7167,
    lon: 5.3653,
  },
  {
    name: 'Nuland',
    aliases: [],
    municipality: "'s-Hertogenbosch",
    pc4: ['5391'],
    lat: 51.725,
    lon: 5.4367,
  },
  {
    name: 'Vught',
    aliases: ['Cromvoirt'],
    municipality: 'Vught',
    pc4: range(5261, 5264),
    lat: 51.6533,
    lon: 5.2875,
  },
  {
    name: 'Oss',
    aliases: [],
    municipality: 'Oss',
    pc4: range(5341, 5349),
    lat: 51.765,
    lon: 5.5181,
  },
  { name: 'Berghem', aliases: [], municipality: 'Oss', pc4: ['5351'], lat: 51.77, lon: 5.57 },
  {
    name: 'Heesch',
    aliases: [],
    municipality: 'Bernheze',
    pc4: ['5384'],
    lat: 51.7317,
    lon: 5.5297,
  },
  {
    name: 'Nistelrode',
    aliases: [],
    municipality: 'Bernheze',
    pc4: ['5388'],
    lat: 51.7033,
    lon: 5.5625,
  },
  {
    name: 'Heeswijk-Dinther',
    aliases: ['Heeswijk', 'Dinther'],
    municipality: 'Bernheze',
    pc4: ['5473'],
    lat: 51.6508,
    lon: 5.4814,
  },
  { name: 'Lith', aliases: [], municipality: 'Oss', pc4: ['5396'], lat: 51.8061, lon: 5.4356 },
  {
    name: 'Ravenstein',
    aliases: [],
    municipality: 'Oss',
    pc4: ['5371'],
    lat: 51.7967,
    lon: 5.6486,
  },
  {
    name: 'Veghel',
    aliases: [],
    municipality: 'Meierijstad',
    pc4: range(5461, 5467),
    lat: 51.6167,
    lon: 5.5486,
  },
  { name: 'Erp', aliases: [], municipality: 'Meierijstad', pc4: ['5469'], lat: 51.6, lon: 5.6069 },
  {
    name: 'Schijndel',
    aliases: [],
    municipality: 'Meierijstad',
    pc4: ['5481', '5482'],
    lat: 51.6225,
    lon: 5.4319,
  },
  {
    name: 'Sint-Oedenrode',
    aliases: ['Sint Oedenrode', 'Rooi'],
    municipality: 'Meierijstad',
    pc4: ['5491', '5492'],
    lat: 51.5675,
    lon: 5.4597,
  },
  {
    name: 'Uden',
    aliases: ['Volkel'],
    municipality: 'Maashorst',
    pc4: range(5401, 5406),
    lat: 51.6608,
    lon: 5.6194,
  },
  {
    name: 'Boxtel',
    aliases: [],
    municipality: 'Boxtel',
    pc4: range(5281, 5283),
    lat: 51.5908,
    lon: 5.3292,
  },
  {
    name: 'Sint-Michielsgestel',
    aliases: ['Sint Michielsgestel', 'Gestel'],
    municipality: 'Sint-Michielsgestel',
    pc4: ['5271', '5272'],
    lat: 51.6417,
    lon: 5.3528,
  },
  {
    name: 'Den Dungen',
    aliases: [],
    municipality: 'Sint-Michielsgestel',
    pc4: ['5275'],
    lat: 51.665,
    lon: 5.3717,
  },
  {
    name: 'Berlicum',
    aliases: [],
    municipality: 'Sint-Michielsgestel',
    pc4: ['5258'],
    lat: 51.6775,
    lon: 5.3994,
  },
  {
    name: 'Vlijmen',
    aliases: [],
    municipality: 'Heusden',
    pc4: ['5251'],
    lat: 51.695,
    lon: 5.2142,
  },
  {
    name: 'Drunen',
    aliases: [],
    municipality: 'Heusden',
    pc4: ['5151', '5152'],
    lat: 51.6858,
    lon: 5.1333,
  },
  {
    name: 'Zaltbommel',
    aliases: [],
    municipality: 'Zaltbommel',
    pc4: ['5301', '5302'],
    lat: 51.81,
    lon: 5.2486,
  },
  {
    name: 'Grave',
    aliases: [],
    municipality: 'Land van Cuijk',
    pc4: ['5361'],
    lat: 51.7592,
    lon: 5.7383,
  },
  {
    name: 'Cuijk',
    aliases: [],
    municipality: 'Land van Cuijk',
    pc4: ['5431', '5432'],
    lat: 51.7272,
    lon: 5.8792,
  },
  {
    name: 'Mill',
    aliases: [],
    municipality: 'Land van Cuijk',
    pc4: ['5451'],
    lat: 51.6878,
    lon: 5.7781,
  },
  {
    name: 'Boxmeer',
    aliases: [],
    municipality: 'Land van Cuijk',
    pc4: ['5831', '5832'],
    lat: 51.6467,
    lon: 5.9472,
  },
];

/** "'s-Hertogenbosch", "s Hertogenbosch", "DEN BOSCH " → one comparable form. */
export function placeKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const byPc4 = new Map<string, Place>(places.flatMap((p) => p.pc4.map((pc) => [pc, p] as const)));
const byName = new Map<string, Place>(
  places.flatMap((p) => [p.name, ...p.aliases].map((n) => [placeKey(n), p] as const)),
);

/** The place of a Dutch postcode ("5211 AB", "5211ab", "5211"), if the gazetteer knows it. */
export function placeOfPostcode(postcode: string): Place | null {
  const pc4 = postcode.replace(/\s+/g, '').slice(0, 4);
  return /^[1-9][0-9]{3}$/.test(pc4) ? (byPc4.get(pc4) ?? null) : null;
}

export function placeByName(name: string): Place | null {
  return byName.get(placeKey(name)) ?? null;
}

/**
 * A point for an address: the postcode wins (it is more precise and less ambiguous than a
 * name), then the place name; null when neither is known here.
 */
export function locate(address: {
  postcode?: string | null;
  city?: string | null;
}): GeoPoint | null {
  const place =
    (address.postcode ? placeOfPostcode(address.postcode) : null) ??
    (address.city ? placeByName(address.city) : null);
  return place ? { lat: place.lat, lon: place.lon } : null;
}

/** "5211ab" → "5211 AB"; a four-digit postcode stays as it is. */
export function normalisePostcode(input: string): string {
  const compact = input.replace(/\s+/g, '').toUpperCase();
  return compact.length === 6 ? `${compact.slice(0, 4)} ${compact.slice(4)}` : compact;
}

/** The stored form of an address: normalised postcode and, when the place is known, a point. */
export function locatedAddress(address: { postcode: string | null; city: string | null }) {
  const postcode = address.postcode ? normalisePostcode(address.postcode) : null;
  const point = locate({ postcode, city: address.city });
  return { postcode, city: address.city, lat: point?.lat ?? null, lon: point?.lon ?? null };
}
