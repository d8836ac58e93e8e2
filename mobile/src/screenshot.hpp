// Screenshot mode: once a window has drawn its first frame and settled, saves it as a PNG
// and quits the application (exit code 0, or 1 when the file cannot be
// written). GUI thread only.
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QQuickWindow;

namespace ronde::app {

class ScreenshotTaker : public QObject {
    Q_OBJECT
public:
    ScreenshotTaker(QQuickWindow* window, QString path, QObject* parent = nullptr);

private:
    void onFrame();
    void grab();

    QPointer<QQuickWindow> window_;
    QString path_;
    bool scheduled_ = false;
};

}  // namespace ronde::app
