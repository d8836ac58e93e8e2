// Helpers of the app's C++ tests.
#pragma once

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QString>

#include <functional>

namespace ronde::app::test {

// Runs the event loop until `done()` holds or `ms` pass; returns done().
inline bool wait_until(const std::function<bool()>& done, int ms) {
    QDeadlineTimer deadline(ms);
    while (!done() && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    return done();
}

// The demo track committed in the repository.
inline QString demo_track() {
    return QStringLiteral(RONDE_SOURCE_DIR "/mobile/demo/shopping-centre.nmea");
}

}  // namespace ronde::app::test
