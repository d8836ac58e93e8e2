// Changing the PIN of the local store (settings): checks the form (current
// PIN given, new PIN of digits and long enough, confirmed, different), then
// asks the session to re-encrypt the store; errors come back as French
// sentences per field ("currentPin", "newPin", "confirmation"). Non-visual;
// GUI thread.
#pragma once

#include "error_text.hpp"

#include <QtQml/qqmlregistration.h>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QVariant>

namespace ronde::app {

class StoreSession;

class PinChangeController : public QObject {
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // { field: sentence }; a QVariant so that qmllint 6.4 lets QML read its keys.
    Q_PROPERTY(QVariant fieldErrors READ fieldErrors NOTIFY errorsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorsChanged)
    Q_PROPERTY(int minPinLength READ minPinLength CONSTANT)

public:
    explicit PinChangeController(QObject* parent = nullptr);

    void setSession(StoreSession* session) { session_ = session; }

    bool busy() const { return busy_; }
    QVariant fieldErrors() const { return errors_.fields; }
    QString errorText() const { return errors_.text; }
    int minPinLength() const;

    // Checks the form; when it is right, starts the change (busy) and
    // returns true; done() or the errors follow. False with errors otherwise.
    Q_INVOKABLE bool change(const QString& currentPin, const QString& newPin,
                            const QString& confirmation);
    Q_INVOKABLE void clearErrors();

signals:
    void busyChanged();
    void errorsChanged();
    // The store is encrypted with the new PIN.
    void done();

private:
    void setBusy(bool busy);
    void fieldError(const QString& field, const QString& sentence);

    QPointer<StoreSession> session_;
    bool busy_ = false;
    FormErrors errors_;
};

}  // namespace ronde::app
