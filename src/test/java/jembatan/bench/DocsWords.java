package jembatan.bench;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The words the documentation corpus is made of: folder names with their Indonesian slugs, page
 * names with their titles in both languages, tags (some paired across languages), and prose. No
 * word is a month's name in either language and none holds a digit, so that prose states numbers
 * only where the generator puts the same ones in both versions; folder names, their slugs and
 * page names are three sets apart, so that no page and folder share an address.
 */
final class DocsWords {
    /** The top-level sections; the first four are in the menu. None is {@code tags}, {@code page}, {@code media} or {@code assets}, which the build owns. */
    static final List<String> TOP = List.of("learn", "guides", "reference", "news", "community", "releases", "tutorials", "operations", "blog", "handbook");

    /** Folder names below the top, each with the slug its Indonesian {@code index.md} gives it (the same word where Indonesian keeps it). */
    static final Map<String, String> FOLDER_SLUGS = slugs("learn belajar guides panduan reference referensi news berita community komunitas "
            + "releases rilis tutorials tutorial operations operasi blog blog handbook buku-pegangan go go rust rust python python java java "
            + "basics dasar advanced lanjutan concurrency konkurensi networking jaringan storage penyimpanan security keamanan testing pengujian "
            + "deploy penerapan config konfigurasi cli cli plugins plugin internals internal errors galat logging pencatatan database basis-data "
            + "http http grpc grpc containers kontainer cluster klaster monitoring pemantauan caching singgahan auth autentikasi search pencarian "
            + "tooling perkakas migration migrasi performance kinerja upgrades pembaruan recipes resep patterns pola modules modul "
            + "packages paket types tipe generics generik memory memori io io streams aliran events peristiwa queues antrean scheduling penjadwalan "
            + "backups cadangan identity identitas billing tagihan webhooks webhook sdk sdk mobile seluler web web desktop desktop");

    /** Page file names with their English and Indonesian titles; "overview" is the most common, as on real sites. */
    static final List<List<String>> PAGES = List.of(
            List.of("overview", "Overview", "Ikhtisar"), List.of("install", "Installation", "Pemasangan"),
            List.of("quickstart", "Quick start", "Mulai cepat"), List.of("configuration", "Configuration", "Konfigurasi"),
            List.of("first-steps", "First steps", "Langkah pertama"), List.of("usage", "Usage", "Penggunaan"),
            List.of("faq", "Frequently asked questions", "Pertanyaan umum"), List.of("troubleshooting", "Troubleshooting", "Pemecahan masalah"),
            List.of("glossary", "Glossary", "Glosarium"), List.of("limits", "Limits", "Batasan"), List.of("options", "Options", "Opsi"),
            List.of("commands", "Commands", "Perintah"), List.of("architecture", "Architecture", "Arsitektur"), List.of("design", "Design notes", "Catatan desain"),
            List.of("best-practices", "Best practices", "Praktik terbaik"), List.of("known-issues", "Known issues", "Masalah yang diketahui"),
            List.of("release-notes", "Release notes", "Catatan rilis"), List.of("roadmap", "Roadmap", "Peta jalan"),
            List.of("contributing", "Contributing", "Berkontribusi"), List.of("api-keys", "API keys", "Kunci API"),
            List.of("rate-limits", "Rate limits", "Batas laju"), List.of("pagination", "Pagination", "Paginasi"),
            List.of("error-codes", "Error codes", "Kode galat"), List.of("walkthrough", "Walkthrough", "Panduan langkah demi langkah"),
            List.of("cheatsheet", "Cheat sheet", "Lembar contekan"), List.of("setup", "Setup", "Penyiapan"), List.of("upgrading", "Upgrading", "Memperbarui"),
            List.of("deprecations", "Deprecations", "Penghentian"), List.of("benchmarks", "Benchmarks", "Tolok ukur"), List.of("changelog", "Changelog", "Log perubahan"));

    /** Tags in English; those with an Indonesian word of their own are paired in site.yaml, the others are the same in both languages. */
    static final List<String> TAGS = List.of("go", "rust", "python", "java", "api", "cli", "security", "testing", "performance", "networking", "storage",
            "deploy", "config", "tutorial", "reference", "beginner", "advanced", "concurrency", "errors", "logging", "database", "http", "grpc", "docker",
            "kubernetes", "ci", "release", "migration", "plugins", "internals", "tooling", "debugging", "cache", "auth", "search", "monitoring");
    static final Map<String, String> TAG_PAIRS = slugs("security keamanan testing pengujian performance kinerja networking jaringan storage penyimpanan "
            + "beginner pemula advanced lanjutan errors galat logging pencatatan database basis-data release rilis migration migrasi debugging pelacakan-galat "
            + "search pencarian monitoring pemantauan");

    static final String[] EN_PROSE = ("the server client request response handler value option default setting file folder build run test check error "
            + "message log field type function module package command flag output input stream buffer cache key token user project release version "
            + "change update install configure start stop call return read write send receive open close load save parse render when each every "
            + "this that with without before after only also first then next your its our can should must will is are be by for from into on of "
            + "to and or not as in at").split(" ");
    static final String[] ID_PROSE = ("server klien permintaan tanggapan penangan nilai opsi bawaan pengaturan berkas folder bangun jalankan uji periksa "
            + "galat pesan log bidang tipe fungsi modul paket perintah bendera keluaran masukan aliran penyangga singgahan kunci token pengguna proyek "
            + "rilis versi ubah perbarui pasang atur mulai hentikan panggil kembalikan baca tulis kirim terima buka tutup muat simpan urai tampilkan "
            + "ketika setiap semua ini itu dengan tanpa sebelum sesudah hanya juga pertama lalu berikutnya anda kami dapat harus akan adalah oleh "
            + "untuk dari ke pada dan atau bukan sebagai di").split(" ");

    /** Identifiers for code, table cells and headings with {@code _} in them. */
    static final String[] IDENTIFIERS = ("max_conns read_timeout retry_count buffer_size user_id api_key log_level cache_ttl worker_pool batch_size "
            + "request_id max_retries idle_timeout page_size sort_order trace_id node_name shard_count").split(" ");

    private DocsWords() {
    }

    private static Map<String, String> slugs(String pairs) {
        String[] words = pairs.split(" ");
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < words.length; i += 2) map.put(words[i], words[i + 1]);
        return java.util.Collections.unmodifiableMap(map);
    }
}
