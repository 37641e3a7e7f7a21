// Indonesia's 38 provinces (with the short names people type: "jatim", "ntt", "jogja") and the cities and
// best-known regencies of each, to check an address: the province must be one of the list, and a city we
// know must lie in that province. Regencies not listed here are accepted as typed (we cannot know all 514);
// NTT's own 22 come from the database (catalog regions) and are added by the caller.
import { normalizeText } from '../search/normalize.ts';

export interface Province {
  name: string;
  aliases: string[];
  /** cities (kota) and well-known regencies */
  places: string[];
}

export const PROVINCES: Province[] = [
  { name: 'Aceh', aliases: ['nad', 'nanggroe aceh darussalam'], places: ['Banda Aceh', 'Sabang', 'Langsa', 'Lhokseumawe', 'Subulussalam', 'Aceh Besar', 'Pidie', 'Bireuen', 'Aceh Utara'] },
  { name: 'Sumatera Utara', aliases: ['sumut', 'sumatra utara', 'north sumatra'], places: ['Medan', 'Binjai', 'Tebing Tinggi', 'Pematangsiantar', 'Tanjungbalai', 'Sibolga', 'Padangsidimpuan', 'Gunungsitoli', 'Deli Serdang', 'Karo', 'Toba', 'Samosir', 'Nias'] },
  { name: 'Sumatera Barat', aliases: ['sumbar', 'sumatra barat', 'west sumatra'], places: ['Padang', 'Bukittinggi', 'Padang Panjang', 'Payakumbuh', 'Sawahlunto', 'Solok', 'Pariaman', 'Agam', 'Tanah Datar', 'Mentawai'] },
  { name: 'Riau', aliases: [], places: ['Pekanbaru', 'Dumai', 'Kampar', 'Siak', 'Bengkalis', 'Indragiri Hilir', 'Pelalawan'] },
  { name: 'Kepulauan Riau', aliases: ['kepri', 'riau islands'], places: ['Batam', 'Tanjungpinang', 'Bintan', 'Karimun', 'Natuna', 'Lingga'] },
  { name: 'Jambi', aliases: [], places: ['Jambi', 'Sungai Penuh', 'Muaro Jambi', 'Kerinci', 'Bungo', 'Merangin'] },
  { name: 'Sumatera Selatan', aliases: ['sumsel', 'sumatra selatan', 'south sumatra'], places: ['Palembang', 'Prabumulih', 'Pagar Alam', 'Lubuklinggau', 'Ogan Ilir', 'Banyuasin', 'Muara Enim', 'Lahat'] },
  { name: 'Kepulauan Bangka Belitung', aliases: ['babel', 'bangka belitung', 'bangka', 'belitung'], places: ['Pangkalpinang', 'Bangka', 'Belitung', 'Bangka Barat', 'Belitung Timur'] },
  { name: 'Bengkulu', aliases: [], places: ['Bengkulu', 'Rejang Lebong', 'Mukomuko', 'Kepahiang'] },
  { name: 'Lampung', aliases: [], places: ['Bandar Lampung', 'Metro', 'Lampung Selatan', 'Lampung Tengah', 'Pringsewu', 'Pesawaran'] },
  { name: 'DKI Jakarta', aliases: ['jakarta', 'dki', 'jkt'], places: ['Jakarta', 'Jakarta Pusat', 'Jakarta Utara', 'Jakarta Barat', 'Jakarta Selatan', 'Jakarta Timur', 'Kepulauan Seribu'] },
  { name: 'Jawa Barat', aliases: ['jabar', 'west java', 'jawa bagian barat'], places: ['Bandung', 'Bekasi', 'Bogor', 'Cimahi', 'Cirebon', 'Depok', 'Sukabumi', 'Tasikmalaya', 'Banjar', 'Bandung Barat', 'Garut', 'Karawang', 'Purwakarta', 'Subang', 'Sumedang', 'Cianjur', 'Indramayu', 'Kuningan', 'Majalengka', 'Ciamis', 'Pangandaran'] },
  { name: 'Banten', aliases: [], places: ['Serang', 'Cilegon', 'Tangerang', 'Tangerang Selatan', 'Pandeglang', 'Lebak'] },
  { name: 'Jawa Tengah', aliases: ['jateng', 'central java'], places: ['Semarang', 'Surakarta', 'Solo', 'Salatiga', 'Magelang', 'Pekalongan', 'Tegal', 'Kudus', 'Jepara', 'Pati', 'Klaten', 'Boyolali', 'Sukoharjo', 'Wonogiri', 'Karanganyar', 'Sragen', 'Banyumas', 'Purwokerto', 'Cilacap', 'Kebumen', 'Wonosobo', 'Temanggung', 'Demak', 'Rembang', 'Blora', 'Grobogan', 'Brebes', 'Pemalang', 'Batang', 'Kendal', 'Purbalingga', 'Banjarnegara', 'Purworejo'] },
  { name: 'DI Yogyakarta', aliases: ['diy', 'yogyakarta', 'jogja', 'jogjakarta', 'yogya', 'daerah istimewa yogyakarta'], places: ['Yogyakarta', 'Jogja', 'Sleman', 'Bantul', 'Kulon Progo', 'Gunungkidul'] },
  { name: 'Jawa Timur', aliases: ['jatim', 'east java'], places: ['Surabaya', 'Malang', 'Batu', 'Blitar', 'Kediri', 'Madiun', 'Mojokerto', 'Pasuruan', 'Probolinggo', 'Sidoarjo', 'Gresik', 'Jember', 'Banyuwangi', 'Lamongan', 'Tuban', 'Bojonegoro', 'Ngawi', 'Ponorogo', 'Pacitan', 'Trenggalek', 'Tulungagung', 'Lumajang', 'Bondowoso', 'Situbondo', 'Jombang', 'Nganjuk', 'Magetan', 'Bangkalan', 'Sampang', 'Pamekasan', 'Sumenep'] },
  { name: 'Bali', aliases: [], places: ['Denpasar', 'Badung', 'Gianyar', 'Tabanan', 'Buleleng', 'Bangli', 'Klungkung', 'Karangasem', 'Jembrana', 'Kuta', 'Ubud', 'Singaraja'] },
  { name: 'Nusa Tenggara Barat', aliases: ['ntb', 'west nusa tenggara'], places: ['Mataram', 'Bima', 'Lombok Barat', 'Lombok Tengah', 'Lombok Timur', 'Lombok Utara', 'Sumbawa', 'Sumbawa Barat', 'Dompu'] },
  { name: 'Nusa Tenggara Timur', aliases: ['ntt', 'east nusa tenggara'], places: [] },
  { name: 'Kalimantan Barat', aliases: ['kalbar', 'west kalimantan'], places: ['Pontianak', 'Singkawang', 'Kubu Raya', 'Sambas', 'Ketapang', 'Sintang', 'Sanggau', 'Kapuas Hulu'] },
  { name: 'Kalimantan Tengah', aliases: ['kalteng', 'central kalimantan'], places: ['Palangka Raya', 'Palangkaraya', 'Kotawaringin Barat', 'Kotawaringin Timur', 'Sampit', 'Kapuas'] },
  { name: 'Kalimantan Selatan', aliases: ['kalsel', 'south kalimantan'], places: ['Banjarmasin', 'Banjarbaru', 'Banjar', 'Tanah Laut', 'Kotabaru', 'Barito Kuala'] },
  { name: 'Kalimantan Timur', aliases: ['kaltim', 'east kalimantan'], places: ['Samarinda', 'Balikpapan', 'Bontang', 'Kutai Kartanegara', 'Kutai Timur', 'Berau', 'Paser', 'Penajam Paser Utara'] },
  { name: 'Kalimantan Utara', aliases: ['kaltara', 'north kalimantan'], places: ['Tarakan', 'Bulungan', 'Nunukan', 'Malinau'] },
  { name: 'Sulawesi Utara', aliases: ['sulut', 'north sulawesi'], places: ['Manado', 'Bitung', 'Tomohon', 'Kotamobagu', 'Minahasa', 'Bolaang Mongondow', 'Sangihe'] },
  { name: 'Gorontalo', aliases: [], places: ['Gorontalo', 'Boalemo', 'Pohuwato', 'Bone Bolango'] },
  { name: 'Sulawesi Tengah', aliases: ['sulteng', 'central sulawesi'], places: ['Palu', 'Donggala', 'Poso', 'Sigi', 'Parigi Moutong', 'Banggai', 'Morowali', 'Tolitoli'] },
  { name: 'Sulawesi Barat', aliases: ['sulbar', 'west sulawesi'], places: ['Mamuju', 'Majene', 'Polewali Mandar', 'Mamasa', 'Pasangkayu'] },
  { name: 'Sulawesi Selatan', aliases: ['sulsel', 'south sulawesi'], places: ['Makassar', 'Parepare', 'Palopo', 'Gowa', 'Maros', 'Bone', 'Bulukumba', 'Tana Toraja', 'Toraja Utara', 'Wajo', 'Sidrap', 'Pinrang', 'Takalar', 'Jeneponto', 'Bantaeng', 'Sinjai', 'Luwu', 'Selayar'] },
  { name: 'Sulawesi Tenggara', aliases: ['sultra', 'southeast sulawesi'], places: ['Kendari', 'Baubau', 'Konawe', 'Kolaka', 'Muna', 'Buton', 'Wakatobi'] },
  { name: 'Maluku', aliases: ['moluccas'], places: ['Ambon', 'Tual', 'Maluku Tengah', 'Seram Bagian Barat', 'Buru', 'Maluku Tenggara', 'Kepulauan Aru', 'Kepulauan Tanimbar'] },
  { name: 'Maluku Utara', aliases: ['malut', 'north maluku'], places: ['Ternate', 'Tidore Kepulauan', 'Tidore', 'Halmahera Barat', 'Halmahera Utara', 'Halmahera Selatan', 'Morotai'] },
  { name: 'Papua', aliases: [], places: ['Jayapura', 'Biak Numfor', 'Keerom', 'Sarmi', 'Yapen', 'Waropen'] },
  { name: 'Papua Barat', aliases: ['pabar', 'west papua'], places: ['Manokwari', 'Fakfak', 'Kaimana', 'Teluk Bintuni', 'Teluk Wondama'] },
  { name: 'Papua Barat Daya', aliases: ['southwest papua'], places: ['Sorong', 'Raja Ampat', 'Sorong Selatan', 'Maybrat', 'Tambrauw'] },
  { name: 'Papua Tengah', aliases: ['central papua'], places: ['Nabire', 'Mimika', 'Timika', 'Paniai', 'Puncak Jaya', 'Dogiyai'] },
  { name: 'Papua Pegunungan', aliases: ['highland papua'], places: ['Jayawijaya', 'Wamena', 'Lanny Jaya', 'Tolikara', 'Yahukimo'] },
  { name: 'Papua Selatan', aliases: ['south papua'], places: ['Merauke', 'Boven Digoel', 'Mappi', 'Asmat'] },
];

/** "Kota Kupang", "Kab. Ngada", "Kabupaten Sikka" → the place name alone. */
export function placeName(text: string): string {
  return normalizeText(text).replace(/^(kota|kabupaten|kab|kotamadya|city of|regency of)\s+/u, '').trim();
}
