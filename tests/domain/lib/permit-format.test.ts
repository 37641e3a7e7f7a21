// Permit numbers typed in every way people type them, stored in one shape; wrong shapes refused.
import { describe, expect, it } from 'vitest';
import { parseBpomMd, parseHalalId, parseNib, parsePermit, parsePirt, PERMIT_EXAMPLES } from '../../../domain/lib/permit-format.ts';

describe('permit formats', () => {
  it('NIB: 13 digits, separators and a leading "NIB"/"No." allowed', () => {
    expect(parseNib('9120001234567')).toBe('9120001234567');
    expect(parseNib('9120 0012 34567')).toBe('9120001234567');
    expect(parseNib('NIB: 9120-0012-34567')).toBe('9120001234567');
    expect(parseNib('No. 9120001234567')).toBe('9120001234567');
    expect(parseNib('912000123456')).toBeNull();
    expect(parseNib('91200012345678')).toBeNull();
    expect(parseNib('912000123456A')).toBeNull();
  });

  it('SPP-IRT: at least 15 digits, stored as digits', () => {
    expect(parsePirt('2065371010123-27')).toBe('206537101012327');
    expect(parsePirt('P-IRT No. 2065371010123-27')).toBe('206537101012327');
    expect(parsePirt('SPP-IRT 2 06 5371 01 0123 27')).toBe('206537101012327');
    expect(parsePirt('20653710101232799')).toBe('20653710101232799');
    expect(parsePirt('20653710101232')).toBeNull();
    expect(parsePirt('MD224510001234')).toBeNull();
  });

  it('BPOM MD: "MD" and 12 digits, also typed as "BPOM RI MD ..."', () => {
    expect(parseBpomMd('MD224510001234')).toBe('MD224510001234');
    expect(parseBpomMd('md 2245 1000 1234')).toBe('MD224510001234');
    expect(parseBpomMd('BPOM RI MD 224510001234')).toBe('MD224510001234');
    expect(parseBpomMd('ML224510001234')).toBeNull();
    expect(parseBpomMd('MD22451000123')).toBeNull();
    expect(parseBpomMd('224510001234')).toBeNull();
  });

  it('halal: "ID" and digits, 10 to 30 characters', () => {
    expect(parseHalalId('ID53110012345678901234')).toBe('ID53110012345678901234');
    expect(parseHalalId('id 5311 0012 3456 7890 1234')).toBe('ID53110012345678901234');
    expect(parseHalalId('Halal No. ID53110012345678901234')).toBe('ID53110012345678901234');
    expect(parseHalalId('ID12345678')).toBe('ID12345678');
    expect(parseHalalId('ID1234567')).toBeNull();
    expect(parseHalalId(`ID${'1'.repeat(29)}`)).toBeNull();
    expect(parseHalalId('53110012345678901234')).toBeNull();
  });

  it('every example given in error messages is itself valid', () => {
    for (const kind of ['NIB', 'PIRT', 'BPOM_MD', 'HALAL'] as const) expect(parsePermit(kind, PERMIT_EXAMPLES[kind])).not.toBeNull();
  });
});
