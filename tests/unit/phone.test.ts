/** Dutch phone numbers (src/schemas/phone.ts): digits, mobile numbers, numbers that only work at home, links and open data. */
import { describe, expect, it } from 'vitest';
import {
  internationalPhone,
  isDomesticOnly,
  isMobile,
  phoneDigits,
  telHref,
  whatsappHref,
} from '../../src/schemas/phone.ts';

describe('phone numbers', () => {
  it('+31 and spaces come down to the same digits', () => {
    expect(phoneDigits('+31 529 43 83 83')).toBe(phoneDigits('0529 43 83 83'));
    expect(phoneDigits('0529-43 83 83')).toBe('0529438383');
  });
  it('06 numbers, also written +316, are mobile', () => {
    expect(isMobile('06 12 34 56 78')).toBe(true);
    expect(isMobile('+31 6 12345678')).toBe(true);
    expect(isMobile('0529 43 83 83')).toBe(false);
  });
  it('0800, 0900 and 14 numbers only work inside the Netherlands and keep their domestic form', () => {
    expect(isDomesticOnly('0800 1234')).toBe(true);
    expect(isDomesticOnly('14 0529')).toBe(true);
    expect(isDomesticOnly('0529 43 83 83')).toBe(false);
    expect(telHref('0800 1234')).toBe('tel:08001234');
    expect(internationalPhone('0800 1234')).toBe('0800 1234');
  });
  it('open data writes other numbers as E.164', () => {
    expect(internationalPhone('0529 43 83 83')).toBe('+31529438383');
  });
  it('phone and WhatsApp links use the international number', () => {
    expect(telHref('0529 43 83 83')).toBe('tel:+31529438383');
    expect(telHref('0900 8020')).toBe('tel:09008020');
    expect(telHref('14 0529')).toBe('tel:140529');
    expect(whatsappHref('06 12 34 56 78')).toBe('https://wa.me/31612345678');
  });
});
