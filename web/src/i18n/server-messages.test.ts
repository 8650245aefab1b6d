import { describe, expect, it } from 'vitest';
import { localiseServerMessage, stripFieldPrefix } from './server-messages.ts';

describe('server messages in the UI', () => {
  it('drops the field name the server puts in front', () => {
    expect(stripFieldPrefix('postcode: must be a Dutch postcode like 5211 AB', 'postcode')).toBe(
      'must be a Dutch postcode like 5211 AB',
    );
    expect(stripFieldPrefix('Sign in first', undefined)).toBe('Sign in first');
  });

  it('speaks Dutch where the message is known, and English otherwise', () => {
    const msg = 'postcode: must be a Dutch postcode like 5211 AB';
    expect(localiseServerMessage(msg, 'postcode', 'nl')).toBe(
      'Vul een Nederlandse postcode in, zoals 5211 AB.',
    );
    expect(localiseServerMessage(msg, 'postcode', 'en')).toBe(
      'Must be a Dutch postcode like 5211 AB',
    );
    expect(
      localiseServerMessage('name: an organisation "X" exists in this region', 'name', 'nl'),
    ).toBe('Er bestaat al een organisatie "X" in deze regio.');
    expect(localiseServerMessage('something new', undefined, 'nl')).toBe('something new');
  });
});
