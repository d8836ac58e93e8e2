// Time as the sync engine sees it: the wall clock (for the sync state's
// timestamps) and the waits between retries. Tests pass a fake that only
// records the waits.
#pragma once

#include <chrono>
#include <cstdint>

namespace ronde::sync {

class Clock {
public:
    virtual ~Clock() = default;
    virtual std::int64_t now_ms() = 0;                        // Unix ms
    virtual void sleep(std::chrono::milliseconds delay) = 0;  // blocks the caller
};

// The system clock and std::this_thread::sleep_for.
class SystemClock final : public Clock {
public:
    std::int64_t now_ms() override;
    void sleep(std::chrono::milliseconds delay) override;
};

}  // namespace ronde::sync
