// Closing a follow-up (the follow-ups page): one local transaction, synced
// back to the unit like any change. Non-visual; GUI thread.
#pragma once

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>

namespace ronde::app {

class StoreSession;

class FollowUpController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    explicit FollowUpController(QObject* parent = nullptr);
    void setSession(StoreSession* session) { session_ = session; }

    QString errorText() const { return error_; }
    // Marks the visit's follow-up done, now, by me. False (errorText) on error.
    Q_INVOKABLE bool close(const QString& visitId);

signals:
    void errorTextChanged();
    void closed(const QString& visitId);

private:
    QPointer<StoreSession> session_;
    QString error_;
};

}  // namespace ronde::app
