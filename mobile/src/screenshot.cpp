#include "screenshot.hpp"

#include <QCoreApplication>
#include <QImage>
#include <QQuickWindow>
#include <QTimer>

#include <cstdio>

namespace ronde::app {

namespace {
// After the first frame: time for the first GPS fix, late bindings and
// transitions. grabWindow() renders a fresh frame itself.
constexpr int kSettleMs = 1500;
}  // namespace

ScreenshotTaker::ScreenshotTaker(QQuickWindow* window, QString path, QObject* parent)
    : QObject(parent), window_(window), path_(std::move(path)) {
    connect(window, &QQuickWindow::frameSwapped, this, &ScreenshotTaker::onFrame);
    // A window that never draws (no GL) must not hang the script.
    QTimer::singleShot(20000, this, [] {
        std::fprintf(stderr, "ronde: screenshot: the window drew nothing in 20 s\n");
        QCoreApplication::exit(1);
    });
}

void ScreenshotTaker::onFrame() {
    if (scheduled_) {
        return;
    }
    scheduled_ = true;
    QTimer::singleShot(kSettleMs, this, &ScreenshotTaker::grab);
}

void ScreenshotTaker::grab() {
    if (!window_) {
        QCoreApplication::exit(1);
        return;
    }
    const QImage image = window_->grabWindow();
    if (image.isNull() || !image.save(path_, "PNG")) {
        std::fprintf(stderr, "ronde: screenshot: cannot write %s\n", qPrintable(path_));
        QCoreApplication::exit(1);
        return;
    }
    QCoreApplication::exit(0);
}

}  // namespace ronde::app
