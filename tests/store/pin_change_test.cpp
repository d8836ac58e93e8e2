// DeviceStore::change_pin on SQLCipher: the new PIN opens the store, the old
// one no longer does, the data stay; and a crash at any write of the change
// leaves a store that one of the two PINs opens, data intact.
#include "store_support.hpp"

#include <sqlcipher/sqlite3.h>

#include <catch2/catch.hpp>

#include <filesystem>
#include <functional>
#include <string>
#include <vector>

using namespace ronde;
using namespace ronde::store;
using namespace ronde::store::test;

namespace {

const KeyParams kFastParams{1, 8 * 1024, 1};  // cheap Argon2 for the tests
const std::string kOldPin = "482913";
const std::string kNewPin = "705318";
constexpr int kContacts = 120;  // a store of a few dozen pages

Result<std::unique_ptr<DeviceStore>> try_open(const std::string& path, std::string_view pin,
                                              const FakeClock& clock) {
    return DeviceStore::open_with_pin(path, pin, clock.options(), kFastParams);
}

std::unique_ptr<DeviceStore> open_pin(const std::string& path, std::string_view pin,
                                      const FakeClock& clock) {
    auto store = try_open(path, pin, clock);
    if (!store) {
        FAIL("open_with_pin: " << store.error().code << ": " << store.error().message);
    }
    return std::move(store).value();
}

// A store with kContacts contacts, the last one carrying a known note.
void fill(const std::string& path, const FakeClock& clock) {
    auto store = open_pin(path, kOldPin, clock);
    REQUIRE_FALSE(store->set_identity(kMe));
    for (int i = 0; i < kContacts; ++i) {
        Contact c =
            sample_contact("Commerce " + std::to_string(i), "Personne " + std::to_string(i));
        c.notes = i + 1 == kContacts ? "note témoin" : std::string(300, 'x');
        REQUIRE(store->save_contact(std::nullopt, c));
    }
}

void check_intact(DeviceStore& store) {
    CHECK(store.outbox_size().value() == static_cast<std::size_t>(kContacts));
    auto found = store.search_contacts("commerce " + std::to_string(kContacts - 1));
    REQUIRE(found);
    REQUIRE(found.value().size() == 1);
    CHECK(found.value()[0].record.notes == "note témoin");
}

// A VFS over the default one that calls `before_write` before every write
// to a file: the state on disk at that moment is what a crash of the app
// there would leave (the OS keeps what was written, nothing more).
struct WriteHookVfs {
    static inline sqlite3_vfs* real = nullptr;
    static inline std::function<void()> before_write;
    static inline sqlite3_vfs vfs{};
    static inline sqlite3_io_methods methods{};

    struct File {
        sqlite3_file base;
        sqlite3_file* real;  // lives right after this struct
    };
    static sqlite3_file* inner(sqlite3_file* f) { return reinterpret_cast<File*>(f)->real; }

    static int open(sqlite3_vfs*, const char* name, sqlite3_file* f, int flags, int* out_flags) {
        auto* file = reinterpret_cast<File*>(f);
        file->real = reinterpret_cast<sqlite3_file*>(file + 1);
        const int rc = real->xOpen(real, name, file->real, flags, out_flags);
        file->base.pMethods = file->real->pMethods != nullptr ? &methods : nullptr;
        return rc;
    }
    static int write(sqlite3_file* f, const void* data, int n, sqlite3_int64 offset) {
        if (before_write) {
            before_write();
        }
        return inner(f)->pMethods->xWrite(inner(f), data, n, offset);
    }

    explicit WriteHookVfs(std::function<void()> hook) {
        real = sqlite3_vfs_find(nullptr);
        before_write = std::move(hook);
        vfs = *real;
        vfs.zName = "write-hook";
        vfs.szOsFile = static_cast<int>(sizeof(File)) + real->szOsFile;
        vfs.xOpen = &open;
        methods = sqlite3_io_methods{};
        methods.iVersion = 3;
        // Every method but xWrite forwards to the real file.
        methods.xClose = [](sqlite3_file* f) { return inner(f)->pMethods->xClose(inner(f)); };
        methods.xRead = [](sqlite3_file* f, void* d, int n, sqlite3_int64 o) {
            return inner(f)->pMethods->xRead(inner(f), d, n, o);
        };
        methods.xWrite = &write;
        methods.xTruncate = [](sqlite3_file* f, sqlite3_int64 size) {
            return inner(f)->pMethods->xTruncate(inner(f), size);
        };
        methods.xSync = [](sqlite3_file* f, int flags) {
            return inner(f)->pMethods->xSync(inner(f), flags);
        };
        methods.xFileSize = [](sqlite3_file* f, sqlite3_int64* size) {
            return inner(f)->pMethods->xFileSize(inner(f), size);
        };
        methods.xLock = [](sqlite3_file* f, int l) {
            return inner(f)->pMethods->xLock(inner(f), l);
        };
        methods.xUnlock = [](sqlite3_file* f, int l) {
            return inner(f)->pMethods->xUnlock(inner(f), l);
        };
        methods.xCheckReservedLock = [](sqlite3_file* f, int* out) {
            return inner(f)->pMethods->xCheckReservedLock(inner(f), out);
        };
        methods.xFileControl = [](sqlite3_file* f, int op, void* arg) {
            return inner(f)->pMethods->xFileControl(inner(f), op, arg);
        };
        methods.xSectorSize = [](sqlite3_file* f) {
            return inner(f)->pMethods->xSectorSize(inner(f));
        };
        methods.xDeviceCharacteristics = [](sqlite3_file* f) {
            return inner(f)->pMethods->xDeviceCharacteristics(inner(f));
        };
        methods.xShmMap = [](sqlite3_file* f, int region, int size, int extend,
                             void volatile** out) {
            return inner(f)->pMethods->xShmMap(inner(f), region, size, extend, out);
        };
        methods.xShmLock = [](sqlite3_file* f, int offset, int n, int flags) {
            return inner(f)->pMethods->xShmLock(inner(f), offset, n, flags);
        };
        methods.xShmBarrier = [](sqlite3_file* f) { inner(f)->pMethods->xShmBarrier(inner(f)); };
        methods.xShmUnmap = [](sqlite3_file* f, int del) {
            return inner(f)->pMethods->xShmUnmap(inner(f), del);
        };
        methods.xFetch = [](sqlite3_file* f, sqlite3_int64 o, int n, void** out) {
            return inner(f)->pMethods->xFetch(inner(f), o, n, out);
        };
        methods.xUnfetch = [](sqlite3_file* f, sqlite3_int64 o, void* p) {
            return inner(f)->pMethods->xUnfetch(inner(f), o, p);
        };
        REQUIRE(sqlite3_vfs_register(&vfs, 1) == SQLITE_OK);
    }
    ~WriteHookVfs() {
        sqlite3_vfs_unregister(&vfs);
        sqlite3_vfs_register(real, 1);
        before_write = nullptr;
    }
    WriteHookVfs(const WriteHookVfs&) = delete;
    WriteHookVfs& operator=(const WriteHookVfs&) = delete;
};

}  // namespace

TEST_CASE("after a PIN change the new PIN opens the store and the old one is refused") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    fill(path, clock);
    const auto salt_before = read_salt_file(path).value();
    {
        auto store = open_pin(path, kOldPin, clock);
        auto key = store->change_pin(kOldPin, kNewPin);
        REQUIRE(key);
        // The new key opens the file on another connection.
        CHECK(DeviceStore::open(path, key.value(), clock.options()));
        // The open store goes on working with the new key.
        check_intact(*store);
        REQUIRE(store->save_contact(std::nullopt, sample_contact("Après changement", "")));
    }
    auto old_pin = try_open(path, kOldPin, clock);
    REQUIRE_FALSE(old_pin);
    CHECK(old_pin.error().code == "wrong_pin");
    auto store = open_pin(path, kNewPin, clock);
    CHECK(store->search_contacts("apres changement").value().size() == 1);
    CHECK(store->outbox_size().value() == static_cast<std::size_t>(kContacts + 1));
    // The salt stays: the database is the only state that changed.
    CHECK(read_salt_file(path).value().salt == salt_before.salt);
    // The WAL was checkpointed: the main file alone holds the data.
    std::error_code ec;
    CHECK(std::filesystem::file_size(path + "-wal", ec) == 0);
}

TEST_CASE("a PIN change with a wrong current PIN changes nothing") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    fill(path, clock);
    auto store = open_pin(path, kOldPin, clock);
    auto refused = store->change_pin("000000", kNewPin);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().code == "wrong_pin");
    auto empty_current = store->change_pin("", kNewPin);
    REQUIRE_FALSE(empty_current);
    CHECK(empty_current.error().code == "wrong_pin");
    auto empty_new = store->change_pin(kOldPin, "");
    REQUIRE_FALSE(empty_new);
    CHECK(empty_new.error().code == "invalid_value");
    check_intact(*store);
    store.reset();
    REQUIRE(try_open(path, kOldPin, clock));
    CHECK(try_open(path, kNewPin, clock).error().code == "wrong_pin");
}

TEST_CASE("a crash at any write of a PIN change leaves a store that one PIN opens, intact") {
    TempDir dir;
    FakeClock clock;
    const std::string path = dir.file("device.db");
    fill(path, clock);
    auto store = open_pin(path, kOldPin, clock);

    // Before every write of the change, copy what is on disk (the database,
    // its WAL and the salt; not the shared-memory index, which a restarted
    // device rebuilds from the WAL).
    int writes = 0;
    bool armed = false;
    {
        WriteHookVfs hook([&] {
            if (!armed) {
                return;
            }
            const std::string snapshot = dir.file("crash-" + std::to_string(writes++));
            std::filesystem::create_directory(snapshot);
            for (const char* suffix : {"", "-wal", "-journal", ".salt"}) {
                std::error_code ec;
                std::filesystem::copy_file(path + suffix, snapshot + "/device.db" + suffix, ec);
            }
        });
        // A connection opened under the hook: the store's own was opened
        // before it, so change_pin runs on a store opened here.
        store.reset();
        store = open_pin(path, kOldPin, clock);
        armed = true;
        REQUIRE(store->change_pin(kOldPin, kNewPin));
        armed = false;
    }
    store.reset();
    INFO(writes << " writes");
    REQUIRE(writes > 10);  // every page went through the WAL

    int opened_old = 0;
    int opened_new = 0;
    for (int i = 0; i < writes; ++i) {
        const std::string copy = dir.file("crash-" + std::to_string(i)) + "/device.db";
        INFO("crash before write " << i);
        auto with_old = try_open(copy, kOldPin, clock);
        auto with_new = try_open(copy, kNewPin, clock);
        CHECK(static_cast<bool>(with_old) != static_cast<bool>(with_new));
        if (with_old) {
            ++opened_old;
            check_intact(*with_old.value());
        } else if (with_new) {
            ++opened_new;
            check_intact(*with_new.value());
        } else {
            FAIL_CHECK(with_old.error().code << " / " << with_new.error().code);
        }
    }
    // Both sides of the commit were seen.
    CHECK(opened_old > 0);
    CHECK(opened_new > 0);
}
