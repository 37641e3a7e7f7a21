// The restricted-goods matcher over config/restricted-goods.json: spellings, accents, affixes and typos
// people write meet the policy's words; depictions ("motif penyu"), look-alikes ("bir pletok", "serum",
// "gelang") and ordinary village products do not.
import { describe, expect, it } from 'vitest';
import { findRestrictions, loadRestrictionPolicy, restrictionOf } from '../../../domain/policy/restricted-goods.ts';

const keyOf = (text: string) => restrictionOf([text])?.key ?? null;

describe('restricted goods', () => {
  it.each([
    ['Sopi Kupang asli', 'alcohol'],
    ['SOPHI kualitas super', 'alcohol'],
    ['Moké Ende 600 ml', 'alcohol'],
    ['soppi lontar', 'alcohol'],
    ['Arak Bali', 'alcohol'],
    ['Minuman beralkohol tradisional', 'alcohol'],
    ['Tuak manis', 'alcohol'],
    ['tembakao iris', 'tobacco'],
    ['Rokoknya enak', 'tobacco'],
    ['Sisik penyu asli', 'protectedSpecies'],
    ['awetan cendrawasi', 'protectedSpecies'],
    ['Kakaktua jambul kuning', 'protectedSpecies'],
    ['Jamu kunyit asam', 'medicine'],
    ['Obat herbal untuk diabetes', 'medicine'],
    ['Senjata api rakitan', 'weapons'],
    ['bom ikan', 'weapons'],
  ])('%s → %s', (text, key) => expect(keyOf(text)).toBe(key));

  it.each(['Kopi Arabika Bajawa', 'Madu hutan Timor', 'Bir pletok jahe', 'Serum wajah kelor', 'Gelang perak Kupang', 'Kain tenun warna gading', 'Tenun ikat motif penyu', 'Patung komodo kayu', 'Minyak kayu putih disuling', 'Sarung tenun motif kuda dan rusa', 'Kacang mete goreng', 'Minuman kunyit tanpa alkohol'])('%s is not restricted', (text) => {
    expect(findRestrictions([text])).toEqual([]);
  });

  it('puts a forbidden good before one that needs a licence, and says which words matched', () => {
    expect(findRestrictions(['Arak', 'dengan gading gajah']).map((r) => [r.key, r.requires, r.matched])).toEqual([
      ['protectedSpecies', 'forbidden', 'gading gajah'],
      ['alcohol', 'licence', 'arak'],
    ]);
  });

  it('the shipped table is valid and names what each rule needs', () => {
    const policy = loadRestrictionPolicy();
    expect(policy.rules.map((r) => [r.key, r.requires])).toEqual([
      ['alcohol', 'licence'],
      ['tobacco', 'licence'],
      ['protectedSpecies', 'forbidden'],
      ['medicine', 'licence'],
      ['weapons', 'forbidden'],
    ]);
  });
});
