// Words for generated products: what NTT villages actually sell, in Indonesian and English, per category,
// so generated search texts look like real ones (trigram search cost depends on the words, not just the
// row count). Each base × qualifier is one product template.

export interface ProductBase {
  categoryId: string;
  nameId: string;
  nameEn: string;
  descriptionId: string;
  descriptionEn: string;
  unit: string;
  weightGrams: number;
  priceIdr: number;
}

const b = (categoryId: string, nameId: string, nameEn: string, descriptionId: string, descriptionEn: string, unit: string, weightGrams: number, priceIdr: number): ProductBase => ({
  categoryId,
  nameId,
  nameEn,
  descriptionId,
  descriptionEn,
  unit,
  weightGrams,
  priceIdr,
});

export const productBases: ProductBase[] = [
  b('kopi', 'Kopi Arabika', 'Arabica Coffee', 'Biji kopi arabika sangrai sedang dari kebun rakyat di lereng gunung.', 'Medium roast arabica beans from smallholder gardens on the mountain slopes.', 'bungkus 250 g', 250, 85_000),
  b('kopi', 'Kopi Robusta', 'Robusta Coffee', 'Kopi robusta bubuk, diolah petani dengan cara tradisional.', 'Ground robusta coffee, processed by farmers the traditional way.', 'bungkus 200 g', 200, 45_000),
  b('kopi', 'Kopi Bubuk Tradisional', 'Traditional Ground Coffee', 'Kopi bubuk disangrai di atas tungku kayu bersama jagung.', 'Ground coffee roasted over a wood stove with corn.', 'bungkus 500 g', 500, 60_000),
  b('tenun', 'Kain Tenun Ikat', 'Ikat Woven Cloth', 'Kain tenun ikat pewarna alami, motif turun-temurun.', 'Ikat cloth in natural dyes with inherited motifs.', 'lembar', 900, 750_000),
  b('tenun', 'Selendang Tenun', 'Woven Shawl', 'Selendang tenun tangan dengan benang katun.', 'Hand-woven cotton shawl.', 'lembar', 250, 250_000),
  b('tenun', 'Sarung Tenun', 'Woven Sarong', 'Sarung tenun untuk upacara adat dan sehari-hari.', 'Woven sarong for ceremonies and every day.', 'lembar', 800, 600_000),
  b('gula-aren-lontar', 'Gula Lontar Cair', 'Liquid Lontar Palm Sugar', 'Nira lontar dimasak perlahan menjadi gula cair.', 'Lontar palm sap slowly cooked into a syrup.', 'botol 600 ml', 700, 40_000),
  b('gula-aren-lontar', 'Gula Aren Batok', 'Palm Sugar Cakes', 'Gula aren dicetak dalam batok kelapa.', 'Palm sugar set in coconut shells.', 'kg', 1000, 35_000),
  b('hasil-laut', 'Ikan Asin', 'Salted Fish', 'Ikan laut dijemur dan diasinkan oleh nelayan.', 'Sea fish sun-dried and salted by fishers.', 'bungkus 500 g', 500, 55_000),
  b('hasil-laut', 'Rumput Laut Kering', 'Dried Seaweed', 'Rumput laut budidaya dikeringkan di pantai.', 'Farmed seaweed dried on the beach.', 'kg', 1000, 30_000),
  b('kacang-mete', 'Kacang Mete Goreng', 'Roasted Cashews', 'Kacang mete kupas, digoreng tanpa minyak sawit.', 'Shelled cashews roasted without palm oil.', 'toples 250 g', 300, 70_000),
  b('kacang-mete', 'Kacang Tanah Sangrai', 'Roasted Peanuts', 'Kacang tanah disangrai dengan pasir.', 'Peanuts roasted in sand.', 'bungkus 250 g', 250, 25_000),
  b('rempah', 'Kemiri Kupas', 'Shelled Candlenuts', 'Kemiri kupas bersih untuk bumbu masak.', 'Clean shelled candlenuts for cooking.', 'bungkus 250 g', 250, 30_000),
  b('rempah', 'Kayu Manis', 'Cinnamon Bark', 'Kulit kayu manis kering dari hutan adat.', 'Dried cinnamon bark from customary forest.', 'bungkus 100 g', 100, 25_000),
  b('madu', 'Madu Hutan', 'Wild Forest Honey', 'Madu lebah hutan dipanen secara lestari.', 'Wild bee honey harvested sustainably.', 'botol 500 ml', 650, 120_000),
  b('madu', 'Madu Kelulut', 'Stingless Bee Honey', 'Madu lebah tanpa sengat, rasa asam manis.', 'Stingless bee honey, sweet and sour.', 'botol 250 ml', 330, 150_000),
  b('pangan-olahan', "Se'i Sapi", "Se'i Smoked Beef", "Daging sapi asap khas Kupang, diasap dengan kayu kosambi.", 'Kupang-style beef smoked over kosambi wood.', 'bungkus 500 g', 500, 160_000),
  b('pangan-olahan', 'Jagung Titi', 'Flattened Corn Snack', 'Jagung pipih ditumbuk dengan batu, camilan khas.', 'Corn flattened with stones, a local snack.', 'bungkus 250 g', 250, 30_000),
  b('pangan-olahan', 'Keripik Pisang', 'Banana Chips', 'Keripik pisang kepok tipis dan renyah.', 'Thin crispy plantain chips.', 'bungkus 200 g', 200, 20_000),
  b('minuman', 'Teh Daun Kelor', 'Moringa Leaf Tea', 'Daun kelor dikeringkan untuk diseduh.', 'Dried moringa leaves for brewing.', 'bungkus 50 g', 50, 35_000),
  b('minuman', 'Sirup Asam', 'Tamarind Syrup', 'Sirup asam jawa dengan gula lontar.', 'Tamarind syrup with lontar sugar.', 'botol 500 ml', 600, 30_000),
  b('kerajinan', 'Topi Ti’i Langga', 'Ti’i Langga Palm Hat', 'Topi anyaman daun lontar khas Rote.', 'Woven lontar leaf hat from Rote.', 'buah', 150, 95_000),
  b('kerajinan', 'Tas Anyaman', 'Woven Bag', 'Tas anyaman pandan dengan motif lokal.', 'Pandan woven bag with local motifs.', 'buah', 300, 85_000),
  b('kosmetik-alami', 'Minyak Kelapa Murni', 'Virgin Coconut Oil', 'Minyak kelapa diperas dingin untuk kulit dan rambut.', 'Cold-pressed coconut oil for skin and hair.', 'botol 250 ml', 300, 50_000),
  b('kosmetik-alami', 'Sabun Kemiri', 'Candlenut Soap', 'Sabun batang dari minyak kemiri.', 'Bar soap made with candlenut oil.', 'batang', 100, 25_000),
  b('lainnya', 'Garam Lokal', 'Local Sea Salt', 'Garam laut dijemur di tambak desa.', 'Sea salt dried in village salt pans.', 'kg', 1000, 15_000),
];

export const qualifiers: { id: string; en: string }[] = [
  { id: '', en: '' },
  { id: 'Premium', en: 'Premium' },
  { id: 'Organik', en: 'Organic' },
  { id: 'Asli Desa', en: 'Village' },
  { id: 'Kemasan Hadiah', en: 'Gift Pack' },
  { id: 'Pilihan', en: 'Select' },
];

export const businessPrefixes = ['Kelompok Tani', 'UMKM', 'Koperasi', 'Sanggar Tenun', 'Usaha Bersama', 'Kelompok Wanita'];
export const villageNames = ['Bena', 'Wologai', 'Tarung', 'Praijing', 'Ledalero', 'Lamalera', 'Boti', 'Nemberala', 'Todo', 'Waerebo', 'Koanara', 'Sikka', 'Kolisia', 'Oelolok', 'Ratenggaro'];
