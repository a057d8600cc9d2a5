/** Phone numbers as typed (src/elements/shared/phone-format.ts) and the country a field starts with (phone-countries.ts). */
import { expect } from '@open-wc/testing';
import { countryOptions, initialCountry } from '../../src/elements/shared/phone-countries.js';
import { formatTyped, looksLikePhone, present, significant, switchCountry, toE164 } from '../../src/elements/shared/phone-format.js';
import { validateFields } from '../../src/core/validation.js';

describe('formatTyped', () => {
  it('formats each prefix of a number as it grows, never dropping a digit', () => {
    const number = '07400123456';
    for (let i = 1; i <= number.length; i++) {
      const typed = formatTyped(number.slice(0, i), i, 'GB')!;
      expect(significant(typed.text), number.slice(0, i)).to.equal(number.slice(0, i));
      expect(typed.caret, `${number.slice(0, i)} → ${typed.text}`).to.equal(typed.text.length);
    }
    expect(formatTyped(number, number.length, 'GB')!.text).to.equal('07400 123456');
  });

  it('keeps the caret after the digit it followed', () => {
    // "(2|01) 555-012" with a 0 typed at the caret: the digits become 2001555012.
    const typed = formatTyped('(2001) 555-012', 3, 'US')!;
    expect(typed.text).to.equal('(200) 155-5012');
    expect(typed.text.slice(0, typed.caret), 'after the 0 just typed').to.equal('(20');
  });

  it('declines (null) when formatting would drop a character, so the text stays as typed', () => {
    expect(formatTyped('201555x0123', 7, 'US')).to.equal(null);
    expect(formatTyped('20+1', 4, 'US')).to.equal(null);
  });

  it('a + and a calling code name the country; +1 keeps Canada when Canada is chosen until the number says otherwise', () => {
    expect(formatTyped('+447400123456', 13, 'US')!.country).to.equal('GB');
    expect(formatTyped('+49', 3, 'US')!.country).to.equal('DE');
    expect(formatTyped('+1 2', 4, 'CA')!.country).to.equal('CA');
    expect(formatTyped('+1 201 555 0123', 15, 'CA')!.country).to.equal('US');
    expect(formatTyped('0740', 4, 'GB')!.country, 'a national number keeps its country').to.equal('GB');
  });
});

describe('present, switchCountry, toE164', () => {
  it('shows a valid international number nationally with its country; anything else as typed', () => {
    expect(present('+447400123456', 'US')).to.deep.equal({ text: '07400 123456', country: 'GB' });
    expect(present('+1 555', 'GB')).to.deep.equal({ text: '+1 555', country: 'US' });
    expect(present('2015550123', 'US')).to.deep.equal({ text: '(201) 555-0123', country: 'US' });
  });

  it('moves a number to another country: its national part, formatted for it', () => {
    expect(switchCountry('+44 7400 123456', 'DE')).to.equal(formatTyped('7400123456', 10, 'DE')!.text);
    expect(switchCountry('(201) 555-0123', 'GB').replace(/\D/g, '')).to.equal('2015550123');
  });

  it('E.164 from national or international text; text that is no number stays as it is', () => {
    expect(toE164('07400 123456', 'GB')).to.equal('+447400123456');
    expect(toE164('+1 (201) 555-0123', 'GB')).to.equal('+12015550123');
    expect(toE164('call 07400 123456', 'GB'), 'no number picked out of a sentence').to.equal('call 07400 123456');
  });

  it('looksLikePhone: digits, +, spaces and punctuation only', () => {
    expect(['5', '+', '(201', '+44 7400'].map(looksLikePhone)).to.deep.equal([true, true, true, true]);
    expect(['ana', 'ana@example.com', '5a', ''].map(looksLikePhone)).to.deep.equal([false, false, false, false]);
  });
});

describe('the phone check before sending', () => {
  it('core checks the E.164 shape by default; the library check refuses a number that cannot exist', async () => {
    const { isRealNumber } = await import('../../src/elements/shared/phone-format.js');
    const rules = { phone: ['phone'] as const };
    expect(validateFields({ phone: '+15550100199' }, rules)).to.deep.equal([]);
    expect(validateFields({ phone: '+15550100199' }, rules, isRealNumber)).to.deep.equal([{ field: 'phone', code: 'invalidPhone' }]);
    expect(validateFields({ phone: '+12015550123' }, rules, isRealNumber)).to.deep.equal([]);
  });
});

describe('countries', () => {
  it('every country, named in the language given, sorted for it, with its calling code', () => {
    const german = countryOptions('de');
    expect(german.length).to.be.greaterThan(240);
    expect(german.find(([code]) => code === 'DE')![1]).to.equal('Deutschland (\u200e+49)');
    const names = german.map(([, label]) => label);
    expect([...names].sort(new Intl.Collator('de').compare)).to.deep.equal(names);
    expect(countryOptions('not a tag!').length, 'a malformed tag falls back to English').to.equal(german.length);
  });

  it('starts at default-country, else a region a language names, else the likely region of the first', () => {
    expect(initialCountry('gb', ['en-US'])).to.equal('GB');
    expect(initialCountry('', ['en-IE', 'en-US'])).to.equal('IE');
    expect(initialCountry('', ['de', 'en-US']), 'the browser names a region, the page only a language').to.equal('US');
    expect(initialCountry('', ['de'])).to.equal('DE');
    expect(initialCountry('ZZ', ['es-419', 'ja'])).to.equal('JP');
    expect(initialCountry(undefined, [null, ''])).to.equal('US');
  });
});
