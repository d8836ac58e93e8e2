// DeviceStore: the app's small secrets (credentials table, migration 4).
#include "ronde/store/device_store.hpp"
#include "store_impl.hpp"

#include <string>

namespace ronde::store {

using detail::fail;
using detail::guarded;
using detail::guarded_status;
using detail::Stmt;

namespace {

DeviceStore::Impl& open_impl(const std::unique_ptr<DeviceStore::Impl>& impl) {
    if (!impl) {
        fail("store_closed", "The store is closed.");
    }
    return *impl;
}

}  // namespace

Result<std::optional<std::string>> DeviceStore::credential(std::string_view name) {
    return guarded([&]() -> std::optional<std::string> {
        Stmt st = open_impl(impl_).sql("SELECT value FROM credentials WHERE name = ?");
        st.bind_all(std::string(name));
        if (st.step()) {
            return st.text(0);
        }
        return std::nullopt;
    });
}

Status DeviceStore::set_credential(std::string_view name, std::string_view value) {
    return guarded_status([&] {
        open_impl(impl_)
            .sql("INSERT OR REPLACE INTO credentials (name, value) VALUES (?, ?)")
            .bind_all(std::string(name), std::string(value))
            .run();
    });
}

Status DeviceStore::remove_credential(std::string_view name) {
    return guarded_status([&] {
        open_impl(impl_)
            .sql("DELETE FROM credentials WHERE name = ?")
            .bind_all(std::string(name))
            .run();
    });
}

}  // namespace ronde::store
