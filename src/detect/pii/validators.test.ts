import { describe, expect, it } from 'vitest';
import {
  cnIdCardValid,
  cnIdCheckChar,
  cnMobileValid,
  ibanValid,
  luhnValid,
  shannonEntropy,
  uscCodeValid,
  usccCheckChar,
  usSsnValid,
} from './validators.js';

describe('validators', () => {
  it('Luhn', () => {
    for (const v of ['4111111111111111', '5500 0000 0000 0004', '340000000000009', '6011000000000004']) {
      expect(luhnValid(v)).toBe(true);
    }
    for (const v of ['4111111111111112', '1234567812345678', '0']) expect(luhnValid(v)).toBe(false);
  });

  it('Chinese resident ID: checksum, region and birth date', () => {
    expect(cnIdCardValid('11010519491231002X')).toBe(true);
    expect(cnIdCardValid('11010519491231002x')).toBe(true);
    expect(cnIdCardValid(`44052419850101001${cnIdCheckChar('44052419850101001')}`)).toBe(true);
    expect(cnIdCardValid('110105194912310021')).toBe(false); // wrong check digit
    expect(cnIdCardValid(`990105194912310${cnIdCheckChar('99010519491231002')}`)).toBe(false); // no region 99
    const badDate = '11010519490231002';
    expect(cnIdCardValid(badDate + cnIdCheckChar(badDate))).toBe(false); // 31 February
    const future = '11010520990101002';
    expect(cnIdCardValid(future + cnIdCheckChar(future))).toBe(false);
  });

  it('Unified Social Credit Code', () => {
    expect(uscCodeValid('91350100M000100Y43')).toBe(true);
    const body = '91110000100000000';
    expect(uscCodeValid(body + usccCheckChar(body))).toBe(true);
    expect(uscCodeValid('91350100M000100Y44')).toBe(false);
    expect(uscCodeValid('91350100M000100I43')).toBe(false); // I is not in the alphabet
  });

  it('IBAN mod 97 and country length', () => {
    for (const v of [
      'GB82WEST12345698765432',
      'DE89 3704 0044 0532 0130 00',
      'FR1420041010050500013M02606',
    ]) {
      expect(ibanValid(v)).toBe(true);
    }
    expect(ibanValid('GB82WEST12345698765433')).toBe(false);
    expect(ibanValid('DE89370400440532013000123')).toBe(false); // wrong length for DE
  });

  it('US SSN rules', () => {
    expect(usSsnValid('460-89-9847')).toBe(true);
    for (const v of [
      '000-12-3456',
      '666-12-3456',
      '912-12-3456',
      '123-00-4567',
      '123-45-0000',
      '078-05-1120',
    ]) {
      expect(usSsnValid(v)).toBe(false);
    }
  });

  it('Chinese mobile segments', () => {
    expect(cnMobileValid('13812345678')).toBe(true);
    expect(cnMobileValid('+86 138 1234 5678')).toBe(true);
    expect(cnMobileValid('14012345678')).toBe(false);
    expect(cnMobileValid('12812345678')).toBe(false);
  });

  it('entropy', () => {
    expect(shannonEntropy('aaaaaaaa')).toBe(0);
    expect(shannonEntropy('abcdefgh')).toBe(3);
  });
});
